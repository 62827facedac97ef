import Foundation
import Testing
@testable import JuruKit

/// Term spotting on news sentences of other outlets, with a news translator's terms,
/// marked by hand before the matcher was tuned to them (Fixtures/terms/README.md).
struct RealTextTermTests {
    static func glossary() throws -> Glossary {
        let contents = try GlossaryFile.read(Fixtures.url("terms/news-terms.tsv"))
        return Glossary(contents.entries.map { entry in
            var entry = entry
            entry.origin = "news-terms.tsv"
            return entry
        })
    }

    @Test func theTermListAndSentencesAreWhatTheReadmeSays() throws {
        let glossary = try Self.glossary()
        let sentences = try TermSpottingScore.sentences("terms/sentences.jsonl")
        #expect(glossary.entries.count >= 80)
        #expect(sentences.count >= 100)
        // Every marked term is one of the list's, written as the sentence writes it.
        let sources = Set(glossary.entries.flatMap { $0.sourceTerms.map(\.text) })
        for sentence in sentences {
            for term in sentence.terms {
                #expect(sources.contains(term.source), "\(sentence.id): \(term.source)")
                #expect(sentence.text.contains(term.form), "\(sentence.id): \(term.form)")
            }
        }
    }

    @Test func precisionAndRecallOnOtherOutletsSentences() throws {
        let score = TermSpottingScore(try TermSpottingScore.sentences("terms/sentences.jsonl"), glossary: try Self.glossary())
        print("term spotting on other outlets: \(score.summary)\n" + score.mistakes.joined(separator: "\n"))
        #expect(score.precision >= 0.97 && score.recall >= 0.97, "\(score.summary)\n\(score.mistakes.joined(separator: "\n"))")
    }
}
