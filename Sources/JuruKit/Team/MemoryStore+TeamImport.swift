import Foundation
import GRDB

extension MemoryStore {
    /// `juru tm import --team`: the units an import added to the project memory (ids
    /// past `id`) are queued for the team as pairs added, in the import's transaction,
    /// so the file reaches every member or, refused to a reader, nothing is imported.
    /// Units the memory had already are not sent again: the team has them.
    static func queueImportedForTeam(after id: Int64, into memoryId: Int64, _ db: Database) throws {
        let units = try StoredUnit.filter(sql: "id > ? AND memoryId = ?", arguments: [id, memoryId])
            .order(Column("id")).fetchCursor(db)
        while let unit = try units.next() {
            try Outbox.record(.unitAdded(source: unit.source, target: unit.target, origin: unit.origin, note: unit.note), db)
        }
    }
}
