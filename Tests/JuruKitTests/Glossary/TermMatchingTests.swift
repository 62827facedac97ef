import Foundation
import Testing
@testable import JuruKit

/// Glossary terms must be found in a segment the way a translator would spot them:
/// inflected, reduplicated, hyphenated, open or closed, and never by accident.
struct TermMatchingTests {
    static func glossary(_ pairs: [(String, String)], verbs: Set<String> = []) -> Glossary {
        Glossary(pairs.map {
            GlossaryEntry(sourceTerms: [GlossaryTerm($0.0, partOfSpeech: verbs.contains($0.0) ? "verb" : nil)],
                          targetTerms: [GlossaryTerm($0.1)], origin: "test")
        })
    }

    /// The forms found in `text`, in text order, with their entries' sources.
    static func found(_ glossary: Glossary, _ text: String) -> [String] {
        glossary.terms(in: text).sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { "\($0.text)=\($0.entries.map(\.source).joined(separator: "/"))" }
    }

    let news = Self.glossary([
        ("tanda tangan", "sign"), ("pukul", "hit"), ("kirim", "send"), ("berlaku", "take effect"),
        ("negara", "country"), ("sekutu", "ally"), ("sanksi", "sanctions"), ("KTT", "summit"),
        ("Korut", "North Korea"), ("Rusia", "Russia"), ("kerja sama", "cooperation"), ("AS", "US"),
        ("PBB", "UN"), ("Dewan Keamanan PBB", "UN Security Council"), ("perang", "war"),
        ("menandatangani", "sign"), ("memberlakukan", "impose"), ("tembak", "shoot"), ("serang", "attack"), ("perjanjian", "treaty"),
    ], verbs: ["pukul", "kirim", "tembak", "serang"])

    @Test(arguments: [
        // The verb, not the noun "tanda tangan" (a signature).
        ("Putin dan Kim menandatangani perjanjian.", ["menandatangani=menandatangani", "perjanjian=perjanjian"]),
        ("Perjanjian itu ditandatanganinya di Pyongyang.", ["Perjanjian=perjanjian", "ditandatanganinya=menandatangani"]),
        ("Polisi memukul demonstran.", ["memukul=pukul"]),
        ("Rusia mengirim pasukan.", ["Rusia=Rusia", "mengirim=kirim"]),
        // memberlakukan (impose), not berlaku (take effect): -kan makes another verb of it.
        ("Aturan itu diberlakukannya kemarin.", ["diberlakukannya=memberlakukan"]),
        ("Tentara menembak dan menyerang kota.", ["menembak=tembak", "menyerang=serang"]),
    ])
    func affixesAndSoundChangesAreUndone(text: String, expected: [String]) {
        #expect(Self.found(news, text) == expected)
    }

    @Test func reduplicationHyphensAndCliticsMakeOneWord() {
        #expect(Self.found(news, "Negara-negara Barat dan sekutu-sekutunya menjatuhkan sanksi-sanksi baru.")
                == ["Negara-negara=negara", "sekutu-sekutunya=sekutu", "sanksi-sanksi=sanksi"])
        #expect(Self.found(news, "Hubungan Korut-Rusia menguat sebelum KTT-nya.")
                == ["Korut=Korut", "Rusia=Rusia", "KTT-nya=KTT"])
        #expect(Self.found(news, "Kelompok pro-Rusia berunjuk rasa.") == ["Rusia=Rusia"])
    }

    @Test func openAndClosedCompoundsAreTheSameTerm() {
        #expect(Self.found(news, "Kedua negara sepakat memperluas kerja sama.") == ["negara=negara", "kerja sama=kerja sama"])
        #expect(Self.found(news, "Kerjasama militer itu diperluas.") == ["Kerjasama=kerja sama"])
        // "bekerja sama" is the verb (cooperate), not the noun.
        #expect(Self.found(news, "Mereka bekerja sama dalam kerjasamanya.") == ["kerjasamanya=kerja sama"])
        let closed = Self.glossary([("tandatangan", "signature")])
        #expect(Self.found(closed, "Tanda tangan itu palsu.") == ["Tanda tangan=tandatangan"])
    }

    @Test func caseIsIgnoredButShortAcronymsMatchOnlyInCapitals() {
        #expect(Self.found(news, "KORUT dan korut sama saja.") == ["KORUT=Korut", "korut=Korut"])
        #expect(Self.found(news, "Presiden AS tiba.") == ["AS=AS"])
        #expect(Self.found(news, "Roda itu lepas dari as-nya, sesuai asas hukum.").isEmpty)
        #expect(Self.found(news, "Sekjen PBB dan pbb.") == ["PBB=PBB"])
        let lowercase = Self.glossary([("ktt", "summit")])
        #expect(Self.found(lowercase, "KTT dan Ktt dan ktt") == ["KTT=ktt", "Ktt=ktt", "ktt=ktt"])
    }

    @Test func noFalseFriends() {
        #expect(Self.found(news, "Perangkat lunak itu dikerjakan tim.").isEmpty)
        #expect(Self.found(news, "Kerjakan sama seperti kemarin.").isEmpty)
        // meN- before a vowel is meng-: "memakan" is me-makan, so "akan" is not it.
        #expect(Self.found(Self.glossary([("memakan", "eat"), ("menanti", "wait")]), "Dia akan anti-korupsi.").isEmpty)
        // pe-…-an on perang is another noun (warfare), as penghargaan is not harga.
        #expect(Self.found(news, "Perang dan peperangan.") == ["Perang=perang"])
    }

    @Test func theLongestTermWinsAndComesFirst() throws {
        let text = "Dewan Keamanan PBB bersidang, kata juru bicara PBB."
        let terms = news.terms(in: text)
        #expect(terms.map(\.text) == ["Dewan Keamanan PBB", "PBB"])
        #expect(terms[0].offsets(in: text) == 0..<18)
        #expect(terms[1].offsets(in: text) == 47..<50)
    }

    @Test func linesSharingASourceAreOneEntryWithSeveralTranslations() {
        let glossary = Glossary([GlossaryEntry(source: "AS", target: "US", origin: "a"),
                                 GlossaryEntry(source: "AS", target: "United States", origin: "a")])
        #expect(glossary.entries.count == 1)
        #expect(glossary.terms(in: "Presiden AS")[0].entries[0].targetTerms.map(\.text) == ["US", "United States"])
    }

    @Test func theShippedGlossaryFindsTheSeedArticlesTerms() throws {
        let loaded = WorkspaceGlossary(workspace: Workspace(root: Fixtures.repositoryRoot)).load()
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.glossary.entries.count >= 300)
        let text = "Korut dan Rusia menandatangani kemitraan strategis dalam KTT di Pyongyang, Rabu (19/6)."
        let found = Set(loaded.glossary.terms(in: text).map { $0.entries[0].source })
        #expect(found.isSuperset(of: ["Korut", "Rusia", "menandatangani", "kemitraan strategis", "KTT", "Pyongyang", "Rabu"]))
    }

    struct GoldSentence: Decodable {
        var id: String
        var text: String
        var terms: [GoldTerm]
    }

    struct GoldTerm: Decodable, Hashable {
        var source: String
        var form: String
    }

    /// The gold set: seed sentences (and seed sentences adapted to show inflections)
    /// with the terms of the shipped glossary a translator expects in them.
    @Test func precisionAndRecallOnTheGoldSet() throws {
        let gold = try String(contentsOf: Fixtures.url("glossary/term-spotting-gold.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(GoldSentence.self, from: Data($0.utf8)) }
        let glossary = WorkspaceGlossary(workspace: Workspace(root: Fixtures.repositoryRoot)).load().glossary
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var mistakes: [String] = []
        for sentence in gold {
            var expected = sentence.terms.map { "\($0.source)|\($0.form)" }
            for match in glossary.terms(in: sentence.text) {
                let sources = Set(match.entries.flatMap { $0.sourceTerms.map(\.text) })
                if let hit = expected.firstIndex(where: { item in
                    let parts = item.split(separator: "|", maxSplits: 1).map(String.init)
                    return parts[1] == match.text && sources.contains(parts[0])
                }) {
                    expected.remove(at: hit)
                    truePositives += 1
                } else {
                    falsePositives += 1
                    mistakes.append("\(sentence.id): extra \(match.text) (\(sources.sorted().joined(separator: "/")))")
                }
            }
            falseNegatives += expected.count
            mistakes += expected.map { "\(sentence.id): missed \($0)" }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print("term spotting gold: \(gold.count) sentences, \(truePositives + falseNegatives) terms, precision \(precision), recall \(recall)")
        #expect(precision >= 0.98 && recall >= 0.98, "\(mistakes.joined(separator: "\n"))")
    }
}
