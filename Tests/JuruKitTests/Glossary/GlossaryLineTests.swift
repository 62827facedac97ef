import Foundation
import Testing
@testable import JuruKit

/// D4, D5 and issue 11 point 7: glossary lines as spreadsheets and old editors
/// write them, and the workspace's own files.
@Suite("Glossary lines and workspace files")
struct GlossaryLineTests {
    static func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func pairs(_ contents: GlossaryFile.Contents) -> [String] {
        contents.entries.map { "\($0.source) → \($0.targetTerms.map(\.text).joined(separator: ", "))" }
    }

    @Test("D4: an unclosed quote skips its own line only; the rows after it are read")
    func unclosedQuote() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write("kucing,\"cat\nanjing,dog\ntikus,mouse\n", "quote.csv", in: folder)
        let contents = try GlossaryFile.read(url)
        #expect(Self.pairs(contents) == ["anjing → dog", "tikus → mouse"])
        #expect(contents.problems == [GlossaryProblem(file: url.path, line: 1, reason: "a quote opened here is never closed")])
    }

    @Test("D4: a quoted field over two lines is still one field")
    func multilineField() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write("kucing,\"cat\nkitten\"\nanjing,dog\n", "multi.csv", in: folder)
        let contents = try GlossaryFile.read(url)
        #expect(Self.pairs(contents) == ["kucing → cat\nkitten", "anjing → dog"])
        #expect(contents.problems.isEmpty)
    }

    @Test("D5: lines ended by CR alone are lines, in TSV and CSV", arguments: ["cr.tsv", "cr.csv"])
    func carriageReturnLineEnds(name: String) throws {
        let folder = try TemporaryFolder()
        let separator = name.hasSuffix(".tsv") ? "\t" : ","
        let url = try Self.write(["kucing", "cat\ranjing", "dog\rtikus", "mouse\r"].joined(separator: separator), name, in: folder)
        let contents = try GlossaryFile.read(url)
        #expect(Self.pairs(contents) == ["kucing → cat", "anjing → dog", "tikus → mouse"])
    }

    @Test("Issue 11: a file named glossary.tsv imports beside the added terms, not onto them")
    func importGlossaryTSV() throws {
        let folder = try TemporaryFolder()
        let glossaries = WorkspaceGlossary(workspace: Workspace(root: folder.url))
        try glossaries.add(GlossaryEntry(source: "tikus", target: "mouse"))
        let file = try Self.write("kucing\tcat\n", "glossary.tsv", in: folder)
        let report = try glossaries.importFile(file)
        #expect(report.storedAs.lastPathComponent == "glossary-imported.utf8")
        #expect(try String(contentsOf: glossaries.addedTermsFile, encoding: .utf8) == "tikus\tmouse\t\n")
        // Importing it again replaces the earlier import.
        #expect(try glossaries.importFile(file).storedAs == report.storedAs)
        #expect(glossaries.load().glossary.entries.count == 2)
    }

    @Test("Issue 11: adding a pair the folder already has says so and changes nothing")
    func addExistingPair() throws {
        let folder = try TemporaryFolder()
        let glossaries = WorkspaceGlossary(workspace: Workspace(root: folder.url))
        _ = try glossaries.importFile(try Self.write("Dewan Keamanan\tSecurity Council\n", "un.tsv", in: folder))
        #expect(try glossaries.add(GlossaryEntry(source: "dewan  keamanan", target: "Security Council")) == .alreadyThere(file: "un.utf8"))
        #expect(!FileManager.default.fileExists(atPath: glossaries.addedTermsFile.path))
        #expect(try glossaries.add(GlossaryEntry(source: "Dewan Keamanan", target: "UN Security Council")) == .added)
        #expect(try glossaries.add(GlossaryEntry(source: "Dewan Keamanan", target: "UN Security Council"))
                == .alreadyThere(file: "glossary.utf8"))
        #expect(try String(contentsOf: glossaries.addedTermsFile, encoding: .utf8) == "Dewan Keamanan\tUN Security Council\t\n")
    }

    @Test("D8: a TBX whose entity declaration follows a megabyte of comment is refused")
    func lateEntityDeclarationInTBX() throws {
        let folder = try TemporaryFolder()
        let text = "<?xml version=\"1.0\"?>\n<!--" + String(repeating: "x", count: 1_100_000) + "-->\n"
            + "<!DOCTYPE martif [<!ENTITY a \"aaaa\">]>\n<martif type=\"TBX\"><text><body/></text></martif>\n"
        let url = try Self.write(text, "late.tbx", in: folder)
        #expect(throws: GlossaryError.entityDefinitions(url.path)) { try GlossaryFile.read(url) }
    }

    @Test("D1, D6: a TBX cut short is refused; XHTML entities in terms are kept")
    func tbxCutShortAndEntities() throws {
        let folder = try TemporaryFolder()
        let whole = """
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry><langSet xml:lang="id"><tig><term>kaf&eacute;</term></tig></langSet><langSet xml:lang="en"><tig><term>caf&eacute;</term></tig></langSet></termEntry>
            <termEntry><langSet xml:lang="id"><tig><term>kucing</term></tig></langSet><langSet xml:lang="en"><tig><term>cat</term></tig></langSet></termEntry>
            </body></text></martif>

            """
        let contents = try GlossaryFile.read(try Self.write(whole, "whole.tbx", in: folder))
        #expect(Self.pairs(contents) == ["kafé → café", "kucing → cat"])
        let cut = try Self.write(String(whole.prefix(whole.count * 3 / 4)), "cut.tbx", in: folder)
        #expect(throws: GlossaryError.self) { try GlossaryFile.read(cut) }
    }
}
