import Foundation
import Testing
@testable import JuruKit

/// XLIFF files other tools wrote for their own tests (Okapi, translate-toolkit, OmegaT;
/// sources and licences in `Fixtures/xliff/README.md`). Their sources are English or
/// Spanish, so the import refuses them by name; the reading and the export underneath
/// are checked on them as they are.
struct RealXLIFFFilesTests {
    private func file(_ name: String) throws -> XLIFFFile {
        try XLIFFFile(url: Fixtures.url("xliff/\(name)"))
    }

    /// The file's segments as the store would keep them, with some translated.
    private func stored(_ segments: [XLIFFSegment], translations: [Int: String]) -> [StoredSegment] {
        segments.enumerated().map { position, segment in
            let target = translations[position] ?? segment.target
            return StoredSegment(documentId: 1, position: position, paragraph: segment.unit, paragraphKind: .body,
                                 source: segment.text, target: target,
                                 state: translations[position] != nil ? .translated : segment.state)
        }
    }

    private func export(_ name: String, translations: [Int: String]) throws -> (Data, [XLIFFSegment]) {
        let data = try Data(contentsOf: Fixtures.url("xliff/\(name)"))
        let segments = try XLIFFFile(data: data, path: name).segments()
        let document = StoredDocument(id: 1, name: name, path: "/x", addedAt: Date(), changedAt: Date())
        let out = try XLIFFExport.sameFile(data, document: document, segments: stored(segments, translations: translations))
        return (out, segments)
    }

    @Test func okapiSegmentsAndInlineCodesAsTheFileHasThem() throws {
        let xliff = try file("okapi-RB-12-Test02.xlf")
        #expect(throws: XLIFFError.sourceLanguage(xliff.path, found: "en")) { try XLIFFImport.segments(of: xliff) }
        let segments = xliff.segments()
        #expect(segments.map(\.text) == [
            "Text attribute", "Paragraph.", "Paragraph 2", "Text with {1}code{/1} and {2}bold{/2}.",
            "Text of the footnote", "Text with a footnote{1/} and more text", "Text with {1}{2/}{/1} and more text.",
            "Sentence 1.", "Sentence 2.", "Sentence 1.", "Sentence 2+diff.",
        ])
        #expect(segments[3].target == "Text with {1}code{/1} and {2}bold{/2}.")
        #expect(segments[6].target == "Text with {1}{2/}{/1} and more text.", "a code inside a code keeps its place")
        #expect(segments[7].unit == segments[8].unit, "the two mrk segments of one trans-unit")
    }

    @Test func okapiFileWrittenBackKeepsWhatJuruDoesNotRead() throws {
        let (out, _) = try export("okapi-RB-12-Test02.xlf", translations: [
            5: "Texte avec une note{1/} et plus", 7: "Phrase 1.", 8: "Phrase 2 à la fin.",
        ])
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.lowercased().hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "declared windows-1252, written as UTF-8")
        #expect(text.contains("Texte avec une note<x id=\"1\"/> et plus"))
        #expect(text.contains("<mrk mid=\"0\" mtype=\"seg\">Phrase 1.</mrk>") && text.contains("<mrk mid=\"1\" mtype=\"seg\">Phrase 2 à la fin.</mrk>"))
        #expect(text.contains("<!-- Segmented data -->") && text.contains("<?abc def ?>"), "comments and processing instructions stay")
        #expect(text.contains("okp:settings=\"okf_xml@P%P3DDAFFAE\""), "another tool's attributes stay")
        let back = try XLIFFFile(data: out, path: "out.xlf").segments()
        #expect(back[5].target == "Texte avec une note{1/} et plus" && back[7].target == "Phrase 1." && back[8].target == "Phrase 2 à la fin.")
        #expect(back[9].target == nil, "the untranslated unit gets no target")
    }

    @Test func translateToolkitStatesAsJuruStates() throws {
        let segments = try file("tt-states.xlf").segments()
        #expect(segments.map(\.text) == ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"])
        // No state is a translation as it stands; final is done; states asking for
        // more work (needs-work, rejected, unknown ones) are drafts.
        #expect(segments.map(\.state) == [.translated, .draft, .draft, .draft, .draft, .reviewed, .translated, .draft])
    }

    @Test func translateToolkitEmptyAndNestedCodes() throws {
        let segments = try file("tt-odf-inline.xlf").segments()
        #expect(segments.count == 4)
        #expect(segments[0].text.foldingWhitespace() == "A partir de ahora se detallan las actividades llevadas a cabo en 2014, "
                + "comenzando a describir la nueva dirección del proyecto a la que se hace referencia en la tabla 4. "
                + "En este 2014 {1} {2} el trabajo de los investigadores ha sido el siguiente:{/2} {/1}")
        #expect(segments[1].text.hasPrefix("Partiendo {1}{/1}del estado actual"), "an empty g is a pair with nothing in it")
    }

    @Test func omegatTranslateNoUnitIsLeftAlone() throws {
        let (out, segments) = try export("omegat-en-es_translate-no.xlf", translations: [0: "barra"])
        #expect(segments.map(\.text) == ["foo", "hoge"], "the unit marked translate=\"no\" is not offered")
        #expect(segments.map(\.target) == ["bar", "fuga"], "existing targets are read")
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("<target state=\"translated\">barra</target>"))
        #expect(text.contains("<trans-unit id=\"34566\" translate=\"no\">\n      <source>baz</source>\n      <target>qux</target>"))
        #expect(text.contains("<?exportHTML yes?>"))
    }

    @Test func omegatXLIFF2WithModulesAndAnnotations() throws {
        let (out, segments) = try export("omegat-ex.14.5.xlf", translations: [1: "Muitas aves têm bicos únicos."])
        #expect(segments.count == 2)
        #expect(segments[0].text.foldingWhitespace() == "It was a unique {1}bill.{/1}.", "a term annotation is a pair")
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("<source>Many birds have unique bills.</source><target>Muitas aves têm bicos únicos.</target>"))
        #expect(text.contains("<gls:term>bill</gls:term>"), "a module's elements stay")
        #expect(text.contains("<!-- note, the ref attribute"))
        #expect(try Schema.validate(out, schema: "xliff_core_2.0.xsd") != false)
    }
}
