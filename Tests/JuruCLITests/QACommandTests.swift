import Foundation
import Testing

/// `juru qa` as a translator leaves it switched on: quiet on a careful translation,
/// exit status 1 on a real error, checks and findings that can be let stand.
struct QACommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures")

    /// A workspace with the shipped glossary and the KBS seed article, translated by
    /// the fixture's lines, segment `wrong` (1-based) replaced by `replacement`.
    func translatedWorkspace(replacing wrong: Int? = nil, with replacement: String = "", leaving open: Int = 0) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Juru.packageRoot.appendingPathComponent("glossaries"),
                                         to: folder.url.appendingPathComponent("glossaries"))
        _ = try Juru.run(["add", Self.fixtures.appendingPathComponent("articles/kbs-korut-rusia.txt").path], workspace: folder.url)
        var lines = try String(contentsOf: Self.fixtures.appendingPathComponent("qa/kbs-korut-rusia.en.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        if let wrong { lines[wrong - 1] = replacement }
        let input = lines.dropLast(open).joined(separator: "\n") + "\n:q\n"
        let translated = try Juru.run(["translate"], input: input, workspace: folder.url, environment: ["NO_COLOR": "1"])
        #expect(translated.status == 0, "\(translated.error)")
        return folder
    }

    @Test func aCarefulTranslationWithNewsDatesPassesAndExitsZero() throws {
        // Segment 4 has "(20/06)", rendered "(June 20)".
        let folder = try translatedWorkspace()
        let result = try Juru.run(["qa"], workspace: folder.url)
        #expect(result.output == "QA: nothing to report.\n", "\(result.output)")
        #expect(result.status == 0)
    }

    @Test func aMissingNumberExitsOneAndCanBeLetStand() throws {
        let folder = try translatedWorkspace(replacing: 13, with: "At the North Korea-Russia summit, Putin said Soviet pilots flew tens of thousands "
            + "of combat sorties from 1950, although Russia had never confirmed the Soviet military's direct participation in the Korean War.")
        let result = try Juru.run(["qa"], workspace: folder.url)
        #expect(result.status == 1)
        #expect(result.output.contains("kbs-korut-rusia.txt: segment 13: error: number 1953 is not in the translation [numbers]"))
        #expect(result.output.hasSuffix("1 finding: 1 error\n"), "\(result.output)")
        // Switched off, or below --fail-on: exit 0.
        #expect(try Juru.run(["qa", "--ignore", "numbers"], workspace: folder.url).status == 0)
        let letStand = try Juru.run(["qa", "kbs-korut-rusia", "--ignore-finding", "13:numbers"], workspace: folder.url)
        #expect(letStand.status == 0, "\(letStand.output)")
        #expect(letStand.output == "QA: nothing to report. (1 let stand)\n")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("memory/qa-ignore.json").path))
        #expect(try Juru.run(["qa"], workspace: folder.url).status == 0)
        _ = try Juru.run(["qa", "kbs-korut-rusia", "--forget-ignored"], workspace: folder.url)
        #expect(try Juru.run(["qa"], workspace: folder.url).status == 1)
    }

    @Test func anUnfinishedDocumentIsOneLineAndAWarning() throws {
        let folder = try translatedWorkspace(leaving: 4)
        let result = try Juru.run(["qa"], workspace: folder.url)
        #expect(result.output == """
            kbs-korut-rusia.txt: warning: 4 segments not translated: 11–14 [untranslated]
            1 finding: 1 warning

            """, "\(result.output)")
        #expect(result.status == 0)
        #expect(try Juru.run(["qa", "--fail-on", "warning"], workspace: folder.url).status == 1)
    }
}
