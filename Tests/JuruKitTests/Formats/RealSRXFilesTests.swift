import Foundation
import Testing
@testable import JuruKit

/// SRX files as OmegaT, Okapi and LanguageTool ship them (Fixtures/srx/real, sources
/// and licences in its README): each must import and segment Indonesian text, and
/// importing one must not silence Juru's own exceptions.
@Suite("Real SRX files from OmegaT, Okapi and LanguageTool")
struct RealSRXFilesTests {
    static let files = [
        "omegat-defaultRules.srx", "languagetool-segment.srx", "okapi-defaultSegmentation.srx",
        "okapi-alternate-default.srx", "okapi-gcaligner-default.srx", "okapi-issue277.srx",
    ]

    static let paragraph = "Presiden Rusia Vladimir Putin berkunjung ke Korea Utara. Kunjungan itu berlangsung dua hari! "
        + "Apakah Korut mendukung Rusia? Kim Jong Un menyambutnya di Pyongyang."

    static func document(_ name: String) throws -> SRXDocument {
        try SRXDocument(contentsOf: Fixtures.url("srx/real/\(name)"))
    }

    @Test("Each file imports and segments Indonesian text, alone and added to Juru's rules", arguments: files)
    func importsAndSegments(_ name: String) throws {
        let own = try Self.document(name).rules(for: .indonesian)
        #expect(!own.rules.isEmpty)
        #expect(own.rules.allSatisfy { $0.origin?.file == name })
        let alone = try Segmenter(rules: own).segments(in: Self.paragraph)
        #expect(alone.count == 4, "\(name): \(alone)")
        let added = try Segmenter(rules: own.adding(to: .shipped(for: .indonesian))).segments(in: Self.paragraph)
        #expect(added == [
            "Presiden Rusia Vladimir Putin berkunjung ke Korea Utara.", "Kunjungan itu berlangsung dua hari!",
            "Apakah Korut mendukung Rusia?", "Kim Jong Un menyambutnya di Pyongyang.",
        ])
    }

    @Test("Rules with an empty or missing <afterbreak> are read as 'anything'")
    func emptyAfterBreak() throws {
        let rules = try Self.document("languagetool-segment.srx").rules(for: .english).rules
        #expect(rules.contains { $0.afterBreak.isEmpty && !$0.beforeBreak.isEmpty })
        let data = Data(#"<srx version="2.0"><body><languagerules><languagerule languagerulename="X"><rule break="no"><beforebreak>\bKpt\.\s</beforebreak></rule><rule break="yes"><afterbreak>\n</afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="X"/></maprules></body></srx>"#.utf8)
        let missing = try SRXDocument(data: data, name: "missing.srx").rules(for: .indonesian)
        #expect(missing.rules.map(\.afterBreak) == ["", #"\n"#])
        #expect(missing.rules.map(\.beforeBreak) == [#"\bKpt\.\s"#, ""])
        #expect(try Segmenter(rules: missing.adding(to: .shipped(for: .indonesian)))
            .segments(in: "Ia bertemu Kpt. Budi di sana. Mereka pulang.") == ["Ia bertemu Kpt. Budi di sana.", "Mereka pulang."])
    }

    @Test("LanguageTool's Java-only `<0}` (a lone closing brace) compiles")
    func javaBrace() throws {
        let rules = try Self.document("okapi-alternate-default.srx").rules(for: .indonesian).rules
        #expect(rules.contains { $0.afterBreak == "<0}" })
        #expect(JavaRegex.icuPattern("<0}").pattern == #"<0\}"#)
        #expect(JavaRegex.icuPattern(#"\d{1,3}[}]\}"#).pattern == #"\d{1,3}[}]\}"#)
    }

    @Test("Okapi's okpsrx extensions are noted in one line, not followed")
    func okapiExtensionsNoted() throws {
        let notes = try Self.document("okapi-issue277.srx").notes
        #expect(notes.count == 1)
        #expect(notes[0].contains("okpsrx:options") && notes[0].contains("okpsrx:sample"))
        #expect(try Self.document("omegat-defaultRules.srx").notes.isEmpty)
    }

    @Test("After importing OmegaT's defaults, Juru's shipped exceptions still hold")
    func omegaTKeepsShippedExceptions() throws {
        let shipped = try SegmentationRules.shipped(for: .indonesian)
        let omegat = try Self.document("omegat-defaultRules.srx").rules(for: .indonesian)
        // OmegaT's catch-all is among its Indonesian rules.
        #expect(omegat.rules.contains { $0.isBreak && $0.beforeBreak == #"[\.\?\!]+"# && $0.afterBreak == #"\s"# })
        let merged = try Segmenter(rules: omegat.adding(to: shipped))
        let plain = try Segmenter(rules: shipped)
        let sentences = [
            "Pangdam Maj. Gen. Agus Subiyanto hadir di Jl. Merdeka bersama Dr. Ali. Ia tersenyum.",
            "Bupati H. Tb. Haerul Jaman meresmikan gedung itu bersama Prof. Dr. Ir. Budi Santoso. Acara berlangsung meriah.",
            "Saham PT. Bank Negara Indonesia Tbk. (BBNI) naik. Investor senang.",
        ]
        for sentence in sentences {
            #expect(merged.segments(in: sentence) == plain.segments(in: sentence), "\(sentence)")
        }
        #expect(merged.segments(in: sentences[0]) == [
            "Pangdam Maj. Gen. Agus Subiyanto hadir di Jl. Merdeka bersama Dr. Ali.", "Ia tersenyum.",
        ])
        // Alone (rules import --replace), OmegaT's catch-all splits the title off.
        #expect(try Segmenter(rules: omegat).segments(in: sentences[0]).count > 2)
    }

    @Test("A workspace's imported rules add to the shipped ones unless imported to replace them")
    func workspaceAddsOrReplaces() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(root: folder.url)
        let data = try Data(contentsOf: Fixtures.url("srx/real/omegat-defaultRules.srx"))
        let paragraph = "Pangdam Maj. Gen. Agus Subiyanto hadir. Ia tersenyum."
        try SegmentationRulesFile.install(data, in: workspace)
        let added = try SegmentationRules.effective(for: .indonesian, workspace: folder.url)
        #expect(added.source == "omegat-defaultRules.srx + juru.srx" || added.source == "segmentation.srx + juru.srx")
        #expect(try Segmenter(rules: added).segments(in: paragraph).count == 2)
        try SegmentationRulesFile.install(data, in: workspace, alone: true)
        let alone = try SegmentationRules.effective(for: .indonesian, workspace: folder.url)
        #expect(!alone.source.contains("juru.srx"))
        #expect(try Segmenter(rules: alone).segments(in: paragraph).count > 2)
        try SegmentationRulesFile.install(data, in: workspace)
        #expect(try SegmentationRules.effective(for: .indonesian, workspace: folder.url).source.hasSuffix("juru.srx"))
    }

    @Test("--explain's decisions name the rule, its file, language rule and line")
    func decisionsNameTheRule() throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        let decisions = segmenter.decisions(in: "Ia bertemu Dr. Ali di sana. Mereka pulang.")
        let kept = try #require(decisions.first { !$0.isBreak })
        #expect(kept.offset == 14)
        #expect(kept.rule?.origin?.file == "juru.srx")
        #expect(kept.rule?.origin?.languageRule == "Indonesian")
        #expect(kept.ruleNumber != nil)
        let split = try #require(decisions.first { $0.isBreak })
        #expect(split.offset == 27)
    }

    @Test("A rule that does not compile is named by its language rule and number, with the offset in its own pattern")
    func errorNamesRuleAndOffset() throws {
        let data = Data("""
            <srx version="2.0"><body><languagerules><languagerule languagerulename="Default">
            <rule break="no"><beforebreak>\\bDr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
            <rule break="yes"><beforebreak>[\\.!]+</beforebreak><afterbreak>\\s+(unclosed</afterbreak></rule>
            </languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="Default"/></maprules></body></srx>
            """.utf8)
        let document = try SRXDocument(data: data, name: "bad.srx")
        #expect {
            try document.rules(for: .indonesian)
        } throws: { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            // The offset counts in the rule's own pattern (12 characters), not in a longer
            // pattern made of several.
            let offset = message.components(separatedBy: "at offset ").last.flatMap { Int($0.prefix { $0.isNumber }) }
            return message.contains("“Default” rule 2 (line 3)") && message.contains("after-break pattern `\\s+(unclosed`")
                && offset.map { $0 <= 12 } == true
        }
    }
}
