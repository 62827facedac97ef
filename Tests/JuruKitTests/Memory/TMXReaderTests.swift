import Foundation
import Testing
@testable import JuruKit

struct TMXReaderTests {
    static func units(_ url: URL) throws -> [TMXUnit] {
        var units: [TMXUnit] = []
        try TMXReader(url: url).read { units.append($0) }
        return units
    }

    @Test func readsTradosStyleUnitsWhateverTheLanguageSpelling() throws {
        let units = try Self.units(Fixtures.url("tmx/trados-style.tmx"))
        // The French unit has no Indonesian side and is skipped.
        #expect(units.count == 4)
        let first = units[0]
        #expect(first.source.text == "Presiden Joko Widodo tiba di Seoul pukul 13.45 WIB.")
        #expect(first.target.text == "President Joko Widodo arrived in Seoul at 13:45 WIB.")
        #expect(first.source.markup?.contains("<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>") == true)
        #expect(first.tuid == "7")
        #expect(first.createdBy == "ANI" && first.changedBy == "BUDI" && first.usageCount == 3)
        #expect(first.changedAt.map(TMXDate.format) == "20240201T093000Z")
        #expect(first.notes == ["Checked against the Kemlu press release."])
        #expect(first.properties == [TMXProperty(type: "x-Domain", value: "Politik")])
        // English first in the file, `lang=` and `in`: still Indonesian → English.
        #expect(units[1].source.text == "Korut menembakkan rudal balistik")
        #expect(units[1].target.text == "North Korea fired a ballistic missile")
        // <hi> text is translatable text.
        #expect(units[2].source.text == "Kementerian Luar Negeri membantah laporan itu.")
        #expect(units[2].source.markup == "Kementerian Luar Negeri <hi type=\"b\">membantah</hi> laporan itu.")
        // NFC.
        #expect(units[3].source.text == "Café itu tutup.")
    }

    @Test func refusesEntityDefinitionsBeforeParsing() {
        for name in ["entity-bomb", "external-entity"] {
            let url = Fixtures.url("tmx/\(name).tmx")
            #expect(throws: TMXError.entityDefinitions(url.path)) { try Self.units(url) }
        }
    }

    @Test func reportsWhereAFileIsMalformed() throws {
        let url = Fixtures.url("tmx/broken-after-two-units.tmx")
        do {
            _ = try Self.units(url)
            Issue.record("a malformed file was read")
        } catch let TMXError.malformed(path, line, column, reason) {
            #expect(path == url.path)
            #expect(line == 7)
            #expect(column > 1)
            #expect(reason.contains("end tag"))
        }
    }

    @Test func refusesXMLThatIsNotTMX() {
        let url = Fixtures.url("tmx/not-tmx.xml")
        #expect(throws: TMXError.notTMX(url.path, root: "xliff")) { try Self.units(url) }
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: TMXError.missing("/nonexistent/memory.tmx")) {
            try Self.units(URL(fileURLWithPath: "/nonexistent/memory.tmx"))
        }
    }

    /// Files written by OmegaT 3.6 and translate-toolkit, good and broken.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage), arguments: [
        ("omegat-3.6/plaintext-seed000/project_save.tmx", 8),
        ("omegat-3.6/plaintext-seed000/roundtrip-auto-level2.tmx", 8),
        ("omegat-3.6/html-inline-notes-props/roundtrip-auto-level2.tmx", 11),
        ("omegat-3.6/html-inline-notes-props/project_save.tmx", 11),
        ("translate-toolkit-3.20.4/berita-po2tmx-comments-others.tmx", 5),
        ("translate-toolkit-3.20.4/istilah-tbx2tmx.tmx", 5),
    ])
    func readsRealToolOutput(path: String, count: Int) throws {
        let units = try Self.units(SharedData.interopSample(path))
        #expect(units.count == count)
        #expect(units.allSatisfy { !$0.source.text.isEmpty && !$0.target.text.isEmpty })
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func keepsOmegaTsInlineTagsNotesAndProps() throws {
        let units = try Self.units(SharedData.interopSample("omegat-3.6/html-inline-notes-props/roundtrip-auto-level2.tmx"))
        let tagged = try #require(units.first { $0.source.markup?.contains("<bpt") == true })
        #expect(!tagged.source.text.contains("<b0>"))
        #expect(units.contains { !$0.notes.isEmpty })
        #expect(units.contains { $0.properties.contains { $0.type == "file" } })
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage), arguments: [
        "xml-tmx-perl-0.39/berita-tsv2tmx-header-line-BROKEN.tmx",
        "xml-tmx-perl-0.39/berita-tsv2tmx-no-header-line-BROKEN.tmx",
        "xml-tmx-perl-0.39/xml-tmx-writer-declared-utf16-BROKEN.tmx",
    ])
    func brokenToolOutputFailsWithAPosition(path: String) throws {
        do {
            _ = try Self.units(SharedData.interopSample(path))
            Issue.record("\(path) was read")
        } catch let error as TMXError {
            guard case .malformed(_, let line, let column, _) = error else {
                Issue.record("\(error)"); return
            }
            #expect(line >= 1 && column >= 1)
            #expect(error.errorDescription?.contains("\n") == false)
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage), arguments: ["utf16le-bom", "utf8-bom"])
    func readsByteOrderMarks(variant: String) throws {
        let url = SharedData.root!.appendingPathComponent("bench/interop/fixtures/good/id-en-handmade-\(variant).tmx")
        let plain = try Self.units(SharedData.root!.appendingPathComponent("bench/interop/fixtures/id-en-handmade.tmx"))
        let units = try Self.units(url)
        #expect(units.count == 9)
        #expect(units.map(\.source.text) == plain.map(\.source.text))
    }
}
