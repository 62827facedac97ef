import Foundation
import Testing

/// `juru glossary` as a translator uses it.
struct GlossaryCommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/glossary")

    @Test func lookupAsJSONOnTheShippedGlossary() throws {
        let text = "Korut dan Rusia menandatangani kemitraan strategis."
        let result = try Juru.run(["glossary", "lookup", "--json", text])
        #expect(result.status == 0, "\(result.error)")
        let objects = try result.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let korut = try #require(objects.first { $0["source"] as? String == "Korut" })
        #expect(korut["target"] as? String == "North Korea")
        #expect(korut["start"] as? Int == 0 && korut["end"] as? Int == 5)
        let partnership = try #require(objects.first { $0["source"] as? String == "kemitraan strategis" })
        #expect(partnership["start"] as? Int == 31 && partnership["end"] as? Int == 50)
    }

    @Test func importReportsSkippedLinesThenAddAndExport() throws {
        let folder = try TemporaryFolder()
        let imported = try Juru.run(["glossary", "import", Self.fixtures.appendingPathComponent("bad-lines.utf8").path,
                                     Self.fixtures.appendingPathComponent("forbidden-and-pos.tbx").path], workspace: folder.url)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("bad-lines.utf8: 3 entries imported, 4 lines skipped → glossaries/bad-lines.utf8"))
        #expect(imported.error.contains("bad-lines.utf8:6: not UTF-8; skipped"))
        // The verb: the noun "tanda tangan" (a signature) is not found in "ditandatangani".
        let added = try Juru.run(["glossary", "add", "menandatangani", "sign", "--note", "verb"], workspace: folder.url)
        #expect(added.status == 0, "\(added.error)")
        let lookup = try Juru.run(["glossary", "lookup", "Perjanjian itu ditandatangani di Pyongyang oleh Korut."],
                                  workspace: folder.url)
        #expect(lookup.output.contains("ditandatangani: menandatangani → sign"), "\(lookup.output)")
        #expect(lookup.output.contains("Korut: Korut, Korea Utara → North Korea"))
        let export = folder.url.appendingPathComponent("out.tbx")
        let exported = try Juru.run(["glossary", "export", export.path], workspace: folder.url)
        #expect(exported.output.contains("6 entries written"), "\(exported.output)\(exported.error)")
        let again = try TemporaryFolder()
        let reimported = try Juru.run(["glossary", "import", export.path], workspace: again.url)
        #expect(reimported.output.contains("6 entries imported → glossaries/out.tbx"), "\(reimported.output)")
    }

    @Test func aHostileOrMissingFileIsOneLineAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        for name in ["entity-bomb.tbx", "broken.tbx", "missing.tbx"] {
            let result = try Juru.run(["glossary", "import", Self.fixtures.appendingPathComponent(name).path], workspace: folder.url)
            #expect(result.status == 1)
            #expect(result.error.hasPrefix("juru: ") && result.error.split(separator: "\n").count == 1, "\(result.error)")
        }
        let glossaries = folder.url.appendingPathComponent("glossaries").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: glossaries)) ?? []).isEmpty)
    }
}
