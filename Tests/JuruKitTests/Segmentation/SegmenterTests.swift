import Foundation
import Testing
@testable import JuruKit

@Suite("Segmenter")
struct SegmenterTests {
    @Test("Segments joined again equal the cleaned paragraph, whitespace aside", arguments: Fixtures.articles)
    func roundTripsEveryParagraph(article: String) throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        let cleaned = ArticleCleaner().clean(try Fixtures.article(article))
        #expect(!cleaned.paragraphs.isEmpty)
        for paragraph in cleaned.paragraphs {
            let segments = segmenter.segments(in: paragraph.text)
            #expect(segments.joined().withoutWhitespace == paragraph.text.withoutWhitespace)
            #expect(segments.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespacesAndNewlines) && !$0.isEmpty })
        }
    }

    @Test("Offsets are code points into the paragraph")
    func offsetsAreCodePoints() throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        // An emoji outside the BMP is two UTF-16 units but one code point.
        let text = "Warga bersorak 🎉. “Selamat Datang Putin,” teriak mereka.  Kim tersenyum."
        let segments = segmenter.segments(withOffsetsIn: text)
        let scalars = Array(text.unicodeScalars)
        #expect(segments.count == 3)
        for segment in segments {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[segment.start..<segment.end])
            #expect(String(view) == segment.text)
        }
        #expect(segments.map(\.index) == [0, 1, 2])
    }

    @Test("No-break spaces from scraped pages are trimmed like spaces")
    func trimsNoBreakSpaces() throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        let text = "Demikian seperti dilansir\u{A0}CNN,\u{A0}yang mengutip kantor berita Rusia.\u{A0} Kedua pemimpin bertemu."
        #expect(segmenter.segments(in: text) == [
            "Demikian seperti dilansir\u{A0}CNN,\u{A0}yang mengutip kantor berita Rusia.",
            "Kedua pemimpin bertemu.",
        ])
    }

    @Test("Empty and blank paragraphs have no segments")
    func blankParagraphs() throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        #expect(segmenter.segments(in: "").isEmpty)
        #expect(segmenter.segments(in: " \u{A0}\n\t ").isEmpty)
    }

    @Test("English rules keep titles and initials of the target side")
    func englishRules() throws {
        let segmenter = try Fixtures.englishSegmenter()
        #expect(segmenter.segments(in: "Mr. Putin met Kim Jong Un in Pyongyang. U.S. Secretary of State Antony Blinken said the visit showed Russia's isolation.")
            == ["Mr. Putin met Kim Jong Un in Pyongyang.",
                "U.S. Secretary of State Antony Blinken said the visit showed Russia's isolation."])
        #expect(segmenter.segments(in: "Sanctions were imposed by the U.S. The talks ended.")
            == ["Sanctions were imposed by the U.S.", "The talks ended."])
    }

    @Test("The filter on a rule's last character reads common pattern tails")
    func lastCharacters() {
        #expect(RuleMatcher.lastCharacters(of: #"\b(?:Dr|Prof)\."#) == ".")
        #expect(RuleMatcher.lastCharacters(of: #"[?!]+"#) == "?!")
        #expect(RuleMatcher.lastCharacters(of: #"[?!]+["”]"#) == "\"”")
        #expect(RuleMatcher.lastCharacters(of: #"\.+"#) == ".")
        #expect(RuleMatcher.lastCharacters(of: #"Dr\.|Prof"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"\p{Lu}"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"[a-z]"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"\.?"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"\s"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"\p{Ll}{2}[.!?]["”)]*"#) == String(Set(".!?\"”)").sorted()))
        #expect(RuleMatcher.lastCharacters(of: #"\p{Ll}["”]*"#) == nil)
        #expect(RuleMatcher.lastCharacters(of: #"[?!]{1,3}["”]{0,3}"#) == String(Set("?!\"”").sorted()))
        #expect(RuleMatcher.lastCharacters(of: #"\d{1,3}\."#) == ".")
    }
}

extension String {
    var withoutWhitespace: String {
        String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
