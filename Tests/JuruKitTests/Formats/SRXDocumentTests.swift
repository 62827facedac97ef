import Foundation
import Testing
@testable import JuruKit

@Suite("SRX rule files")
struct SRXDocumentTests {
    @Test("An SRX file as OmegaT writes it: cascading maps, an unbounded look-behind")
    func readsOmegaTStyle() throws {
        let document = try SRXDocument(contentsOf: Fixtures.url("srx/omegat-style.srx"))
        #expect(document.cascade)
        let rules = try document.rules(for: .indonesian)
        // Indonesian (ID.*) then Default (.*), in map order.
        #expect(rules.rules.count == 3)
        #expect(rules.rules[0] == SegmentationRule(isBreak: false, beforeBreak: #"\bKapolres\."#, afterBreak: #"\s"#))
        let segmenter = try Segmenter(rules: rules)
        #expect(segmenter.segments(in: "  3. Kapolres. Budi tiba. Ia tersenyum.") == ["3. Kapolres. Budi tiba.", "Ia tersenyum."])
    }

    @Test("An SRX file as Okapi writes it: no cascading, white space inside the before-break pattern")
    func readsOkapiStyle() throws {
        let document = try SRXDocument(contentsOf: Fixtures.url("srx/okapi-style.srx"))
        #expect(!document.cascade)
        let rules = try document.rules(for: .indonesian)
        #expect(rules.rules.count == 2)
        let segmenter = try Segmenter(rules: rules)
        #expect(segmenter.segments(in: "Bapak Kapt. Budi tiba. Ia tersenyum.") == ["Bapak Kapt. Budi tiba.", "Ia tersenyum."])
        #expect(try document.rules(for: .english).rules.count == 1)
    }

    @Test("A malformed file names its line and column")
    func reportsMalformedXML() throws {
        #expect {
            try SRXDocument(contentsOf: Fixtures.url("srx/malformed.srx"))
        } throws: { error in
            guard case SegmentationError.malformedSRX(let file, let line, _, _) = error else { return false }
            return file == "malformed.srx" && line >= 6
        }
    }

    @Test("A rule that does not compile is named with its number and side")
    func reportsBadRegex() throws {
        let document = try SRXDocument(contentsOf: Fixtures.url("srx/bad-regex.srx"))
        #expect {
            try document.rules(for: .indonesian)
        } throws: { error in
            guard case SegmentationError.invalidRule(_, let rule, let reason) = error else { return false }
            return rule == 2 && reason.contains("“Indonesian” rule 2 (line 6): before-break pattern `(unclosed\\.`")
        }
    }

    @Test("Entity definitions (XML bombs, external entities) are refused")
    func refusesEntities() throws {
        #expect(throws: SegmentationError.self) {
            try SRXDocument(contentsOf: Fixtures.url("srx/entity-bomb.srx"))
        }
    }

    @Test("A file that maps no rule to the language says so")
    func reportsMissingLanguage() throws {
        let data = Data(#"<srx version="2.0"><body><languagerules><languagerule languagerulename="Thai"/></languagerules><maprules><languagemap languagepattern="th.*" languagerulename="Thai"/></maprules></body></srx>"#.utf8)
        let document = try SRXDocument(data: data, name: "thai.srx")
        #expect(throws: SegmentationError.noRulesForLanguage(file: "thai.srx", language: "id")) {
            try document.rules(for: .indonesian)
        }
    }

    @Test("The workspace's own rules come before the shipped ones, so a translator's exception wins")
    func workspaceRulesComeFirst() throws {
        let workspace = try TemporaryFolder()
        let paragraph = "Ia bertemu Kapolres. Budi di Mapolda."
        let shipped = try Segmenter(rules: SegmentationRules.effective(for: .indonesian, workspace: workspace.url))
        #expect(shipped.segments(in: paragraph).count == 2)

        try SegmentationRulesFile.install(try Data(contentsOf: Fixtures.url("srx/omegat-style.srx")),
                                          in: Workspace(root: workspace.url))
        let rules = try SegmentationRules.effective(for: .indonesian, workspace: workspace.url)
        #expect(rules.source == "segmentation.srx + juru.srx")
        #expect(try Segmenter(rules: rules).segments(in: paragraph) == [paragraph])
    }

    @Test("Installing rules keeps the previous file as a backup")
    func installKeepsBackup() throws {
        let workspace = try TemporaryFolder()
        let target = workspace.url.appendingPathComponent("segmentation.srx")
        try Data("first".utf8).write(to: target)
        try SegmentationRulesFile.install(Data("second".utf8), in: Workspace(root: workspace.url))
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
        #expect(try String(contentsOf: target.appendingPathExtension("bak"), encoding: .utf8) == "first")
    }
}

/// A fresh folder, removed when the test is done.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("juru-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
