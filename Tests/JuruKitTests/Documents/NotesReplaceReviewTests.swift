import Foundation
import GRDB
import Testing
@testable import JuruKit

/// A translator's notes, find and replace across the translations, and review, as
/// the session stores them.
struct NotesReplaceReviewTests {
    let folder: TemporaryFolder
    let store: MemoryStore

    init() throws {
        folder = try TemporaryFolder()
        store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
    }

    func session(_ sources: [String], reviewing: Bool = false) throws -> TranslationSession {
        let segments = sources.enumerated().map {
            StoredSegment(documentId: 0, position: $0.offset, paragraph: 0, paragraphKind: .body, source: $0.element)
        }
        if try store.document(named: "berita") == nil {
            try store.addDocument(name: "berita.txt", path: "/tmp/berita.txt", segments: segments)
        }
        let document = try #require(try store.document(named: "berita"))
        return try TranslationSession(document: document, memory: TranslationMemory(store: store), glossary: Glossary(),
                                      reviewing: reviewing)
    }

    func projectUnit(_ source: String) throws -> StoredUnit? {
        try store.database.read { db in try StoredUnit.filter(Column("context") == "berita.txt" && Column("source") == source).fetchOne(db) }
    }

    @Test func aNoteIsKeptOnTheSegmentAndGoesWithItsTranslationIntoTheMemoryAndTheTMX() throws {
        let session = try session(["Kim Jong Un bertemu Putin.", "Korsel memantau situasi."])
        // A note before the translation: the unit confirmed later carries it.
        try session.setNote("Check the spelling of Kim Jong Un with the desk")
        try session.confirm("Kim Jong Un met Putin.")
        #expect(try projectUnit("Kim Jong Un bertemu Putin.")?.note == "Check the spelling of Kim Jong Un with the desk")
        // A note after the translation reaches the unit too; a blank note clears it.
        try session.setNote("Client says: leave “Korsel” as South Korea")
        try session.confirm("South Korea is monitoring the situation.")
        #expect(try projectUnit("Korsel memantau situasi.")?.note == "Client says: leave “Korsel” as South Korea")
        session.go(to: 2)
        try session.setNote("  ")
        #expect(try store.segments(of: session.document)[1].note == nil)
        #expect(try projectUnit("Korsel memantau situasi.")?.note == nil)

        let segments = try store.segments(of: session.document)
        let tmx = folder.url.appendingPathComponent("berita.tmx")
        try DocumentExport.tmx(segments, document: session.document, to: tmx.path)
        let written = try String(contentsOf: tmx, encoding: .utf8)
        #expect(written.contains("<note>Check the spelling of Kim Jong Un with the desk</note>"))
        let tsv = DocumentExport.tsv(segments).split(separator: "\n").map(String.init)
        #expect(tsv[0] == "segment\tstate\tsource\ttarget\tnote")
        #expect(tsv[1] == "1\ttranslated\tKim Jong Un bertemu Putin.\tKim Jong Un met Putin.\tCheck the spelling of Kim Jong Un with the desk")
    }

    @Test func aNoteSurvivesReAddingTheArticle() throws {
        let session = try session(["Satu.", "Dua."])
        session.go(to: 2)
        try session.setNote("Ask about the number")
        let again = ["Satu.", "Dua."].enumerated().map {
            StoredSegment(documentId: 0, position: $0.offset, paragraph: 0, paragraphKind: .body, source: $0.element)
        }
        let report = try store.addDocument(name: "berita.txt", path: "/tmp/berita.txt", segments: again)
        #expect(report.keptTranslations == 0)
        #expect(try store.segments(of: session.document).map(\.note) == [nil, "Ask about the number"])
    }

    @Test func theMigrationAddsTheNoteColumnToAStoreOfTheVersionBefore() throws {
        let url = folder.url.appendingPathComponent("old/juru.sqlite")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: url.path)
        try MemorySchema.migrator.migrate(old, upTo: "v5: segments filled by pre-translation")
        try old.close()
        let migrated = try MemoryStore(url: url)
        #expect(try migrated.database.read { db in try db.columns(in: "segment").map(\.name) }.contains("note"))
        #expect(try migrated.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == MemorySchema.version)
    }

    @Test func aReplacementChangesEveryTranslationInOneGoAndOneUndoTakesItAllBack() throws {
        let session = try session(["Kim Jong Un bertemu Putin.", "Kim Jong Un pulang.", "Korsel memantau.", "Belum."])
        try session.confirm("Kim Jong un met Putin.")
        try session.confirm("Kim Jong un went home; KIM JONG UN too.")
        try session.keepDraft("South Korea watches Kim Jong un")
        // Exact text: the capitals are not a match.
        let preview = session.replacing("Kim Jong un", with: "Kim Jong Un")
        #expect(preview.map(\.target) == ["Kim Jong Un met Putin.", "Kim Jong Un went home; KIM JONG UN too.",
                                          "South Korea watches Kim Jong Un"])
        #expect(try store.segments(of: session.document).map(\.target)[0] == "Kim Jong un met Putin.")  // a preview stores nothing
        #expect(try session.replace("Kim Jong un", with: "Kim Jong Un") == 3)
        let after = try store.segments(of: session.document)
        #expect(after.map(\.target) == ["Kim Jong Un met Putin.", "Kim Jong Un went home; KIM JONG UN too.",
                                        "South Korea watches Kim Jong Un", nil])
        #expect(after.map(\.state) == [.translated, .translated, .draft, .new])
        // The memory's current translation follows; a draft is not in the memory.
        #expect(try projectUnit("Kim Jong Un bertemu Putin.")?.target == "Kim Jong Un met Putin.")
        #expect(try projectUnit("Korsel memantau.") == nil)
        let position = session.position
        #expect(try session.undo())
        #expect(session.position == position)  // undoing a replacement stays where the translator is
        #expect(try store.segments(of: session.document).map(\.target) == ["Kim Jong un met Putin.", "Kim Jong un went home; KIM JONG UN too.",
                                                                          "South Korea watches Kim Jong un", nil])
        #expect(try projectUnit("Kim Jong Un bertemu Putin.")?.target == "Kim Jong un met Putin.")
        #expect(session.replacing("Pyongyang", with: "P'yŏngyang").isEmpty)
    }

    @Test func aReplacementThatWouldEmptyATranslationChangesNothing() throws {
        let session = try session(["Ya.", "Tidak."])
        try session.confirm("Yes.")
        try session.confirm("No, yes.")
        #expect(throws: TranslationSession.ReplaceError.emptied(1)) { try session.replace("Yes.", with: "") }
        #expect(try store.segments(of: session.document).map(\.target) == ["Yes.", "No, yes."])
    }

    @Test func aReviewWalksOnlyTheTranslatedSegmentsAndMarksThemReviewed() throws {
        let translating = try session(["Satu.", "Dua.", "Tiga.", "Empat."])
        try translating.confirm("One.")
        translating.moveToNextOpen()  // skip Dua
        try translating.confirm("Three.")
        let review = try session([], reviewing: true)
        #expect(review.position == 0 && review.hasWorkLeft)
        #expect(try review.markReviewed())
        review.moveToNextOpen()
        #expect(review.position == 2)  // Dua is not translated: not in the review
        try review.confirm("Three, corrected.")
        #expect(try store.segments(of: review.document).map(\.state) == [.reviewed, .new, .reviewed, .new])
        #expect(!review.hasWorkLeft)
        #expect(review.reviewed.segments == 2)
        #expect(try projectUnit("Tiga.")?.target == "Three, corrected.")
    }
}
