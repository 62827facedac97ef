import Foundation
import Testing
@testable import JuruKit

/// XLIFF 1.2 and 2.0 in and out: segmentation as given, inline codes as placeholders,
/// states and translate="no" respected, the same file written back.
struct XLIFFTests {
    private func file(_ name: String) throws -> XLIFFFile {
        try XLIFFFile(url: Fixtures.url("xliff/\(name)"))
    }

    @Test func readsXLIFF12AsSegmented() throws {
        let xliff = try file("berita-1.2.xlf")
        #expect(xliff.version == .v1_2)
        let segments = try XLIFFImport.segments(of: xliff)
        #expect(segments.map(\.source) == [
            "Banjir Rendam Ratusan Rumah di Bekasi",
            "Banjir merendam {1}ratusan rumah{/1} di Bekasi.",
            "Warga mengungsi ke masjid{1/}.",
            "Dapur umum didirikan",
            "Klik {1/}di sini{2/} untuk membaca.",
        ])
        #expect(segments[3].target == "Public kitchens set up" && segments[3].state == .reviewed)
        #expect(segments[4].target == "Click {1/}here{2/} to read." && segments[4].state == .draft)
        #expect(segments[1].paragraph == segments[2].paragraph, "two segments of one trans-unit")
        #expect(!segments.contains { $0.source.contains("KABAR KITA") }, "translate=\"no\" is left out")
    }

    @Test func readsXLIFF2Segments() throws {
        let segments = try XLIFFImport.segments(of: try file("berita-2.0.xlf"))
        #expect(segments.map(\.source) == [
            "Hujan deras mengguyur {1}Jakarta{/1} sejak pagi.",
            "Jalan utama tergenang{1/} dan lalu lintas macet.",
            "Petugas masih berjaga.",
        ])
        #expect(segments[1].target == "Main roads were flooded{1/} and traffic jammed." && segments[1].state == .translated)
    }

    @Test func writesTheSameXLIFF12BackValid() throws {
        let data = try Data(contentsOf: Fixtures.url("xliff/berita-1.2.xlf"))
        var segments = try XLIFFImport.segments(of: try XLIFFFile(data: data, path: "berita-1.2.xlf"))
        segments[1].target = "Floods submerged {1}hundreds of homes{/1} in Bekasi."
        segments[1].state = .translated
        segments[2].target = "Residents fled to mosques{1/}."
        segments[2].state = .translated
        let document = StoredDocument(id: 1, name: "berita-1.2.xlf", path: "/x", addedAt: Date(), changedAt: Date())
        let out = try XLIFFExport.sameFile(data, document: document, segments: segments)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("<mrk mid=\"0\" mtype=\"seg\">Floods submerged <g id=\"1\">hundreds of homes</g> in Bekasi.</mrk>"))
        #expect(text.contains("Residents fled to mosques<x id=\"2\"/>."))
        #expect(text.contains("<note>Judul artikel: singkat.</note>"))
        #expect(text.contains("<source xml:lang=\"id\">KABAR KITA</source>"))
        let back = try XLIFFImport.segments(of: try XLIFFFile(data: out, path: "out.xlf"))
        #expect(back[1].target == segments[1].target && back[2].target == segments[2].target)
        #expect(try Schema.validate(out, schema: "xliff-core-1.2-strict.xsd") != false)
    }

    @Test func writesTheSameXLIFF2BackWithStates() throws {
        let data = try Data(contentsOf: Fixtures.url("xliff/berita-2.0.xlf"))
        var segments = try XLIFFImport.segments(of: try XLIFFFile(data: data, path: "berita-2.0.xlf"))
        segments[0].target = "Heavy rain has fallen on {1}Jakarta{/1} since morning."
        segments[0].state = .reviewed
        let document = StoredDocument(id: 1, name: "berita-2.0.xlf", path: "/x", addedAt: Date(), changedAt: Date())
        let text = String(decoding: try XLIFFExport.sameFile(data, document: document, segments: segments), as: UTF8.self)
        #expect(text.contains("<segment id=\"s1\" state=\"reviewed\">"))
        #expect(text.contains("<target>Heavy rain has fallen on <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Jakarta</pc> since morning.</target>"))
        #expect(text.contains("trgLang=\"en\""))
        #expect(text.contains("<ignorable>"))
        #expect(try Schema.validate(Data(text.utf8), schema: "xliff_core_2.0.xsd") != false)
    }

    @Test func newXLIFF12ForAnyDocumentValidates() throws {
        let document = StoredDocument(id: 1, name: "kbs & co.txt", path: "/x", addedAt: Date(), changedAt: Date())
        let segments = [
            StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .headline, source: "Judul <satu>",
                          target: "Title <one>", state: .translated),
            StoredSegment(documentId: 1, position: 1, paragraph: 1, paragraphKind: .body, source: "Klik {1}di sini{/1}{2/}."),
        ]
        let v12 = XLIFFExport.newFile(document, segments: segments, version: .v1_2)
        #expect(v12.contains("<target state=\"translated\">Title &lt;one&gt;</target>"))
        #expect(v12.contains("<source>Klik <g id=\"1\">di sini</g><x id=\"2\"/>.</source>"))
        #expect(try Schema.validate(Data(v12.utf8), schema: "xliff-core-1.2-strict.xsd") != false)
        let v21 = XLIFFExport.newFile(document, segments: segments, version: .v2_1)
        #expect(v21.contains("<source>Klik <pc id=\"1\">di sini</pc><ph id=\"2\"/>.</source>"))
        #expect(try Schema.validate(Data(v21.utf8), schema: "xliff_core_2.0.xsd") != false)
        let reread = try XLIFFImport.segments(of: try XLIFFFile(data: Data(v21.utf8), path: "new.xlf"))
        #expect(reread.map(\.source) == segments.map(\.source))
    }

    @Test func refusesEntitiesAndSaysWhereXMLBreaks() throws {
        let entities = Fixtures.url("xliff/entities.xlf")
        #expect(throws: XLIFFError.entityDefinitions(entities.path)) { try XLIFFFile(url: entities) }
        let malformed = Fixtures.url("xliff/malformed.xlf")
        do {
            _ = try XLIFFFile(url: malformed)
            Issue.record("malformed XLIFF was read")
        } catch let error as XLIFFError {
            #expect(error.errorDescription?.hasPrefix("\(malformed.path):4:") == true, "\(error.errorDescription ?? "")")
        }
    }

    /// What crashed or stalled the TMX and TBX readers under fuzzing is refused here too,
    /// with its place, before libxml2 or FoundationXML read the file: an empty processing
    /// instruction, an element with thousands of attributes, bytes that are not UTF-8.
    /// The file is the fixture berita-1.2.xlf with each fault put into its second line.
    @Test("A hostile XLIFF is refused with its line and column", arguments: ["instruction", "attributes", "bytes"])
    func hostileBytesAreRefusedWithTheirPlace(fault: String) throws {
        var lines = try Fixtures.text("xliff/berita-1.2.xlf").components(separatedBy: "\n")
        switch fault {
        case "instruction": lines[1] = "<?xm2?>" + lines[1]
        case "attributes": lines[1] = lines[1].replacingOccurrences(of: "<xliff ", with: "<xliff " + (1...1_500).map { "a\($0)=\"\($0)\" " }.joined())
        default: lines[1] += "<!-- \u{FFFD} -->"
        }
        var data = Data(lines.joined(separator: "\n").utf8)
        if fault == "bytes", let mark = data.firstRange(of: Data("\u{FFFD}".utf8)) { data.replaceSubrange(mark, with: [0xC3, 0x28]) }
        do {
            _ = try XLIFFFile(data: data, path: "hostile.xlf")
            Issue.record("a hostile XLIFF was read")
        } catch let error as XLIFFError {
            #expect(error.errorDescription?.hasPrefix("hostile.xlf:2:") == true, "\(error.errorDescription ?? "")")
        }
    }

    @Test func saysWhichSourceLanguageAFileHas() throws {
        let data = Data("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en-US" \
            datatype="plaintext"><body><trans-unit id="1"><source>One</source></trans-unit></body></file></xliff>
            """.utf8)
        #expect(throws: XLIFFError.sourceLanguage("en.xlf", found: "en-US")) {
            try XLIFFImport.segments(of: try XLIFFFile(data: data, path: "en.xlf"))
        }
    }

    @Test func placeholdersMissingOrDuplicatedAreQAErrors() {
        let source = "Klik {1}di sini{/1}{2/}."
        #expect(Placeholders.problems(source: source, target: "Click {1}here{/1}{2/}.").isEmpty)
        #expect(Placeholders.problems(source: source, target: "Click {1}here{/1}.") == ["placeholder {2/} is missing"])
        #expect(Placeholders.problems(source: source, target: "Click {1}here{/1}{2/}{2/}.") == ["placeholder {2/} is there 2 times"])
        #expect(Placeholders.problems(source: source, target: "Click {/1}here{1}{2/}.") == ["placeholders are not nested as pairs"])
        let codes = [InlineCode(number: 1, kind: .open, xml: "<g id=\"1\">"), InlineCode(number: 1, kind: .close, xml: "</g>"),
                     InlineCode(number: 2, kind: .standalone, xml: "<x id=\"2\"/>")]
        #expect(Placeholders.xml(for: "Click {1}here{/1}.", codes: codes) == "Click here.<g id=\"1\"></g><x id=\"2\"/>",
                "a broken translation keeps every code, at the end")
        let segment = StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .body, source: source,
                                    target: "Click {1}here{/1}.", state: .translated)
        let findings = TranslationQA.check([segment], glossary: Glossary())
        #expect(findings.contains { $0.message == "placeholder {2/} is missing" })
    }
}

/// xmllint --schema against the XLIFF schemas kept beside the fixtures
/// (`Fixtures/xliff/schemas`, sources in their README); nil when xmllint is missing.
enum Schema {
    static func validate(_ data: Data, schema: String) throws -> Bool? {
        guard FileManager.default.fileExists(atPath: "/usr/bin/xmllint") else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("juru-xliff-\(UUID().uuidString).xlf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", "--schema", Fixtures.url("xliff/schemas/\(schema)").path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
