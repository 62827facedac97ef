import Foundation
import GRDB

/// Editing and deleting units by hand, and the history that keeps every translation
/// a unit had before (`juru tm history`). History is never matched.
extension MemoryStore {
    /// Why a translation left its unit.
    public enum HistoryReason: String, Sendable, Codable, DatabaseValueConvertible {
        /// The translator confirmed the segment again with another translation.
        case corrected
        /// `juru tm edit` or the REPL's edit of a match.
        case edited
        /// `juru tm delete`: the unit itself is gone.
        case deleted
    }

    /// A translation a unit had, and when it was replaced.
    public struct HistoryEntry: Sendable, Codable, FetchableRecord, Equatable {
        public var unitId: Int64?
        public var source: String
        public var target: String
        public var context: String?
        public var origin: String
        public var changedAt: Date
        public var changedBy: String?
        public var replacedAt: Date
        public var replacedBy: String?
        public var reason: HistoryReason
    }

    /// Gives unit `id` a new translation; the old one goes to its history.
    @discardableResult
    public func editUnit(id: Int64, target: String,
                         user: String? = ProcessInfo.processInfo.environment["USER"]) throws -> StoredUnit {
        try database.write { db in
            guard var unit = try StoredUnit.fetchOne(db, key: id) else { throw MemoryStoreError.noSuchUnit(id) }
            try Self.refuseReadOnly(unit, db)
            let target = target.nfc
            guard unit.target != target else { return unit }
            let now = Date()
            try Self.recordHistory(of: unit, reason: .edited, at: now, by: user, db)
            try Outbox.record(.unitEdited(source: unit.source, oldTarget: unit.target, context: unit.context,
                                          target: target), db)  // for the team, if in one
            unit.target = target
            unit.targetMarkup = nil
            unit.changedAt = now
            unit.changedBy = user
            unit.rekey()
            // Another unit with these very texts and context: this one merges into it.
            if let twin = try Int64.fetchOne(db, sql: """
                SELECT id FROM unit WHERE memoryId = ? AND id != ? AND source = ? AND target = ? AND context IS ?
                    AND pairKey IN (\(Self.keys(of: unit).map(String.init).joined(separator: ",")))
                """, arguments: [unit.memoryId, id, unit.source, unit.target, unit.context]) {
                _ = try StoredUnit.deleteOne(db, key: id)
                return try StoredUnit.fetchOne(db, key: twin)!
            }
            try unit.update(db)
            return unit
        }
    }

    /// Deletes unit `id`; its translation stays in the history.
    public func deleteUnit(id: Int64, user: String? = ProcessInfo.processInfo.environment["USER"]) throws {
        try database.write { db in
            guard let unit = try StoredUnit.fetchOne(db, key: id) else { throw MemoryStoreError.noSuchUnit(id) }
            try Self.refuseReadOnly(unit, db)
            try Self.recordHistory(of: unit, reason: .deleted, at: Date(), by: user, db)
            try Outbox.record(.unitDeleted(source: unit.source, target: unit.target, context: unit.context), db)  // for the team
            _ = try StoredUnit.deleteOne(db, key: id)
        }
    }

    /// Deletes every project-memory unit whose source is `source`. Returns how many.
    public func deleteUnits(source: String, user: String? = ProcessInfo.processInfo.environment["USER"]) throws -> Int {
        let project = try projectMemory().id!
        var deleted = 0
        for unit in try unitsWithSource(source) where unit.memoryId == project {
            try deleteUnit(id: unit.id!, user: user)
            deleted += 1
        }
        return deleted
    }

    /// The units whose source is exactly `source` (NFC), in every memory, newest first.
    /// Found through the concordance, so a large memory is not read whole, and among
    /// the units a bulk import left above its mark (see ``Concordance``), read by id.
    public func unitsWithSource(_ source: String) throws -> [StoredUnit] {
        let source = source.nfc
        let tokens = source.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return try database.read { db in
            if tokens.isEmpty {
                return try StoredUnit.filter(Column("source") == source).order(Column("changedAt").desc).fetchAll(db)
            }
            let query = tokens.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
            return try StoredUnit.fetchAll(db, sql: """
                SELECT unit.* FROM unit JOIN unitText ON unitText.rowid = unit.id
                WHERE unitText.source MATCH ? AND unit.source = ?
                UNION ALL
                SELECT * FROM unit WHERE id > (SELECT indexedThrough FROM concordance) AND source = ?
                ORDER BY changedAt DESC
                """, arguments: [query, source, source])
        }
    }

    /// The earlier translations of `source`, newest first.
    public func history(source: String) throws -> [HistoryEntry] {
        try database.read { db in
            try HistoryEntry.fetchAll(db, sql: """
                SELECT unitId, source, target, context, origin, changedAt, changedBy, replacedAt, replacedBy, reason
                FROM unitHistory WHERE source = ? ORDER BY replacedAt DESC, id DESC
                """, arguments: [source.nfc])
        }
    }

    @discardableResult
    static func recordHistory(of unit: StoredUnit, reason: HistoryReason, at date: Date, by user: String?,
                              _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO unitHistory (unitId, memoryId, source, target, context, origin, changedAt, changedBy,
                replacedAt, replacedBy, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [reason == .deleted ? nil : unit.id, unit.memoryId, unit.source, unit.target, unit.context,
                             unit.origin, unit.changedAt, unit.changedBy, date, user, reason])
        return db.lastInsertedRowID
    }

    /// Reference memories are the files in `memory/`: they change only with their file.
    private static func refuseReadOnly(_ unit: StoredUnit, _ db: Database) throws {
        if let memory = try StoredMemory.fetchOne(db, key: unit.memoryId), memory.isReadOnly {
            throw MemoryStoreError.readOnly(memory.name)
        }
    }
}
