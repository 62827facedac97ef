import Foundation
import Testing
@testable import JuruKit

/// The shipped rules on the Universal Dependencies gold sets in ../shared, scored as
/// ../shared/bench/seg/score.py scores them: a boundary is the offset of the first
/// non-space character of every sentence after the first; optional boundaries count
/// neither way.
@Suite("Segmentation on the shared gold sets", .enabled(if: SharedData.isAvailable, SharedData.skipMessage))
struct GoldSetTests {
    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var f1: Double {
            let tp = Double(truePositives)
            return tp == 0 ? 0 : 2 * tp / (2 * tp + Double(falsePositives + falseNegatives))
        }
    }

    /// The offsets (in code points) where each sentence after the first starts.
    static func boundaries(of sentences: [String], in text: String) -> Set<Int> {
        // Offsets of the non-space characters: the k-th of them starts a sentence when
        // the sentences before it hold k of them.
        let visible = text.unicodeScalars.enumerated().filter { !$0.element.properties.isWhitespace }.map(\.offset)
        var result: Set<Int> = []
        var count = 0
        for sentence in sentences.dropLast() {
            count += sentence.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            if count < visible.count { result.insert(visible[count]) }
        }
        return result
    }

    func score(_ set: String) throws -> Score {
        let segmenter = try Fixtures.indonesianSegmenter()
        var score = Score()
        for document in try SharedData.segmentationGold(set) {
            let gold = Self.boundaries(of: document.sentences, in: document.text)
            let optional = Set(document.optional_boundaries ?? [])
            let predicted = Self.boundaries(of: segmenter.segments(in: document.text), in: document.text)
                .subtracting(optional)
            score.truePositives += gold.intersection(predicted).count
            score.falsePositives += predicted.subtracting(gold).count
            score.falseNegatives += gold.subtracting(predicted).subtracting(optional).count
        }
        return score
    }

    @Test("Boundary F1 reaches 0.997 on the clean Indonesian news and translation sets",
          arguments: ["ud-csui-test", "ud-csui-train", "ud-pud-test"])
    func reachesTheBar(set: String) throws {
        let score = try score(set)
        #expect(score.f1 >= 0.997, "F1 \(score.f1): \(score.falsePositives) false splits, \(score.falseNegatives) missed")
    }

    @Test("Noisy GSD sets stay above the best peer (0.932 / 0.944)",
          arguments: [("ud-gsd-dev", 0.932), ("ud-gsd-test", 0.944)])
    func beatsBestPeerOnGSD(set: String, peer: Double) throws {
        #expect(try score(set).f1 > peer)
    }

    /// Every gold sentence of CSUI and PUD that holds one of the rule classes' forms is
    /// one segment when segmented alone.
    @Test("Gold sentences with abbreviations, initials and company forms stay whole",
          arguments: [
            #"\b(?:Pte|Ltd|Tbk|Co)\. "#,
            #"\b(?:Tn|Ny|Nn|Mr|Ms|Dr|Prof|St)\. \p{Lu}"#,
            #"(?:^|\s)\p{Lu}\. \p{Lu}\p{Ll}"#,
            #"\b\d{1,3}\.\d{3}\b"#,
            #"\b\d+,\d+\b"#,
          ])
    func goldSentencesStayWhole(pattern: String) throws {
        let segmenter = try Fixtures.indonesianSegmenter()
        var checked = 0
        for set in ["ud-csui-test", "ud-csui-train", "ud-pud-test"] {
            for document in try SharedData.segmentationGold(set) {
                for sentence in document.sentences where sentence.range(of: pattern, options: .regularExpression) != nil {
                    // Quotations with several sentences are optional boundaries in the gold.
                    guard !sentence.contains("\""), !sentence.contains("“") else { continue }
                    checked += 1
                    #expect(segmenter.segments(in: sentence).count == 1, "\(set): \(sentence)")
                }
            }
        }
        #expect(checked > 0)
    }
}
