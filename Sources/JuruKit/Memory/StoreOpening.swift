import Foundation
import GRDB
import Synchronization

/// Opening the store without harming it: what is at its path is looked at before
/// SQLite touches it, a store made by a newer Juru is refused unchanged, and a store
/// whose schema is about to change is backed up first.
struct StoreOpening {
    let url: URL
    /// The store or its folder cannot be written.
    let isReadOnly: Bool
    /// A store is already there (else one is created).
    let exists: Bool

    init(url: URL) throws {
        self.url = url
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw MemoryStoreError.readOnlyStore(folder.path)
            }
        } else if !isFolder.boolValue {
            throw MemoryStoreError.notAFile(folder.path)
        }
        var info = stat()
        if lstat(url.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { throw MemoryStoreError.notAFile(url.path) }
            // SQLite would take an empty file for a new store and fill it: a store
            // truncated by accident would be lost without a word.
            guard info.st_size > 0 else { throw MemoryStoreError.emptyFile(url.path) }
            exists = true
        } else {
            exists = false
        }
        isReadOnly = access(folder.path, W_OK) != 0 || (exists && access(url.path, W_OK) != 0)
        if isReadOnly && !exists { throw MemoryStoreError.readOnlyStore(folder.path) }
    }

    /// The opened store, its schema brought up to date (not when read-only).
    func open() throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(BusyWait.handler)
        configuration.prepareDatabase { db in
            // A 64 MB page cache: a large import touches the unit index all over.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        if exists { try refuseNewerSchema() }
        if isReadOnly {
            configuration.readonly = true
            let queue = try DatabaseQueue(path: readOnlyPath, configuration: configuration)
            guard try queue.read(MemorySchema.migrator.hasCompletedMigrations) else {
                throw MemoryStoreError.readOnlyStore(url.path)  // an older store that cannot be migrated here
            }
            return queue
        }
        if !exists { try create(configuration) }
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        let (applied, complete) = try pool.read { db in
            (try MemorySchema.migrator.appliedIdentifiers(db), try MemorySchema.migrator.hasCompletedMigrations(db))
        }
        if !applied.isEmpty && !complete { try backUp(pool, schema: applied.count) }
        try MemorySchema.migrator.migrate(pool)
        return pool
    }

    /// Where a read-only connection opens the store. SQLite reads a WAL store only
    /// with its `-shm` file, which it cannot make in a folder it cannot write; there
    /// the store is opened as immutable (nobody can be writing to it either).
    private var readOnlyPath: String {
        guard isReadOnly else { return url.path }
        let escaped = url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url.path
        return "file:\(escaped)?immutable=1"
    }

    /// Makes a new store beside its name and renames it into place once its schema is
    /// written: a store is never seen half-made, so an empty file under the store's
    /// name is always damage (a kill right at creation left one that blocked the
    /// workspace).
    private func create(_ configuration: Configuration) throws {
        let folder = url.deletingLastPathComponent()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(url.lastPathComponent + ".new-") {
            let pid = Int32(name.dropFirst(url.lastPathComponent.count + 5).prefix { $0.isNumber }) ?? 0
            if AbandonedFile.isAbandoned(byProcess: pid) { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
        let fresh = folder.appendingPathComponent("\(url.lastPathComponent).new-\(getpid())")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh.path + suffix) }
        let pool = try DatabasePool(path: fresh.path, configuration: configuration)
        try MemorySchema.migrator.migrate(pool)
        try pool.close()
        guard rename(fresh.path, url.path) == 0 else { throw MemoryStoreError.readOnlyStore(folder.path) }
    }

    /// Looks at the schema through a read-only connection, which changes nothing.
    private func refuseNewerSchema() throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: readOnlyPath, configuration: configuration)
        let (version, superseded) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try MemorySchema.migrator.hasBeenSuperseded(db))
        }
        if version > MemorySchema.version || superseded {
            throw MemoryStoreError.newerSchema(url.path, max(version, MemorySchema.version + 1))
        }
    }

    /// Copies the store, with SQLite's backup API, to `juru.sqlite.schemaN.bak` beside it.
    private func backUp(_ pool: DatabasePool, schema: Int) throws {
        let backup = url.deletingLastPathComponent().appendingPathComponent("\(url.lastPathComponent).schema\(schema).bak")
        try? FileManager.default.removeItem(at: backup)
        let copy = try DatabaseQueue(path: backup.path)
        try pool.backup(to: copy)
        try copy.close()
    }
}

/// How long a write waits for another juru that holds the store (an import being
/// written, a colleague's command): long enough for the largest import's final
/// step, with a word on standard error once, so that the wait is not taken for a hang.
enum BusyWait {
    static let limit: TimeInterval = 600
    private static let announced = Atomic<Bool>(false)

    static let handler: Database.BusyCallback = { tries in
        let waited = Double(tries) * 0.02
        if waited >= 1, !announced.exchange(true, ordering: .relaxed) {
            FileHandle.standardError.write(Data("juru: the memory is busy (another juru is writing to it); waiting…\n".utf8))
        }
        guard waited < limit else { return false }
        usleep(20_000)
        return true
    }
}
