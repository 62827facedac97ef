import Foundation
import GRDB

/// The durable queue of changes waiting for the team server. Every store method that
/// changes shared data calls ``record(_:_:)`` inside its own transaction: a change
/// and its place in the queue are stored together or not at all, so going offline,
/// `kill -9` or a crash loses nothing.
enum Outbox {
    /// Queues `change` when the workspace is in a team. A role that may only read
    /// is refused a write to the shared memory or glossary (the transaction rolls
    /// back); its confirmations stay in the local copy.
    static func record(_ change: TeamChange, _ db: Database) throws {
        guard let member = try TeamMembership.current(db) else { return }
        guard member.mayWrite else {
            if change.writesSharedData { throw TeamError.readOnlyRole(member.role) }
            return
        }
        try db.execute(sql: "INSERT INTO teamOutbox (kind, change, madeAt, currentKey) VALUES (?, ?, ?, ?)",
                       arguments: [change.kind, change.json, StoredDate.databaseValue(Date()), change.currentKey])
    }

    /// A queued change and its place in the queue.
    struct Entry: Sendable {
        var id: Int64
        var change: TeamChange
    }

    /// A batch the server has stored, with the number it gave each change (nil for one
    /// it had already), still in the outbox until forgotten.
    struct Sent: Sendable {
        var entries: [Entry]
        var numbers: [Int64?]
    }

    /// The oldest `limit` changes waiting.
    static func pending(limit: Int, _ db: Database) throws -> [Entry] {
        try Row.fetchAll(db, sql: "SELECT id, change FROM teamOutbox ORDER BY id LIMIT ?", arguments: [limit])
            .map { Entry(id: $0["id"], change: try TeamChange(json: $0["change"])) }
    }

    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM teamOutbox") ?? 0
    }

    /// Whether a confirmation of the same segment waits to be sent: it will be later
    /// on the server than anything pulled now.
    static func hasConfirmation(key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM teamOutbox WHERE currentKey = ?)"),
                          arguments: [key]) ?? false
    }

    /// Forgets the changes up to `id`, once the server has them.
    static func remove(through id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM teamOutbox WHERE id <= ?", arguments: [id])
    }
}
