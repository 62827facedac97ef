import Foundation
import GRDB
import Testing
@testable import JuruKit

/// The memory serves what the translator confirmed last: a correction replaces the
/// unit, history keeps the old text, and nothing else stands in for it.
/// Sentences from the KBS seed article (Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt).
struct CurrentTranslationTests {
    static let sentence = "Dijelaskan, bahwa pihaknya memandang Korea Utara telah mendapatkan dukungan dari Rusia dalam menanggapi kerja sama antara Korea Selatan, Amerika Serikat, dan Jepang."
    static let typo = "It explained that it sees North Korea as having gained Russia's supprot in responding to cooperation among South Korea, the U.S. and Japan."
    static let corrected = "It explained that it sees North Korea as having gained Russia's support in responding to cooperation among South Korea, the U.S. and Japan."

    let folder: TemporaryFolder
    let store: MemoryStore
    let memory: TranslationMemory

    init() throws {
        folder = try TemporaryFolder()
        store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
        memory = try TranslationMemory(store: store)
    }

    func addDocument(_ name: String, _ sources: [String]) throws -> StoredDocument {
        try store.addDocument(name: name, path: "/articles/\(name)", segments: sources.enumerated().map {
            StoredSegment(documentId: 0, position: $0.offset, paragraph: $0.offset, paragraphKind: .body, source: $0.element)
        })
        return try #require(try store.document(named: name))
    }

    func projectUnits() throws -> [StoredUnit] {
        var units: [StoredUnit] = []
        try store.forEachUnit(inMemories: [StoredMemory.projectName]) { units.append($0) }
        return units
    }

    @Test func aCorrectionReplacesTheUnitAndTheTypoGoesToHistory() throws {
        let document = try addDocument("kbs.txt", ["Antar-Korea", Self.sentence])
        let session = try TranslationSession(document: document, memory: memory, glossary: Glossary())
        session.go(to: 2)
        try session.confirm(Self.typo)
        session.go(to: 2)
        try session.confirm(Self.corrected)
        let units = try projectUnits()
        #expect(units.map(\.target) == [Self.corrected])
        #expect(units.first?.context == "kbs.txt")
        let history = try store.history(source: Self.sentence)
        #expect(history.map(\.target) == [Self.typo])
        #expect(history.first?.reason == .corrected)
        // A second article with the same sentence is offered the correction only.
        let matches = try memory.matches(for: Self.sentence, document: "other.txt")
        #expect(matches.map(\.unit.target) == [Self.corrected])
        // Undo brings the typo back as current, and takes it out of the history.
        try session.undo()
        #expect(try projectUnits().map(\.target) == [Self.typo])
        #expect(try store.history(source: Self.sentence).isEmpty)
    }

    @Test func twoDocumentsKeepTheirOwnTranslationAndTheirOwnComesFirst() throws {
        let first = try addDocument("kbs.txt", [Self.sentence])
        let second = try addDocument("follow-up.txt", [Self.sentence])
        let alternative = "It said it believes North Korea has won Russia's backing against cooperation between South Korea, the United States and Japan."
        try TranslationSession(document: first, memory: memory, glossary: Glossary()).confirm(Self.corrected)
        try TranslationSession(document: second, memory: memory, glossary: Glossary()).confirm(alternative)
        #expect(try projectUnits().count == 2)
        #expect(try memory.matches(for: Self.sentence, document: "kbs.txt").first?.unit.target == Self.corrected)
        #expect(try memory.matches(for: Self.sentence, document: "follow-up.txt").first?.unit.target == alternative)
        // A third document: equal scores, newest first.
        #expect(try memory.matches(for: Self.sentence, document: "third.txt").first?.unit.target == alternative)
    }

    @Test func equalScoresComeNewestFirst() throws {
        let project = try store.projectMemory().id!
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        try store.add(StoredUnit(memoryId: project, source: "Antar-Korea", target: "Inter-Korea", origin: "tmx:a.tmx", createdAt: old))
        try store.add(StoredUnit(memoryId: project, source: "Antar-Korea", target: "Inter-Korean", origin: "tmx:b.tmx",
                                 createdAt: old.addingTimeInterval(60)))
        try memory.reload()
        #expect(try memory.matches(for: "Antar-Korea").map(\.unit.target) == ["Inter-Korean", "Inter-Korea"])
    }

    @Test func editAndDeleteKeepHistoryAndReferenceMemoriesStayReadOnly() throws {
        let project = try store.projectMemory().id!
        let id = try store.add(StoredUnit(memoryId: project, source: Self.sentence, target: Self.typo, origin: "translator"))
        try store.editUnit(id: id, target: Self.corrected)
        #expect(try store.unit(id: id)?.target == Self.corrected)
        #expect(try store.search("support").count == 1 && store.search("supprot").isEmpty)
        try store.deleteUnit(id: id)
        #expect(try store.unit(id: id) == nil)
        #expect(try store.history(source: Self.sentence).map(\.reason) == [.deleted, .edited])
        #expect(throws: MemoryStoreError.noSuchUnit(id)) { try store.deleteUnit(id: id) }
    }

    @Test func pairsThatJoinToTheSameBytesAreTwoUnits() throws {
        let project = try store.projectMemory().id!
        let first = try store.add(StoredUnit(memoryId: project, source: "Harga\tnaik", target: "Price", origin: "translator"))
        let second = try store.add(StoredUnit(memoryId: project, source: "Harga", target: "naik\tPrice", origin: "translator"))
        #expect(first != second)
        #expect(try projectUnits().count == 2)
    }

    @Test func aHashCollisionNeverMakesOneUnitStandForAnother() throws {
        let project = try store.projectMemory().id!
        let id = try store.add(StoredUnit(memoryId: project, source: "Antar-Korea", target: "Inter-Korean", origin: "translator"))
        // Forge a collision: another unit takes the key the next pair will want.
        let next = StoredUnit(memoryId: project, source: "Korut", target: "North Korea", origin: "translator")
        try store.database.write { db in
            try db.execute(sql: "UPDATE unit SET pairKey = ? WHERE id = ?", arguments: [next.pairKey, id])
        }
        let stored = try store.add(next)
        #expect(stored != id)
        #expect(try store.unit(id: stored)?.target == "North Korea")
        #expect(try store.unit(id: id)?.target == "Inter-Korean")
    }

    @Test func aConfirmationIsStoredWhileAnImportReadsItsFile() throws {
        let document = try addDocument("kbs.txt", ["Antar-Korea"])
        // 5,000 units: the reader reports progress every 4,096.
        let tmx = folder.url.appendingPathComponent("large.tmx")
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"id\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n"
        for number in 1...5_000 {
            text += "<tu><tuv xml:lang=\"id\"><seg>Harga beras naik \(number) persen.</seg></tuv><tuv xml:lang=\"en\"><seg>Rice prices rose \(number) percent.</seg></tuv></tu>\n"
        }
        try (text + "</body></tmx>\n").write(to: tmx, atomically: true, encoding: .utf8)
        let other = try MemoryStore(url: store.url)
        var confirmedDuringImport = false
        try store.importTMX(tmx) { _ in
            // Reading the file holds no lock: another process's confirmation goes through.
            guard !confirmedDuringImport else { return }
            let segment = try! other.segments(of: document)[0]
            _ = try! other.confirm(segment, target: "Inter-Korean", in: document)
            confirmedDuringImport = true
        }
        #expect(confirmedDuringImport)
        #expect(try store.segments(of: document)[0].state == .translated)
        #expect(try projectUnits().count == 5_001)
    }

    @Test func importCountsAreHonest() throws {
        let first = try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        #expect(first.units == 4 && first.added == 4 && first.alreadyThere == 0)
        let again = try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        #expect(again.units == 4 && again.added == 0 && again.alreadyThere == 4)
        #expect(try projectUnits().count == 4)
        // No scratch file is left beside the store.
        let left = try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasPrefix(".import-") })
    }

    @Test func controlCharactersAndBlankTextAreRefused() throws {
        #expect(throws: TranslationTextError.controlCharacter("translation", "U+0007", 6)) {
            try TranslationText.check("North\u{7} Korea")
        }
        #expect(throws: TranslationTextError.blank("source")) { try TranslationText.check("   ", role: "source") }
        try TranslationText.check("Korea\tUtara\nSelatan")
    }
}
