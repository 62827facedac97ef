import Foundation
import Testing
@testable import JuruKit

/// Glossary tables as TICO-19 and LibreOffice's Indonesian team publish them
/// (Fixtures/glossary/real, sources and licences in its README): read by their
/// header, the right way round, every row.
@Suite("Real glossary tables read by column name")
struct RealGlossaryFilesTests {
    static func read(_ name: String) throws -> GlossaryFile.Contents {
        try GlossaryFile.read(Fixtures.url("glossary/real/\(name)"))
    }

    @Test("TICO-19's 5-column English→Indonesian terminology: every row, turned round by its language columns")
    func tico19FiveColumns() throws {
        let contents = try Self.read("tico19-f_en-id_ID.csv")
        #expect(contents.problems.isEmpty)
        #expect(contents.entries.count == 306)
        #expect(contents.entries[0].source == "Flu 1918" && contents.entries[0].targetTerms[0].text == "1918 flu")
        #expect(contents.entries[1].source == "bronkitis akut" && contents.entries[1].targetTerms[0].text == "acute bronchitis")
        #expect(contents.notes == ["read as English→Indonesian where each row's languages say so: every pair turned round"])
    }

    @Test("TICO-19's 7-column terminology keeps part of speech and description")
    func tico19SevenColumns() throws {
        let contents = try Self.read("tico19-g_en_id.csv")
        #expect(contents.problems.isEmpty)
        #expect(contents.entries.count == 328)
        let first = contents.entries[0]
        #expect(first.source == "menular" && first.targetTerms[0].text == "contagious")
        #expect(first.sourceTerms[0].partOfSpeech == "adjective")
        #expect(first.note?.hasPrefix("In the context of coronavirus (COVID-19): transmissible") == true)
        let cdc = try #require(contents.entries.first { $0.targetTerms[0].text == "CDC" })
        #expect(cdc.source == "Pusat Pengendalian dan Pencegahan Penyakit (CDC)")
        #expect(cdc.sourceTerms[0].partOfSpeech == "proper noun")
    }

    @Test("TICO-19's Indonesian→English file stays as it is")
    func tico19IndonesianToEnglish() throws {
        let contents = try Self.read("tico19-g_id_en.csv")
        #expect(contents.problems.isEmpty)
        #expect(contents.entries.count == 50)
        #expect(contents.entries[0].source == "virus novel corona")
        #expect(contents.entries[0].targetTerms[0].text == "novel coronavirus")
        #expect(contents.notes == ["read as Indonesian→English (each row's languages say so)"])
    }

    @Test("LibreOffice's Source,Padanan is English→Indonesian: header not a term, every pair turned round")
    func libreOfficePadanan() throws {
        let contents = try Self.read("libreofficeid-glosarium.csv")
        #expect(contents.problems.isEmpty)
        #expect(contents.entries.count == 180)
        #expect(!contents.entries.contains { $0.source == "Padanan" || $0.source == "Source" })
        #expect(contents.entries[0].source == "rekat" && contents.entries[0].targetTerms[0].text == "paste")
        let folder = try #require(contents.entries.first { $0.targetTerms[0].text == "Folder" })
        #expect(folder.source == "Folder")
        // Synonyms in one cell become terms of one entry.
        let bracket = try #require(contents.entries.first { $0.targetTerms[0].text == "Bracket" })
        #expect(bracket.sourceTerms.map(\.text) == ["Braket", "Kurung"])
        #expect(contents.notes.count == 1)
        #expect(contents.notes[0].hasPrefix("read as English→Indonesian (the header names ‘Padanan’ as the Indonesian column)"))
    }

    @Test("With a header that does not say, the text decides which column is Indonesian")
    func directionFromText() throws {
        let folder = try TemporaryFolder()
        // TICO-19's pairs without their language columns.
        let tico = try Self.read("tico19-f_en-id_ID.csv")
        var table = "Term,Translation\n"
        for entry in tico.entries { table += "\"\(entry.targetTerms[0].text)\",\"\(entry.source)\"\n" }
        let url = folder.url.appendingPathComponent("neutral.csv")
        try table.write(to: url, atomically: true, encoding: .utf8)
        let contents = try GlossaryFile.read(url)
        #expect(contents.entries.count == 306)
        #expect(contents.entries[1].source == "bronkitis akut")
        #expect(contents.notes[0].contains("reads as English"))
    }

    @Test("Header names in many spellings", arguments: [
        ("id,en", false), ("id_ID,en_US", false), ("id-ID,en-US", false), ("ind,eng", false),
        ("Indonesian,English", false), ("Bahasa Indonesia,English", false), ("Istilah,Padanan", true),
        ("English,Indonesian", true), ("en,id", true), ("Term,Padanan", true), ("Source,Padanan", true),
    ])
    func headerNames(_ header: String, turned: Bool) throws {
        let fields = header.split(separator: ",").map(String.init)
        let parsed = try #require(GlossaryHeader(fields))
        #expect(parsed.turnedRound == turned, "\(header)")
        #expect(parsed.indonesian == (turned ? 1 : 0), "\(header)")
    }

    @Test("A tab-separated table with a header is read by name too")
    func tsvWithHeader() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("terms.tsv")
        try "English\tIndonesian\tpos\nsummit\tKTT\tnoun\n".write(to: url, atomically: true, encoding: .utf8)
        let contents = try GlossaryFile.read(url)
        #expect(contents.entries == [GlossaryEntry(sourceTerms: [GlossaryTerm("KTT", partOfSpeech: "noun")],
                                                   targetTerms: [GlossaryTerm("summit", partOfSpeech: "noun")],
                                                   origin: "terms.tsv")])
    }

    @Test("A file that yields no entry writes nothing into glossaries/")
    func noEntryWritesNothing() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("empty.csv")
        try "source,target\nrudal\n,missile\n".write(to: url, atomically: true, encoding: .utf8)
        let glossaries = WorkspaceGlossary(workspace: Workspace(root: folder.url))
        #expect(throws: GlossaryError.self) { try glossaries.importFile(url) }
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("glossaries").path)) ?? []
        #expect(written.isEmpty)
    }

    @Test("Skip messages of a TBX on one line carry the column")
    func tbxSkipsCarryColumns() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("one-line.tbx")
        try #"<?xml version="1.0"?><martif type="TBX" xml:lang="id"><text><body><termEntry><langSet xml:lang="id"><tig><term>rudal</term></tig></langSet></termEntry><termEntry><langSet xml:lang="id"><tig><term>KTT</term></tig></langSet><langSet xml:lang="en"><tig><term>summit</term></tig></langSet></termEntry><termEntry><langSet xml:lang="en"><tig><term>missile</term></tig></langSet></termEntry></body></text></martif>"#
            .write(to: url, atomically: true, encoding: .utf8)
        let contents = try GlossaryFile.read(url)
        #expect(contents.entries.count == 1)
        #expect(contents.problems.count == 2)
        #expect(contents.problems.allSatisfy { $0.line == 1 && ($0.column ?? 0) > 1 })
        #expect(Set(contents.problems.compactMap(\.column)).count == 2)
        #expect(contents.problems[0].description.contains("one-line.tbx:1:"))
    }
}
