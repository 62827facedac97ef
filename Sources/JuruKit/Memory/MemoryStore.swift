import Foundation
import GRDB

/// The translation-memory store: one SQLite database (WAL journal) in the
/// workspace's `memory/` folder, holding the project's memory and every reference
/// TMX file dropped beside it.
public final class MemoryStore: Sendable {
    /// The database file's name inside `memory/`.
    public static let fileName = "juru.sqlite"

    let database: DatabasePool
    public let url: URL

    /// Opens (creating if needed) the store at `url` and brings its schema up to date.
    public init(url: URL) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // A 64 MB page cache: a large import touches the unit index all over.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            database = try DatabasePool(path: url.path, configuration: configuration)
            try MemorySchema.migrator.migrate(database)
        } catch let error as DatabaseError {
            throw MemoryStoreError.database(url.path, error.message ?? "\(error)")
        }
    }

    /// The store of `workspace`, in its `memory/` folder.
    public convenience init(workspace: Workspace) throws {
        try self.init(url: workspace.memory.appendingPathComponent(Self.fileName))
    }

    /// The project's own memory, where confirmed translations and imports go.
    public func projectMemory() throws -> StoredMemory {
        try database.read { db in
            try StoredMemory.filter(Column("name") == StoredMemory.projectName).fetchOne(db)
        }!
    }

    /// Every memory in the store.
    public func memories() throws -> [StoredMemory] {
        try database.read { db in try StoredMemory.order(Column("id")).fetchAll(db) }
    }

    // MARK: Adding units

    /// Stores `unit`, or, when its memory already has the same source and target,
    /// updates that unit if `unit` is newer (keeping its first origin). Returns the
    /// stored unit's id.
    @discardableResult
    public func add(_ unit: StoredUnit) throws -> Int64 {
        try database.write { db in try Self.addingToConcordance(db) { try Self.upsert(unit, db) } }
    }

    /// Stores `units` in one transaction: all of them or none.
    public func add(_ units: [StoredUnit]) throws {
        try database.write { db in
            try Self.addingToConcordance(db) { for unit in units { _ = try Self.upsert(unit, db) } }
        }
    }

    /// Runs `body`, which inserts units, then adds the units it inserted to the
    /// concordance (`unitText`) in one statement. FTS5 takes a million rows this way
    /// three times faster than one by one from a trigger. Updates of existing units
    /// never change their texts, so they need nothing.
    static func addingToConcordance<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        // Ids only grow (AUTOINCREMENT), so the units inserted are those past the last.
        let last = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM unit") ?? 0
        let result = try body()
        try db.execute(sql: "INSERT INTO unitText(rowid, source, target) SELECT id, source, target FROM unit WHERE id > ?",
                       arguments: [last])
        return result
    }

    static func upsert(_ unit: StoredUnit, _ db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO unit (memoryId, sourceLanguage, targetLanguage, source, target, sourceMarkup,
                targetMarkup, origin, createdAt, createdBy, changedAt, changedBy, usageCount, note, properties, pairKey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(memoryId, pairKey) DO UPDATE SET
                changedAt = excluded.changedAt, changedBy = excluded.changedBy,
                note = coalesce(excluded.note, note), properties = coalesce(excluded.properties, properties),
                sourceMarkup = coalesce(excluded.sourceMarkup, sourceMarkup),
                targetMarkup = coalesce(excluded.targetMarkup, targetMarkup),
                usageCount = max(usageCount, excluded.usageCount)
            WHERE excluded.changedAt >= unit.changedAt
                AND unit.source = excluded.source AND unit.target = excluded.target
            RETURNING id
            """)
        let arguments: StatementArguments = [
            unit.memoryId, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target,
            unit.sourceMarkup, unit.targetMarkup, unit.origin, unit.createdAt, unit.createdBy,
            unit.changedAt, unit.changedBy, unit.usageCount, unit.note, unit.properties, unit.pairKey,
        ]
        if let id = try Int64.fetchOne(statement, arguments: arguments) { return id }
        // The pair exists and is newer: nothing changed.
        return try Int64.fetchOne(db, sql: "SELECT id FROM unit WHERE memoryId = ? AND pairKey = ?",
                                  arguments: [unit.memoryId, unit.pairKey]) ?? 0
    }

    // MARK: Reading units

    /// The project memory's unit for this exact pair, if there is one.
    public func projectUnitID(source: String, target: String) throws -> Int64? {
        let unit = StoredUnit(memoryId: 0, source: source, target: target, origin: "")
        return try database.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT unit.id FROM unit JOIN memory ON memory.id = unit.memoryId
                WHERE memory.name = ? AND unit.pairKey = ? AND unit.source = ? AND unit.target = ?
                """, arguments: [StoredMemory.projectName, unit.pairKey, unit.source, unit.target])
        }
    }

    /// Deletes a unit (and its concordance entry, by trigger).
    public func deleteUnit(id: Int64) throws {
        try database.write { db in _ = try StoredUnit.deleteOne(db, key: id) }
    }

    public func unit(id: Int64) throws -> StoredUnit? {
        try database.read { db in try StoredUnit.fetchOne(db, key: id) }
    }

    public func units(ids: [Int64]) throws -> [Int64: StoredUnit] {
        try database.read { db in
            Dictionary(uniqueKeysWithValues: try StoredUnit.fetchAll(db, keys: ids).map { ($0.id!, $0) })
        }
    }

    /// Calls `body` with every unit's id and source, in id order, without loading
    /// the store into memory: what the fuzzy index is built from.
    public func forEachSource(_ body: (Int64, String) throws -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source FROM unit ORDER BY id")
            while let row = try rows.next() { try body(row[0], row[1]) }
        }
    }

    /// Calls `body` with every unit of the memories named (all when nil), in id order.
    public func forEachUnit(inMemories names: [String]? = nil, _ body: (StoredUnit) throws -> Void) throws {
        try database.read { db in
            var request = StoredUnit.order(Column("id"))
            if let names {
                let ids = try StoredMemory.filter(names.contains(Column("name"))).fetchAll(db).compactMap(\.id)
                request = request.filter(ids.contains(Column("memoryId")))
            }
            let cursor = try request.fetchCursor(db)
            while let unit = try cursor.next() { try body(unit) }
        }
    }

    /// Units whose source or target contains all of `words` (concordance), newest first.
    public func search(_ words: String, limit: Int = 20) throws -> [StoredUnit] {
        let tokens = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !tokens.isEmpty else { return [] }
        let query = tokens.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        return try database.read { db in
            try StoredUnit.fetchAll(db, sql: """
                SELECT unit.* FROM unit JOIN unitText ON unitText.rowid = unit.id
                WHERE unitText MATCH ? ORDER BY rank, unit.changedAt DESC LIMIT ?
                """, arguments: [query, limit])
        }
    }

    /// Counts per memory.
    public struct Statistics: Sendable {
        public var memories: [(name: String, isReadOnly: Bool, units: Int, sourceWords: Int)]
        public var totalUnits: Int { memories.reduce(0) { $0 + $1.units } }
    }

    public func statistics() throws -> Statistics {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT memory.name, memory.isReadOnly, count(unit.id) AS units,
                       coalesce(sum(length(unit.source) - length(replace(unit.source, ' ', '')) + 1), 0) AS words
                FROM memory LEFT JOIN unit ON unit.memoryId = memory.id
                GROUP BY memory.id ORDER BY memory.id
                """)
            return Statistics(memories: rows.map { ($0["name"], $0["isReadOnly"], $0["units"], $0["words"]) })
        }
    }
}

/// What can go wrong with the store itself.
public enum MemoryStoreError: Error, LocalizedError, Equatable {
    case database(String, String)
    case readOnly(String)

    public var errorDescription: String? {
        switch self {
        case .database(let path, let message): "\(path): translation memory store: \(message)"
        case .readOnly(let name): "memory \(name) is a read-only reference file; edit the file in memory/ instead"
        }
    }
}
