import Foundation
import GRDB

/// The translation-memory store: one SQLite database (WAL journal) in the
/// workspace's `memory/` folder, holding the project's memory and every reference
/// TMX file dropped beside it.
public final class MemoryStore: Sendable {
    /// The database file's name inside `memory/`.
    public static let fileName = "juru.sqlite"

    let database: any DatabaseWriter
    public let url: URL
    /// Opened read-only: the file or its folder cannot be written. Reading works;
    /// every write fails with ``MemoryStoreError/readOnlyStore(_:)``.
    public let isReadOnly: Bool

    /// Opens (creating if needed) the store at `url` and brings its schema up to date,
    /// after a backup of the store as it was (``StoreOpening``). A store made by a newer
    /// Juru, an empty or damaged file, or anything but a regular file is refused and
    /// left as it is.
    public init(url: URL) throws {
        self.url = url
        let opening = try StoreOpening(url: url)
        isReadOnly = opening.isReadOnly
        do {
            database = try opening.open()
        } catch let error as DatabaseError {
            throw MemoryStoreError(error, path: url.path)
        }
        if !isReadOnly { ImportStaging.removeAbandoned(in: url.deletingLastPathComponent()) }
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
        try database.write { db in
            let id = try Concordance.adding(db) { try Self.upsert(unit, db) }
            try Outbox.recordAdded(unit, db)  // for the team, if in one
            return id
        }
    }

    /// Stores `units` in one transaction: all of them or none.
    public func add(_ units: [StoredUnit]) throws {
        try database.write { db in
            try Concordance.adding(db) { for unit in units { _ = try Self.upsert(unit, db) } }
            for unit in units { try Outbox.recordAdded(unit, db) }  // for the team, if in one
        }
    }

    /// What storing a unit the memory already has does: a newer copy brings its dates,
    /// user, note, properties and markup; the texts and the first origin stay. Shared
    /// by single writes and the bulk merge of imports.
    static let newerCopyUpdates = """
        ON CONFLICT(memoryId, pairKey) DO UPDATE SET
            changedAt = excluded.changedAt, changedBy = excluded.changedBy,
            note = coalesce(excluded.note, note), properties = coalesce(excluded.properties, properties),
            tmxExtras = coalesce(excluded.tmxExtras, tmxExtras),
            sourceMarkup = coalesce(excluded.sourceMarkup, sourceMarkup),
            targetMarkup = coalesce(excluded.targetMarkup, targetMarkup),
            usageCount = max(usageCount, excluded.usageCount)
        WHERE excluded.changedAt >= unit.changedAt
            AND unit.source = excluded.source AND unit.target = excluded.target
            AND unit.context IS excluded.context
        """

    /// Inserts `unit`, or finds the unit with the same texts and context. A 64-bit key
    /// can still collide for two different units: the next keys are tried, so that no
    /// unit ever stands in for another (``keys(of:)``).
    static func upsert(_ unit: StoredUnit, _ db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO unit (memoryId, sourceLanguage, targetLanguage, source, target, sourceMarkup,
                targetMarkup, origin, createdAt, createdBy, changedAt, changedBy, usageCount, note, properties,
                tmxExtras, context, pairKey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            \(newerCopyUpdates)
            RETURNING id
            """)
        // Dates written by StoredDate, not by GRDB's DateFormatter: that one takes a
        // process-wide lock, and eight workspaces confirming in one process queued on it.
        let createdAt = StoredDate.databaseValue(unit.createdAt), changedAt = StoredDate.databaseValue(unit.changedAt)
        for key in keys(of: unit) {
            let arguments: StatementArguments = [
                unit.memoryId, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target,
                unit.sourceMarkup, unit.targetMarkup, unit.origin, createdAt, unit.createdBy,
                changedAt, unit.changedBy, unit.usageCount, unit.note, unit.properties, unit.tmxExtras,
                unit.context, key,
            ]
            if let id = try Int64.fetchOne(statement, arguments: arguments) { return id }
            // The same unit is there and newer: nothing changed. Another unit under
            // this key: try the next one.
            if let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM unit WHERE memoryId = ? AND pairKey = ? AND source = ? AND target = ? AND context IS ?
                """, arguments: [unit.memoryId, key, unit.source, unit.target, unit.context]) {
                return id
            }
        }
        throw MemoryStoreError.database("unit", "no free key for \(unit.source)")
    }

    /// The keys a unit may be stored under: its own, then the next few, for the
    /// (astronomically rare) collision of two 64-bit hashes.
    static func keys(of unit: StoredUnit) -> [Int64] {
        (0..<8).map { unit.pairKey &+ Int64($0) }
    }

    // MARK: Reading units

    /// The project memory's unit for this exact pair (with no document context), if
    /// there is one.
    public func projectUnitID(source: String, target: String) throws -> Int64? {
        let unit = StoredUnit(memoryId: 0, source: source, target: target, origin: "")
        let keys = Self.keys(of: unit)
        return try database.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT unit.id FROM unit JOIN memory ON memory.id = unit.memoryId
                WHERE memory.name = ? AND unit.pairKey IN (\(keys.map { _ in "?" }.joined(separator: ",")))
                    AND unit.source = ? AND unit.target = ? AND unit.context IS NULL
                """, arguments: StatementArguments([StoredMemory.projectName] as [any DatabaseValueConvertible]
                                                   + keys + [unit.source, unit.target]))
        }
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
    /// the store into memory: what the fuzzy index is built from. With `after`, only
    /// the units added after that id (what an index file does not cover yet).
    public func forEachSource(after id: Int64 = 0, _ body: (Int64, String) throws -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source FROM unit WHERE id > ? ORDER BY id", arguments: [id])
            while let row = try rows.next() { try body(row[0], row[1]) }
        }
    }

    /// The highest unit id in the store; nil when it has none.
    public func highestUnitID() throws -> Int64? {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM unit") }
    }

    /// How many units have ids up to `id` (inclusive), and after it.
    public func unitCounts(splitAt id: Int64) throws -> (upTo: Int, after: Int) {
        try database.read { db in
            // A plain count reads the smallest index (a few percent of the table); a
            // count over an id range reads the whole table, the texts included, which
            // was half of opening a memory of a million units. The units after `id`
            // are few (those since the index file was written).
            let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
            let after = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit WHERE id > ?", arguments: [id]) ?? 0
            return (all - after, after)
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

    /// The `tuid`s that units of these memories brought from their TMX files and that
    /// are numbers, so that an export numbering the other units steps round them.
    public func numericTUIDs(inMemories names: [String]? = nil) throws -> Set<String> {
        try database.read { db in
            var sql = "SELECT json_extract(tmxExtras, '$.unitAttributes.tuid') FROM unit WHERE tmxExtras IS NOT NULL"
            var arguments: StatementArguments = []
            if let names {
                sql += " AND memoryId IN (SELECT id FROM memory WHERE name IN (\(names.map { _ in "?" }.joined(separator: ","))))"
                arguments = StatementArguments(names)
            }
            let cursor = try String?.fetchCursor(db, sql: sql, arguments: arguments)
            var found: Set<String> = []
            while let tuid = try cursor.next() {
                if let tuid, !tuid.isEmpty, tuid.allSatisfy(\.isNumber) { found.insert(tuid) }
            }
            return found
        }
    }

    /// Units whose source or target contains all of `words` (concordance), newest first.
    public func search(_ words: String, limit: Int = 20) throws -> [StoredUnit] {
        let tokens = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !tokens.isEmpty else { return [] }
        let query = tokens.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        try fillConcordance()
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


