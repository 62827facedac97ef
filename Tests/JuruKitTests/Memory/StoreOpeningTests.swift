import Foundation
import GRDB
import Testing
@testable import JuruKit

/// What is at the store's path is looked at before anything is written to it.
struct StoreOpeningTests {
    let folder: TemporaryFolder
    let url: URL

    init() throws {
        folder = try TemporaryFolder()
        url = folder.url.appendingPathComponent("memory/juru.sqlite")
    }

    func bytes() throws -> Data { try Data(contentsOf: url) }

    @Test func aStoreFromANewerJuruIsRefusedAndLeftAlone() throws {
        _ = try MemoryStore(url: url)
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        let before = try bytes()
        #expect(throws: MemoryStoreError.newerSchema(url.path, 99)) { try MemoryStore(url: url) }
        #expect(try bytes() == before)
        // An unknown migration says the same.
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: "PRAGMA user_version = 5")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: from the future')")
        }
        #expect(throws: MemoryStoreError.self) { try MemoryStore(url: url) }
    }

    @Test func anEmptyFileIsNotTakenForANewStore() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data())
        #expect(throws: MemoryStoreError.emptyFile(url.path)) { try MemoryStore(url: url) }
        #expect(try bytes().isEmpty)
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(throws: MemoryStoreError.notAFile(url.path)) { try MemoryStore(url: url) }
    }

    @Test func aStoreIsBackedUpBeforeItsSchemaChanges() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: url.path)
        try MemorySchema.migrator.migrate(old, upTo: "v3: documents and their segments")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO unit (memoryId, sourceLanguage, targetLanguage, source, target, origin, createdAt, changedAt, pairKey)
                VALUES (1, 'id', 'en', 'Harga\tnaik', 'Price', 'translator', '2024-06-20', '2024-06-20', 1),
                       (1, 'id', 'en', 'Korut', 'North Korea', 'translator', '2024-06-20', '2024-06-20', 2)
                """)
        }
        try old.close()
        let store = try MemoryStore(url: url)
        let backup = url.deletingLastPathComponent().appendingPathComponent("juru.sqlite.schema3.bak")
        #expect(FileManager.default.fileExists(atPath: backup.path))
        #expect(try DatabaseQueue(path: backup.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") } == 2)
        // The migrated units have their new keys: a colliding pair is now a new unit.
        let project = try store.projectMemory().id!
        let id = try store.add(StoredUnit(memoryId: project, source: "Harga", target: "naik\tPrice", origin: "translator"))
        #expect(try store.unit(id: id)?.source == "Harga")
        #expect(try store.statistics().totalUnits == 3)
    }

    @Test func aDamagedStoreIsFoundByTheDoctor() throws {
        let store = try MemoryStore(url: url)
        let project = try store.projectMemory().id!
        try store.add((1...2_000).map {
            StoredUnit(memoryId: project, source: "Harga beras naik \($0) persen.", target: "Rice prices rose \($0) percent.", origin: "translator")
        })
        #expect(StoreDoctor.examine(url).isSound)
        try store.database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        // Scribble over a page in the middle of the file.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seek(toOffset: UInt64(try bytes().count / 2))
        handle.write(Data(repeating: 0x5A, count: 4096))
        try handle.close()
        let diagnosis = StoreDoctor.examine(url)
        #expect(!diagnosis.isSound)
        #expect(diagnosis.backups.isEmpty)
    }

    // Root writes everywhere, whatever the folder's mode: the check needs an ordinary user.
    @Test(.enabled(if: getuid() != 0, "skipped as root, who can write into a read-only folder; run as an ordinary user"))
    func aReadOnlyStoreStillReads() throws {
        _ = try MemoryStore(url: url)
        let memory = url.deletingLastPathComponent()
        #expect(chmod(memory.path, 0o555) == 0)
        defer { chmod(memory.path, 0o755) }
        let store = try MemoryStore(url: url)
        #expect(store.isReadOnly)
        #expect(try store.statistics().totalUnits == 0)
    }
}
