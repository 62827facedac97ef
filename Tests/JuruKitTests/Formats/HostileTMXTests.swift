import Foundation
import Testing
@testable import JuruKit

/// TMX files from the hostile-input audit (issue 15), written by the tests.
@Suite("Hostile TMX files")
struct HostileTMXTests {
    static func tmx(units: Int, doctype: Bool = false, seg: (Int) -> String = { "Kalimat nomor \($0)." }) -> String {
        var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        if doctype { text += #"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"# + "\n" }
        text += "<tmx version=\"1.4\"><header srclang=\"id\"/><body>\n"
        for i in 0..<units {
            text += "<tu tuid=\"\(i)\"><tuv xml:lang=\"id\"><seg>\(seg(i))</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence \(i).</seg></tuv></tu>\n"
        }
        return text + "</body></tmx>\n"
    }

    static func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("D1: a file cut in half is refused, not read in part")
    func truncatedFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let whole = Self.tmx(units: 1000)
        let half = try Self.write(String(whole.prefix(whole.count / 2)), "half.tmx", in: folder)
        var delivered = 0
        do {
            try TMXReader(url: half).read { _ in delivered += 1 }
            Issue.record("half a TMX file was read as whole (\(delivered) units)")
        } catch let error as TMXError {
            guard case .malformed(_, _, _, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("cut short"), "\(reason)")
        }
        // The whole file, and a file without a final newline, still read.
        #expect(try TMXReaderTests.units(try Self.write(whole, "whole.tmx", in: folder)).count == 1000)
        let unterminated = String(whole.dropLast())
        #expect(try TMXReaderTests.units(try Self.write(unterminated, "no-newline.tmx", in: folder)).count == 1000)
    }

    @Test("D1: a real tool's TMX cut short is refused", .enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func truncatedRealFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let data = try Data(contentsOf: SharedData.interopSample("omegat-3.6/html-inline-notes-props/project_save.tmx"))
        let cut = folder.url.appendingPathComponent("project_save.tmx")
        try data.prefix(data.count * 2 / 3).write(to: cut)
        #expect(throws: TMXError.self) { try TMXReaderTests.units(cut) }
    }

    @Test("D1: the store imports nothing from a file cut short")
    func storeKeepsNothingFromATruncatedFile() throws {
        let folder = try TemporaryFolder()
        let store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
        let whole = Self.tmx(units: 200)
        let half = try Self.write(String(whole.prefix(whole.count / 2)), "half.tmx", in: folder)
        #expect(throws: TMXError.self) { try store.importTMX(half) }
        var stored = 0
        try store.forEachUnit { _ in stored += 1 }
        #expect(stored == 0)
    }

    @Test("D6: XHTML named entities under a DOCTYPE are read as their characters; CDATA stays as written")
    func mapsXHTMLEntities() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write(Self.tmx(units: 1, doctype: true) { _ in
            "Kaf&eacute; &amp; resto &nbsp;x <![CDATA[&eacute;]]>"
        }, "entities.tmx", in: folder)
        let units = try TMXReaderTests.units(url)
        #expect(units.first?.source.text == "Kafé & resto \u{A0}x &eacute;")
    }

    @Test("D6: an entity that is neither XML's nor XHTML's is refused with its name and place")
    func refusesUnknownEntities() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write(Self.tmx(units: 3, doctype: true) { $0 == 1 ? "Harga &bogus; naik" : "Kalimat." },
                                 "unknown.tmx", in: folder)
        #expect(throws: TMXError.unknownEntity(url.path, line: 5, column: 51, name: "bogus")) {
            try TMXReaderTests.units(url)
        }
    }

    @Test("D8: an entity declaration after a megabyte of comment is still refused")
    func entityCheckReadsTheWholeProlog() throws {
        let folder = try TemporaryFolder()
        let comment = "<!--" + String(repeating: "x", count: 1_200_000) + "-->\n"
        let bomb = """
            <?xml version="1.0"?>
            \(comment)<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="id"><seg>&b;</seg></tuv></tu></body></tmx>
            """
        let url = try Self.write(bomb, "late-bomb.tmx", in: folder)
        #expect(throws: TMXError.entityDefinitions(url.path)) { try TMXReaderTests.units(url) }
    }

    @Test("D18: <!ENTITY inside CDATA or a comment is text, not a declaration")
    func entityTextInCDATAIsNotRefused() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write(Self.tmx(units: 1) { _ in "Tulis <![CDATA[<!ENTITY x \"y\">]]> di sini" }, "cdata.tmx", in: folder)
        #expect(try TMXReaderTests.units(url).first?.source.text == "Tulis <!ENTITY x \"y\"> di sini")
        #expect(!XMLProlog.definesEntities(in: Data("<!-- <!ENTITY a 'b'> --><tmx/>".utf8)))
        #expect(XMLProlog.definesEntities(in: Data("<!DOCTYPE x [<!-- c --><!ENTITY a 'b'>]><x/>".utf8)))
    }

    @Test("D21: a second root element is called extra content, not a file that ends early")
    func secondRootIsExtraContent() throws {
        let folder = try TemporaryFolder()
        let url = try Self.write(Self.tmx(units: 2) + "<tmx version=\"1.4\"></tmx>\n", "two-roots.tmx", in: folder)
        do {
            _ = try TMXReaderTests.units(url)
            Issue.record("a file with two root elements was read")
        } catch let error as TMXError {
            let message = error.localizedDescription
            #expect(message.contains("extra content after </tmx>"), "\(message)")
            #expect(!message.contains("ends before"))
        }
    }
}

