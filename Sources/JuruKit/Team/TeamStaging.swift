import Foundation
import GRDB

/// Pairs pulled from the team server, written into an import's scratch database
/// (``ImportStaging``) so that the store takes a large backlog the way `juru tm import`
/// takes a TMX file: in one merge, one transaction, the concordance filled once.
/// Pulling into the scratch file leaves the store free meanwhile, and a kill while
/// pulling leaves the store as it was (the scratch file is removed at the next open).
final class TeamStaging: @unchecked Sendable {  // used by one pull at a time
    let staging: ImportStaging
    private let database: DatabaseQueue
    /// Pairs staged so far.
    private(set) var count = 0

    init(folder: URL) throws {
        staging = try ImportStaging(folder: folder)
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // Scratch data, as the import's: the server still has all of it.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            database = try DatabaseQueue(path: staging.url.path, configuration: configuration)
        } catch {
            staging.remove()
            throw error
        }
    }

    /// Stages `units` (of no document, as pairs added are), in one transaction.
    func add(_ units: [StoredUnit]) throws {
        // Pulled together, they mostly share their dates: each is written out once, not
        // once a unit (formatting a date took most of the staging time).
        var stamps: [Date: DatabaseValue] = [:]
        func stamp(_ date: Date) -> DatabaseValue {
            if let known = stamps[date] { return known }
            let value = date.databaseValue
            stamps[date] = value
            return value
        }
        try database.write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO staged (sourceLanguage, targetLanguage, source, target, origin, createdAt, createdBy,
                    changedAt, changedBy, usageCount, note, tmxExtras, pairKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for unit in units {
                try insert.execute(arguments: [
                    unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target, unit.origin,
                    stamp(unit.createdAt), unit.createdBy, stamp(unit.changedAt), unit.changedBy, unit.usageCount,
                    unit.note, unit.tmxExtras, unit.pairKey,
                ])
            }
        }
        count += units.count
    }

    func remove() {
        try? database.close()
        staging.remove()
    }
}
