import Foundation
import Testing
@testable import JuruKit

/// Glossaries arrive as OmegaT TSV, CSV and TBX (2008 and v3), from real tools.
/// A bad line is reported with its number and skipped; a hostile file is refused.
struct GlossaryFormatTests {
    @Test func omegaTTabSeparatedLinesWithBadOnesReportedAndSkipped() throws {
        let contents = try GlossaryFile.read(Fixtures.url("glossary/bad-lines.utf8"))
        #expect(contents.entries.map(\.source) == ["Korut", "Korsel", "kerja sama"])
        #expect(contents.entries[0].targetTerms == [GlossaryTerm("North Korea", note: "abbrev.")])
        #expect(contents.entries[2].targetTerms[0].text == "cooperation")  // CR LF line end
        #expect(contents.problems.map(\.line) == [5, 6, 7, 8])
        #expect(contents.problems.map(\.reason) == [
            "no translation (expected source, target and an optional comment)", "not UTF-8",
            "4 columns, expected source, target and an optional comment", "no translation",
        ])
        #expect(contents.problems[1].description.hasSuffix("bad-lines.utf8:6: not UTF-8; skipped"))
    }

    @Test func csvWithAHeaderQuotedFieldsAndBadRows() throws {
        let contents = try GlossaryFile.read(Fixtures.url("glossary/with-header.csv"))
        #expect(contents.entries.map(\.source) == ["Korut", "Dewan Keamanan PBB", "kerja sama"])
        #expect(contents.entries[1].note == "keep the acronym, in full")
        #expect(contents.problems.map(\.line) == [4, 5, 7])
    }

    @Test func csvWithAnUnclosedQuoteSaysWhere() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("quote.csv")
        try "Korut,North Korea\n\"Korsel,South Korea\nAS,US\n".write(to: url, atomically: true, encoding: .utf8)
        let contents = try GlossaryFile.read(url)
        // Only the line that opens the quote is skipped (issue 15, D4).
        #expect(contents.entries.map(\.source) == ["Korut", "AS"])
        #expect(contents.problems.last?.line == 2)
        #expect(contents.problems.last?.reason.hasPrefix("a quote opened here is never closed") == true)
        let semicolons = folder.url.appendingPathComponent("semi.csv")
        try "Korut;North Korea;singkatan, abbr\nKorsel;South Korea;\n".write(to: semicolons, atomically: true, encoding: .utf8)
        #expect(try GlossaryFile.read(semicolons).entries.map(\.source) == ["Korut", "Korsel"])
    }

    @Test func csvWithoutAHeaderSeparatedBySemicolons() throws {
        let contents = try GlossaryFile.read(Fixtures.url("glossary/semicolons.csv"))
        #expect(contents.entries.map(\.source) == ["Korut", "Korsel"])
        #expect(contents.entries[1].targetTerms[0].note == "abbrev. of Korea Selatan")
        #expect(contents.problems.isEmpty)
    }

    @Test func tbxKeepsSynonymsPartOfSpeechForbiddenTermsAndNotes() throws {
        let contents = try GlossaryFile.read(Fixtures.url("glossary/forbidden-and-pos.tbx"))
        #expect(contents.entries.count == 2)
        let korut = contents.entries[0]
        #expect(korut.sourceTerms.map(\.text) == ["Korut", "Korea Utara"])
        #expect(korut.sourceTerms[0].partOfSpeech == "properNoun")
        #expect(korut.targetTerms[1] == GlossaryTerm("DPRK", status: .forbidden, note: "only inside quotes"))
        #expect(korut.allowedTargets.map(\.text) == ["North Korea"])
        #expect(korut.note == "Running text uses North Korea.")
        #expect(contents.entries[1].source == "KTT" && contents.entries[1].sourceTerms[0].partOfSpeech == "noun")
        #expect(contents.problems.count == 1 && contents.problems[0].reason == "no English term")
        #expect(contents.problems[0].line == 18)
    }

    @Test func tbxRoundTripKeepsEveryEntryInBothVersions() throws {
        let folder = try TemporaryFolder()
        let original = try GlossaryFile.read(Fixtures.url("glossary/forbidden-and-pos.tbx")).entries
        for version in TBXWriter.Version.allCases {
            let url = folder.url.appendingPathComponent("round-\(version.rawValue).tbx")
            try TBXWriter.write(original, to: url, version: version)
            let again = try GlossaryFile.read(url)
            #expect(again.problems.isEmpty)
            #expect(again.entries.map { $0.withOrigin("x") } == original.map { $0.withOrigin("x") }
                    || version == .v3)  // v3 writes TBX-Basic's parts of speech
            #expect(again.entries.map(\.targetTerms) == original.map(\.targetTerms))
        }
    }

    @Test func tsvRoundTripKeepsEveryLine() throws {
        let folder = try TemporaryFolder()
        let original = try GlossaryFile.read(Fixtures.url("glossary/bad-lines.utf8")).entries
        let url = folder.url.appendingPathComponent("again.utf8")
        try OmegaTGlossary.write(original, to: url)
        #expect(try GlossaryFile.read(url).entries.map { $0.withOrigin("x") } == original.map { $0.withOrigin("x") })
    }

    @Test(arguments: ["entity-bomb.tbx", "external-entity.tbx"])
    func entityDefinitionsAreRefused(name: String) {
        let url = Fixtures.url("glossary/\(name)")
        #expect(throws: GlossaryError.entityDefinitions(url.path)) { try GlossaryFile.read(url) }
    }

    @Test func hostileFilesThatHideTheirEntitiesAreRefusedToo() throws {
        let folder = try TemporaryFolder()
        let body = #"<martif type="TBX" xml:lang="en"><text><body/></text></martif>"#
        let hidden = folder.url.appendingPathComponent("hidden.tbx")
        try (#"<?xml version="1.0"?><!-- <a> --><!DOCTYPE martif [<!ENTITY x "y">]>"# + body)
            .write(to: hidden, atomically: true, encoding: .utf8)
        #expect(throws: GlossaryError.entityDefinitions(hidden.path)) { try GlossaryFile.read(hidden) }
        let utf16 = folder.url.appendingPathComponent("utf16.tbx")
        var bytes = Data()
        for unit in (#"<?xml version="1.0" encoding="UTF-16LE"?><!DOCTYPE martif [<!ENTITY x "y">]>"# + body).utf16 {
            bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8))
        }
        try bytes.write(to: utf16)
        #expect(throws: GlossaryError.entityDefinitions(utf16.path)) { try GlossaryFile.read(utf16) }
        let folderNamedTBX = folder.url.appendingPathComponent("old.tbx")
        try FileManager.default.createDirectory(at: folderNamedTBX, withIntermediateDirectories: true)
        #expect(throws: GlossaryError.self) { try GlossaryFile.read(folderNamedTBX) }
    }

    @Test func excelUnicodeTextWithCRLFAndAddingToAFileWithoutItsLastLineEnd() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("excel.txt")
        var bytes = Data([0xFF, 0xFE])
        for unit in "Korut\tNorth Korea\r\nKorsel\tSouth Korea\r\n".utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        try bytes.write(to: url)
        #expect(try GlossaryFile.read(url).entries.map(\.source) == ["Korut", "Korsel"])

        let workspace = WorkspaceGlossary(workspace: Workspace(root: folder.url))
        try FileManager.default.createDirectory(at: workspace.folder, withIntermediateDirectories: true)
        try "Korut\tNorth Korea".write(to: workspace.addedTermsFile, atomically: true, encoding: .utf8)
        try workspace.add(GlossaryEntry(source: "AS", target: "US"))
        #expect(try GlossaryFile.read(workspace.addedTermsFile).entries.map(\.source) == ["Korut", "AS"])
        // OmegaT's own glossary.txt would land on the added terms: it gets a name of its own.
        let omegat = folder.url.appendingPathComponent("glossary.txt")
        try "KTT\tsummit\n".write(to: omegat, atomically: true, encoding: .utf8)
        #expect(try workspace.importFile(omegat).storedAs.lastPathComponent == "glossary-imported.utf8")
        #expect(try GlossaryFile.read(workspace.addedTermsFile).entries.count == 2)
    }

    @Test func malformedTBXNamesLineAndColumn() {
        let url = Fixtures.url("glossary/broken.tbx")
        #expect {
            try GlossaryFile.read(url)
        } throws: { error in
            guard case .malformed(let path, let line, _, _)? = error as? GlossaryError else { return false }
            return path == url.path && line == 9
        }
    }

    @Test func unknownExtensionsAndMissingFilesAreClear() {
        #expect(throws: GlossaryError.missing("/nonexistent/terms.tbx")) {
            try GlossaryFile.read(URL(fileURLWithPath: "/nonexistent/terms.tbx"))
        }
        let xml = Fixtures.url("tmx/not-tmx.xml")
        #expect(throws: GlossaryError.unknownFormat(xml.path)) { try GlossaryFile.read(xml) }
        let tmx = Fixtures.url("tmx/trados-style.tmx")
        #expect(throws: GlossaryError.unknownFormat(tmx.path)) { try GlossaryFile.read(tmx) }
    }

    // MARK: Files written by real tools (../shared/data/interop/samples)

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func omegaTsOwnGlossaryImportsWithNoLoss() throws {
        let url = SharedData.interopSample("omegat-3.6/plaintext-seed000/glossary.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let contents = try GlossaryFile.read(url)
        #expect(contents.problems.isEmpty)
        #expect(contents.entries.count == lines.count)
        #expect(contents.entries.last?.targetTerms[0].note?.hasPrefix("added through OmegaT") == true)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func translateToolkitFilesImport() throws {
        let tsv = try GlossaryFile.read(SharedData.interopSample("translate-toolkit-3.20.4/istilah-ttk-omegat-glossary.utf8"))
        #expect(tsv.entries.count == 5 && tsv.problems.isEmpty)
        #expect(tsv.entries[2].targetTerms[0] == GlossaryTerm("military cooperation"))
        let api = try GlossaryFile.read(SharedData.interopSample("translate-toolkit-3.20.4/istilah-ttk-api.tbx"))
        #expect(api.entries.count == 5 && api.entries[0].note == "proper noun")
        // csv2tbx labels the Indonesian "en" and the English "xx".
        let csv2tbx = try GlossaryFile.read(SharedData.interopSample("translate-toolkit-3.20.4/istilah-csv2tbx.tbx"))
        #expect(csv2tbx.entries.map(\.source) == api.entries.map(\.source))
        #expect(csv2tbx.entries[0].targetTerms[0].text == "North Korea")
        let csv = try GlossaryFile.read(SharedData.interopSample("inputs/istilah.csv"))
        #expect(csv.entries.map(\.source) == api.entries.map(\.source))
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func tbxBasicVersion3Imports() throws {
        let url = SharedData.root!.appendingPathComponent("bench/interop/fixtures/id-en-glossary-tbx-basic-v3.tbx")
        let contents = try GlossaryFile.read(url)
        #expect(contents.entries.map { $0.sourceTerms.map(\.text) } == [["Kementerian Unifikasi"], ["pertemuan puncak", "KTT"], ["kerja sama militer"]])
        #expect(contents.entries[0].targetTerms[0].status == .preferred)
        #expect(contents.entries[0].note?.contains("South Korean ministry") == true)
    }
}
