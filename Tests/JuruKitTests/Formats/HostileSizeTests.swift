import Foundation
import Testing
@testable import JuruKit

/// Inputs of hostile size from the audit (issue 15): an element with 200,000
/// attributes made libxml2 compare every attribute with every other (17 s), and a
/// 200 MB segment was stored and then cost every lookup its size. Sizes here are
/// small; `Tests/Fuzz/hostile-sizes.sh` measures the real ones.
@Suite("Hostile sizes")
struct HostileSizeTests {
    static func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"v\($0)\"" }.joined(separator: " ")
    }

    @Test("A TMX element with more than 1,000 attributes is refused with its place")
    func tmxWithThousandsOfAttributesIsRefused() throws {
        let folder = try TemporaryFolder()
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="id"/><body>
            <tu \(Self.attributes(1_001))><tuv xml:lang="id"><seg>Harga naik.</seg></tuv><tuv xml:lang="en"><seg>Prices rose.</seg></tuv></tu>
            </body></tmx>
            """
        let url = try HostileTMXTests.write(text, "attributes.tmx", in: folder)
        do {
            _ = try TMXReaderTests.units(url)
            Issue.record("a tag with 1,001 attributes was read")
        } catch let error as TMXError {
            guard case .malformed(_, let line, let column, let reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 3 && column == 1)
            #expect(reason.contains("more than 1,000 attributes"), "\(reason)")
        }
    }

    @Test("Attributes inside comments, CDATA and quoted values are not counted")
    func onlyRealAttributesCount() {
        let comment = "<!-- " + String(repeating: "a=1 ", count: 2_000) + " -->"
        let quoted = "<tu note=\"" + String(repeating: "x=y ", count: 2_000) + "\">"
        let cdata = "<seg><![CDATA[" + String(repeating: "b=2 ", count: 2_000) + "]]></seg>"
        #expect(TagCheck.firstFailure(in: Array((comment + quoted + cdata).utf8)) == nil)
        #expect(TagCheck.firstFailure(in: Array("<tu \(Self.attributes(1_000))>".utf8)) == nil)
        #expect(TagCheck.firstFailure(in: Array("<tu \(Self.attributes(1_001))>".utf8)) != nil)
    }

    @Test("The check holds when a tag is split across the reader's chunks")
    func tagAcrossChunks() {
        let bytes = Array("<x/>\n<tu \(Self.attributes(1_500))>".utf8)
        var check = TagCheck()
        for chunk in stride(from: 0, to: bytes.count, by: 7).map({ bytes[$0..<min($0 + 7, bytes.count)] }) {
            check.check(chunk)
        }
        #expect(check.failure == TagCheck.Failure(line: 2, column: 1, kind: .tooManyAttributes))
    }

    @Test("A TBX element with thousands of attributes is refused")
    func tbxWithThousandsOfAttributesIsRefused() throws {
        let folder = try TemporaryFolder()
        let url = try HostileTMXTests.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="id" \(Self.attributes(5_000))><text><body>
            <conceptEntry id="c1"><langSec xml:lang="id"><termSec><term>harga</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>price</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, "attributes.tbx", in: folder)
        #expect(throws: GlossaryError.self) { try TBXReader.read(url) }
    }

    @Test("An SRX element with thousands of attributes is refused")
    func srxWithThousandsOfAttributesIsRefused() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx version="2.0" \(Self.attributes(2_000))><header cascade="yes"/><body><languagerules/><maprules/></body></srx>
            """
        #expect(throws: SegmentationError.self) { try SRXDocument(data: Data(text.utf8), name: "attributes.srx") }
    }

    @Test("A unit with a segment over 100,000 characters is left out and counted; the rest is imported")
    func overlongSegmentIsLeftOut() throws {
        let folder = try TemporaryFolder()
        let huge = String(repeating: "kata ", count: 25_000)  // 125,000 characters
        let text = HostileTMXTests.tmx(units: 3) { $0 == 1 ? huge : "Kalimat nomor \($0)." }
        let url = try HostileTMXTests.write(text, "huge.tmx", in: folder)
        let store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
        let report = try store.importTMX(url)
        #expect(report.units == 2)
        #expect(report.overlong == 1)
        var sources: [String] = []
        try store.forEachUnit { sources.append($0.source) }
        #expect(sources.sorted() == ["Kalimat nomor 0.", "Kalimat nomor 2."])
    }

    @Test("More than 10,000 rules for Indonesian are refused in one line, before any is compiled")
    func tooManyRulesAreRefused() throws {
        let list = (0...RuleMatcher.ruleLimit).map {
            SegmentationRule(isBreak: false, beforeBreak: "\\bSingkatan\($0)\\.", afterBreak: "\\s")
        }
        let error = #expect(throws: SegmentationError.self) { try Segmenter(rules: RunawayRuleTests.rules(list)) }
        #expect(error == .tooManyRules(source: "test.srx", count: 10_001))
        #expect(error?.localizedDescription.contains("at most 10,000") == true)
        // Thousands, as real files hold, are read.
        _ = try Segmenter(rules: RunawayRuleTests.rules(Array(list.prefix(2_000))))
    }

    @Test("A line of a megabyte is cleaned as body and kept whole; the page around it is cleaned as ever")
    func megabyteLineIsKeptWhole() throws {
        let long = String(repeating: "harga beras naik lagi di pasar induk kota ", count: 25_000)  // ~1 MB
        let page = "Harga Beras Naik Lagi\n\nJakarta - Harga beras di pasar induk naik lagi pekan ini, kata pedagang.\n\n\(long)\n\nBaca juga: Harga cabai turun\n"
        let article = ArticleCleaner().clean(page)
        let body = article.paragraphs.map(\.text)
        #expect(body.contains(long.trimmingCharacters(in: .whitespaces)))
        #expect(!body.contains { $0.hasPrefix("Baca juga") })
    }
}
