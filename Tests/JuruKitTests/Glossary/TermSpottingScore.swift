import Foundation
@testable import JuruKit

/// Precision and recall of term spotting against sentences whose terms were marked by hand.
struct TermSpottingScore {
    struct Sentence: Decodable {
        var id: String
        var text: String
        var terms: [Term]
    }

    struct Term: Decodable, Hashable {
        /// The glossary's source term.
        var source: String
        /// The words as the sentence writes them.
        var form: String
    }

    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    /// One line per extra or missed term, for the failure message.
    var mistakes: [String] = []

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var summary: String {
        String(format: "%d terms, precision %.3f, recall %.3f (%d extra, %d missed)",
               truePositives + falseNegatives, precision, recall, falsePositives, falseNegatives)
    }

    static func sentences(_ fixture: String) throws -> [Sentence] {
        try String(contentsOf: Fixtures.url(fixture), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(Sentence.self, from: Data($0.utf8)) }
    }

    /// A match counts when its words and one of its entries' source terms were marked;
    /// each marked term is used once.
    init(_ sentences: [Sentence], glossary: Glossary) {
        for sentence in sentences {
            var expected = sentence.terms
            for match in glossary.terms(in: sentence.text) {
                let sources = Set(match.entries.flatMap { $0.sourceTerms.map(\.text) })
                if let hit = expected.firstIndex(where: { $0.form == match.text && sources.contains($0.source) }) {
                    expected.remove(at: hit)
                    truePositives += 1
                } else {
                    falsePositives += 1
                    mistakes.append("\(sentence.id): extra \(match.text) (\(sources.sorted().joined(separator: "/")))")
                }
            }
            falseNegatives += expected.count
            mistakes += expected.map { "\(sentence.id): missed \($0.form) (\($0.source))" }
        }
    }
}
