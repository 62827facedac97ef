import Foundation
import Testing
@testable import JuruKit

/// QA a translator leaves switched on: nothing reported on a careful translation of
/// two seed articles, and a real mistake still reported.
struct TranslationQATests {
    static let workspace = Workspace(root: Fixtures.repositoryRoot)
    static let glossary = WorkspaceGlossary(workspace: workspace).load().glossary

    /// The seed article `name` as `juru add` segments it, each segment translated by
    /// the line of `Fixtures/qa/NAME.en.txt` at its place (written for these tests).
    static func translated(_ name: String) throws -> [StoredSegment] {
        var segments = try ArticleImport.segments(of: Fixtures.url("articles/\(name).txt"), workspace: workspace).segments
        let lines = try Fixtures.text("qa/\(name).en.txt").split(separator: "\n").map(String.init)
        try #require(lines.count == segments.count, "\(name): \(lines.count) translations for \(segments.count) segments")
        for index in segments.indices {
            segments[index].target = lines[index]
            segments[index].state = .translated
        }
        return segments
    }

    func segment(_ source: String, _ target: String) -> StoredSegment {
        StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .body, source: source, target: target, state: .translated)
    }

    @Test(arguments: ["kbs-korut-rusia", "republika-kim-pulang"])
    func aCarefulTranslationOfASeedArticleHasNoFindings(_ name: String) throws {
        let findings = TranslationQA.check(try Self.translated(name), glossary: Self.glossary)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func aRealMissingNumberIsStillAnError() throws {
        var segments = try Self.translated("republika-kim-pulang")
        // Segment 10: "Artyom terletak 254 kilometer dari stasiun Khasan ..."
        segments[9].target = "Artyom is 245 kilometers from Khasan station on the Russia-North Korea border."
        // Segment 25: "... pada Senin (18/9/2023) ..." with the day wrong.
        segments[24].target = "Yoon will leave for New York on Monday (Sept. 19, 2023) to attend the UN General Assembly."
        let findings = TranslationQA.check(segments, glossary: Self.glossary)
        #expect(findings.map(\.description) == ["segment 10: number 254 is not in the translation",
                                                "segment 25: date September 18, 2023 is not in the translation"])
        #expect(findings.allSatisfy { $0.check == .numbers && $0.severity == .error })
    }

    @Test func datesCountAsNewsWritesThemInEnglish() {
        let source = "Perwakilan Kementerian Unifikasi, dalam pertemuan dengan sejumlah wartawan pada hari Kamis (20/06) mengatakan hal itu."
        for target in ["The ministry told reporters on Thursday (June 20).", "The ministry told reporters on Thursday, 20 June.",
                       "The ministry told reporters on Thursday (Jun. 20)."] {
            #expect(TranslationQA.check([segment(source, target)], glossary: Glossary()).isEmpty, "\(target)")
        }
        let withYear = "Yoon akan berangkat ke New York pada Senin (18/9/2023)."
        for target in ["Yoon will leave for New York on Monday (Sept. 18, 2023).", "Yoon will leave for New York on Monday, Sept. 18.",
                       "Yoon will leave for New York on Monday, 18 September 2023."] {
            #expect(TranslationQA.check([segment(withYear, target)], glossary: Glossary()).isEmpty, "\(target)")
        }
        // Times, spelled-out numbers and amounts with their scale.
        #expect(TranslationQA.check([segment("Senin 18 Sep 2023 14:26 WIB", "Monday, Sept. 18, 2023, 2:26 p.m. WIB")],
                                    glossary: Glossary()).isEmpty)
        #expect(TranslationQA.check([segment("Korut menembakkan 3 rudal.", "North Korea fired three missiles.")],
                                    glossary: Glossary()).isEmpty)
        #expect(TranslationQA.check([segment("Ada 300 ribu sukarelawan.", "There are 300,000 volunteers.")], glossary: Glossary()).isEmpty)
        #expect(TranslationQA.check([segment("Anggarannya Rp1,5 triliun.", "The budget is Rp1.5 trillion.")], glossary: Glossary()).isEmpty)
    }

    @Test func monthAndTitleAbbreviationsAreTheTerm() {
        let glossary = Glossary([GlossaryEntry(source: "September", target: "September"),
                                 GlossaryEntry(source: "Sep", target: "Sept."),
                                 GlossaryEntry(source: "Jenderal", target: "General")])
        let findings = TranslationQA.check([
            segment("Jenderal Gerasimov tiba pada 13 September 2023.", "Gen. Gerasimov arrived on Sept. 13, 2023."),
            segment("Senin 18 Sep 2023", "Monday, September 18, 2023"),
        ], glossary: glossary)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func glossaryTargetsInflectedInEnglishAreTheTerm() {
        let findings = TranslationQA.check([
            segment("Namun, memiliki hak untuk mengembangkan hubungan dengan negara tetangga.",
                    "However, it has the right to develop relations with neighboring countries."),
            segment("Putin menyebut para pilot Uni Soviet melakukan puluhan ribu penerbangan tempur.",
                    "Putin said Soviet pilots flew tens of thousands of combat sorties."),
            segment("Kementerian Unifikasi Korea Selatan menilai pertemuan itu penting.",
                    "South Korea's Unification Ministry considered the meeting important."),
            segment("Pemimpin Korea Utara Kim Jong Un bertolak pulang.", "North Korean leader Kim Jong Un headed home."),
        ], glossary: Self.glossary)
        #expect(findings.isEmpty, "\(findings)")
        // Another rendering of a name is still reported.
        let other = TranslationQA.check([segment("Pemimpin Korea Utara Kim Jong Un bertolak pulang.", "The DPRK's leader Kim Jong Un headed home.")],
                                        glossary: Self.glossary)
        #expect(other.map(\.check) == [.glossary])
        #expect(other.first?.severity == .warning)
    }

    @Test func untranslatedSegmentsAreOneLine() {
        let open = (1...6).map { StoredSegment(documentId: 1, position: $0, paragraph: 0, paragraphKind: .body, source: "Kalimat \($0).") }
        var segments = open
        segments[0].target = "Sentence 1."
        segments[2].target = "Sentence 3."
        let findings = TranslationQA.check(segments, glossary: Glossary())
        #expect(findings.map(\.description) == ["4 segments not translated: 2, 4–6"])
        #expect(findings.first?.check == .untranslated && findings.first?.segment == nil)
        segments[1].target = "Sentence 2."
        segments[3].target = "Sentence 4."
        segments[4].target = "Sentence 5."
        #expect(TranslationQA.check(segments, glossary: Glossary()).map(\.description) == ["1 segment not translated: 6"])
    }

    @Test func aFindingLetStandStaysIgnoredAcrossRuns() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("memory/qa-ignore.json")
        let finding = try #require(TranslationQA.check([segment("Artyom terletak 254 kilometer.", "Artyom is far away.")],
                                                       glossary: Glossary()).first)
        var list = try QAIgnoreList.load(file)
        let isNew = list.ignore(finding, in: "republika.txt")
        #expect(isNew)
        try list.save(file)
        let loaded = try QAIgnoreList.load(file)
        #expect(loaded.isIgnored(finding, in: "republika.txt"))
        #expect(!loaded.isIgnored(finding, in: "kbs.txt"))
        var changed = finding
        changed.message = "number 255 is not in the translation"
        #expect(!loaded.isIgnored(changed, in: "republika.txt"))
    }
}

@Test func countsAreWrittenAsEnglishCountsThem() {
    #expect(Plural.count(1, "segment") == "1 segment")
    #expect(Plural.count(2, "segment") == "2 segments")
    #expect(Plural.count(0, "finding") == "0 findings")
    #expect(Plural.count(3, "entry") == "3 entries")
    #expect(Plural.count(1, "entry") == "1 entry")
}

@Test func dateRangesAndTwelveHourTimesAreTheSourcesNumbers() {
    let segments = [
        ("Kunjungan berlangsung pada 21-22 Juni 2024.", "The visit took place on June 21-22, 2024."),
        ("Kim tiba pukul 08.00 WIB.", "Kim arrived at 8 a.m. WIB (0100 GMT)."),
        ("Putin tiba pukul 02.45 waktu setempat.", "Putin arrived at 2:45 a.m. local time."),
    ].map { StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .body, source: $0.0, target: $0.1, state: .translated) }
    #expect(TranslationQA.check(segments, glossary: Glossary()).isEmpty)
}
