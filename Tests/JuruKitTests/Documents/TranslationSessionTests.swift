import Foundation
import Testing
@testable import JuruKit

/// A translator's session on a seed article: confirmations stored at once, matched
/// at once, repetitions filled, undo, numbers adapted.
struct TranslationSessionTests {
    let folder: TemporaryFolder
    let store: MemoryStore

    init() throws {
        folder = try TemporaryFolder()
        store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
    }

    func session(_ sources: [String]) throws -> TranslationSession {
        let segments = sources.enumerated().map {
            StoredSegment(documentId: 0, position: $0.offset, paragraph: 0, paragraphKind: .body, source: $0.element)
        }
        try store.addDocument(name: "berita.txt", path: "/tmp/berita.txt", segments: segments)
        let document = try #require(try store.document(named: "berita"))
        return try TranslationSession(document: document, memory: TranslationMemory(store: store), glossary: Glossary())
    }

    @Test func aConfirmationIsStoredMatchedAndFillsRepetitions() throws {
        let session = try session(["Korut menembakkan rudal balistik.", "Korsel memantau situasi.",
                                   "Korut menembakkan rudal balistik.", "Korut menembakkan dua rudal balistik."])
        try session.confirm("North Korea fired a ballistic missile.")
        // Stored before confirm returns, the repetition filled as a draft.
        let stored = try store.segments(of: session.document)
        #expect(stored[0].state == .translated && stored[0].target == "North Korea fired a ballistic missile.")
        #expect(stored[2].state == .draft && stored[2].isRepetition)
        #expect(session.position == 1)
        // The next segments match it at once.
        session.go(to: 4)
        #expect(try session.matches().first?.unit.target == "North Korea fired a ballistic missile.")
        try session.undo()
        #expect(try store.segments(of: session.document).map(\.state) == [.new, .new, .new, .new])
        #expect(session.position == 0)
        // The memory forgets what was taken back.
        #expect(try store.projectUnitID(source: "Korut menembakkan rudal balistik.",
                                        target: "North Korea fired a ballistic missile.") == nil)
        session.go(to: 4)
        #expect(try session.matches().isEmpty)
    }

    @Test func reAddingAChangedArticleKeepsUnchangedTranslations() throws {
        let session = try session(["Korut menembakkan rudal.", "Korsel memantau situasi."])
        try session.confirm("North Korea fired a missile.")
        try session.confirm("South Korea is monitoring the situation.")
        let changed = ["Korut menembakkan rudal.", "Jepang juga memantau.", "Korsel memantau situasi."].enumerated().map {
            StoredSegment(documentId: 0, position: $0.offset, paragraph: 0, paragraphKind: .body, source: $0.element)
        }
        let report = try store.addDocument(name: "berita.txt", path: "/tmp/berita.txt", segments: changed)
        #expect(report.keptTranslations == 2 && !report.isNew)
        #expect(try store.segments(of: session.document).map(\.state) == [.translated, .new, .translated])
    }

    @Test func theLastConfirmationComesRoundToWhatWasSkipped() throws {
        let session = try session(["Satu.", "Dua.", "Tiga."])
        session.moveToNextOpen()             // :skip the first
        try session.confirm("Two.")
        try session.confirm("Three.")
        #expect(session.position == 0)       // back to the skipped one
        try session.confirm("One.")
        #expect(session.position == 0)       // nothing left: stays
        #expect(session.progress.segmentsDone == 3)
    }

    @Test func anotherFileOfTheSameNameIsNotTakenForTheSameDocument() throws {
        let segment = StoredSegment(documentId: 0, position: 0, paragraph: 0, paragraphKind: .body, source: "Satu.")
        try store.addDocument(name: "berita.txt", path: "/a/berita.txt", segments: [segment])
        #expect(throws: DocumentError.nameTaken("berita.txt", "/a/berita.txt")) {
            try store.addDocument(name: "berita.txt", path: "/b/berita.txt", segments: [segment])
        }
        #expect(throws: DocumentError.noSegments("/a/berita.txt")) {
            try store.addDocument(name: "berita.txt", path: "/a/berita.txt", segments: [])
        }
    }

    @Test func joinAndSplitRenumberTheDocument() throws {
        let session = try session(["Presiden Putin tiba di Pyongyang pada", "Rabu dini hari.", "Ia disambut Kim. Lalu mereka berunding."])
        try session.joinWithNext()
        #expect(session.segments.map(\.source) == ["Presiden Putin tiba di Pyongyang pada Rabu dini hari.",
                                                   "Ia disambut Kim. Lalu mereka berunding."])
        session.go(to: 2)
        #expect(try session.split(afterWords: 3))
        #expect(session.segments.map(\.source) == ["Presiden Putin tiba di Pyongyang pada Rabu dini hari.",
                                                   "Ia disambut Kim.", "Lalu mereka berunding."])
        #expect(session.segments.map(\.position) == [0, 1, 2])
        #expect(try store.segments(of: session.document).map(\.source) == session.segments.map(\.source))
        #expect(try !session.split(afterWords: 5))
    }

    @Test func numbersAreAdaptedAndIndonesianFormsConverted() {
        #expect(NumberForms.adapt(translation: "Exports rose 2.5 percent.", matchSource: "Ekspor naik 2,5 persen.",
                                  segment: "Ekspor naik 3,1 persen.") == "Exports rose 3.1 percent.")
        #expect(NumberForms.adapt(translation: "The meeting starts at 13:45 WIB.", matchSource: "Rapat mulai pukul 13.45 WIB.",
                                  segment: "Rapat mulai pukul 09.30 WIB.") == "The meeting starts at 09:30 WIB.")
        // Numbers pair in order with whole numbers of the translation.
        #expect(NumberForms.adapt(translation: "5 dead and 5 injured", matchSource: "5 tewas dan 5 luka",
                                  segment: "5 tewas dan 7 luka") == "5 dead and 7 injured")
        #expect(NumberForms.adapt(translation: "rose from 3 to 5 percent", matchSource: "naik dari 3 menjadi 5 persen",
                                  segment: "naik dari 5 menjadi 7 persen") == "rose from 5 to 7 percent")
        #expect(NumberForms.adapt(translation: "In 2015, prices rose 5 percent", matchSource: "Pada 2015, harga naik 5 persen",
                                  segment: "Pada 2015, harga naik 7 persen") == "In 2015, prices rose 7 percent")
        #expect(NumberForms.adapt(translation: "at 10:30 WITA", matchSource: "pukul 10.30 WITA",
                                  segment: "pukul 11.15 WITA") == "at 11:15 WITA")
        #expect(NumberForms.english("1.000") == "1,000")
        #expect(NumberForms.english("2,5") == "2.5")
        #expect(NumberForms.english("1.250.000,75") == "1,250,000.75")
    }

    @Test func qaFindsWhatAReviewerWould() throws {
        let glossary = Glossary([GlossaryEntry(source: "Korut", target: "North Korea")])
        let segments = [
            StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .body,
                          source: "Korut menembakkan 3 rudal.", target: "The North fired two  missiles", state: .translated),
            StoredSegment(documentId: 1, position: 1, paragraph: 0, paragraphKind: .body, source: "Belum diterjemahkan."),
        ]
        let findings = TranslationQA.check(segments, glossary: glossary).map(\.description)
        #expect(findings.contains("segment 1: number 3 is not in the translation"))
        #expect(findings.contains { $0.hasPrefix("segment 1: \"Korut\" is not translated as") })
        #expect(findings.contains("segment 1: double space"))
        #expect(findings.contains("segment 1: the translation does not end like a sentence"))
        #expect(findings.contains("1 segment not translated: 2"))
    }
}
