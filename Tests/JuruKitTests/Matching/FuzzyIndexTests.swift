import Foundation
import Testing
@testable import JuruKit

/// The index must return what comparing the query with every entry returns.
struct FuzzyIndexTests {
    static func bruteForce(_ index: FuzzyIndex, _ query: String, metric: MatchMetric, threshold: Double) -> Double? {
        (0..<index.count).map { index.similarity(query, entry: $0, metric: metric) }.filter { $0 >= threshold - 1e-9 }.max()
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func wordLookupIsExactOnRealMemory() throws {
        let rows = try SharedData.realMemory(limit: 3_000)
        let index = FuzzyIndex()
        for row in rows { index.add(row.source) }
        let queries = try SharedData.memoryQueries().prefix(150)
        for query in queries {
            let all = (0..<index.count).map { index.similarity(query.source, entry: $0, metric: .word) }
            for threshold in [0.5, 0.75] {
                let best = index.lookup(query.source, metric: .word, threshold: threshold, limit: 5).first?.score
                let expected = all.filter { $0 >= threshold - 1e-9 }.max()
                #expect(best.map { ($0 * 1e6).rounded() } == expected.map { ($0 * 1e6).rounded() },
                        "\(query.id) (\(query.kind)) at \(threshold)")
            }
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func characterLookupFindsTheBestMatchOnRealMemory() throws {
        let rows = try SharedData.realMemory(limit: 3_000)
        let index = FuzzyIndex()
        for row in rows { index.add(row.source) }
        let queries = try SharedData.memoryQueries().prefix(400)
        for threshold in [0.75, 0.5] {
            var found = 0, total = 0
            for query in queries {
                guard let expected = Self.bruteForce(index, query.source, metric: .char, threshold: threshold) else { continue }
                total += 1
                let best = index.lookup(query.source, metric: .char, threshold: threshold, limit: 5).first?.score ?? 0
                if abs(best - expected) < 1e-9 { found += 1 }
            }
            #expect(total > 60)
            #expect(Double(found) / Double(total) >= 0.99, "\(found) of \(total) at \(threshold)")
        }
    }

    @Test func scoresAreOmegaTsWordScoreAndCharacterScore() {
        let index = FuzzyIndex()
        index.add("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu dini hari.")
        let query = "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Kamis dini hari."
        let word = index.lookup(query, metric: .word, threshold: 0.5)
        // 11 words, one replaced.
        #expect(word.first?.score == 1 - 1.0 / 11)
        let char = index.lookup(query, metric: .char, threshold: 0.5)
        let scalars = { (text: String) in text.unicodeScalars.map { Int32($0.value) } }
        let d = Double(BitParallelLevenshteinTests.textbook(scalars(query), scalars(index.text(of: 0))))
        #expect(d == 4)  // Rabu → Kamis
        #expect(abs((char.first?.score ?? 0) - (1 - d / Double(query.count))) < 1e-9)
        // Case and punctuation do not count for words, but do for characters.
        let shouted = "PRESIDEN RUSIA VLADIMIR PUTIN TIBA DI PYONGYANG PADA RABU DINI HARI"
        #expect(index.lookup(shouted, metric: .word, threshold: 0.5).first?.score == 1)
        #expect(index.lookup(shouted, metric: .char, threshold: 0.5).isEmpty)
    }

    @Test func anEntryAddedAfterSealingMatchesAtOnce() throws {
        let index = FuzzyIndex()
        let segmenter = try Fixtures.indonesianSegmenter()
        for sentence in segmenter.segments(in: try Fixtures.article("kbs-korut-rusia")) { index.add(sentence) }
        _ = index.lookup("apa saja", metric: .word, threshold: 0.5)  // seals
        let confirmed = "Kim Jong Un menyambut Putin di bandara Pyongyang."
        let entry = index.add(confirmed)
        for metric in MatchMetric.allCases {
            let hits = index.lookup("Kim Jong Un menyambut Putin di bandara Sunan.", metric: metric, threshold: 0.75)
            #expect(hits.first?.entry == entry, "\(metric)")
        }
    }

    @Test func whitespaceIsCollapsedAndTextIsNFC() {
        let index = FuzzyIndex()
        index.add("Cafe\u{301}  itu\ttutup. ")
        #expect(index.text(of: 0) == "Café itu tutup.")
        #expect(index.lookup("Café itu tutup.", metric: .char, threshold: 1).first?.score == 1)
    }

    @Test(arguments: [("75", 0.75), ("0.75", 0.75), ("75%", 0.75), ("100", 1.0), ("1", 1.0), ("0.5", 0.5)])
    func thresholdsAcceptPercentagesAndFractions(text: String, fraction: Double) {
        #expect(MatchThreshold(text)?.fraction == fraction)
    }

    @Test func nonsenseThresholdsAreRefused() {
        #expect(MatchThreshold("abc") == nil)
        #expect(MatchThreshold("150") == nil)
        #expect(MatchThreshold("-5") == nil)
    }

    @Test func wordDiffMarksANumbersOnlyDifference() {
        let diff = WordDiff(from: "Inflasi naik 2,5 persen pada Juni.", to: "Inflasi naik 3,1 persen pada Juni.")
        #expect(diff.differsOnlyInNumbers)
        #expect(diff.edits.contains(.replaced("2", with: "3")))
        let other = WordDiff(from: "Inflasi naik 2,5 persen pada Juni.", to: "Inflasi turun 2,5 persen pada Juni.")
        #expect(!other.differsOnlyInNumbers)
        #expect(other.edits.contains(.replaced("naik", with: "turun")))
    }
}
