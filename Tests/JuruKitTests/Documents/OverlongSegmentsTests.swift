import Testing
@testable import JuruKit

/// A "segment" thousands of characters long (a page run together) is cut into
/// pieces a translator can work with, at commas or spaces, losing no word.
struct OverlongSegmentsTests {
    @Test func aLongLineIsCutAtCommasOrSpacesAndKeepsEveryWord() {
        let words = "harga beras naik di pasar induk kota jakarta pada pekan ini menurut pedagang setempat".split(separator: " ")
        let line = (0..<50_000).map { index in words[index % words.count] + (index % 97 == 96 ? "," : "") }.joined(separator: " ")
        let pieces = OverlongSegments.pieces(of: line)
        #expect(pieces.allSatisfy { $0.count <= OverlongSegments.limit && !$0.isEmpty })
        #expect(pieces.joined(separator: " ") == line)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(",") })
    }

    @Test func aSentenceOfNormalLengthStaysWhole() {
        let sentence = "Presiden Rusia Vladimir Putin berkunjung ke Korea Utara."
        #expect(OverlongSegments.pieces(of: sentence) == [sentence])
        let noSpaces = String(repeating: "a", count: 4_500)
        #expect(OverlongSegments.pieces(of: noSpaces).map(\.count) == [2_000, 2_000, 500])
    }
}
