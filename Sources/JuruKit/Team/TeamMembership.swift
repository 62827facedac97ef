import Foundation
import GRDB

/// The workspace's membership of a team, kept in its own store (never the password).
public struct TeamMembership: Sendable, Equatable {
    /// The server's URL as given to `juru team join`, without a password.
    public var server: String
    /// This workspace's name on the server: its changes are sent once, however often.
    public var clientId: String
    /// The PostgreSQL role the workspace connects as.
    public var role: String
    public var mayWrite: Bool
    /// The last server sequence applied here.
    public var lastSequence: Int64
    public var joinedAt: Date
    public var lastSyncAt: Date?

    static func current(_ db: Database) throws -> TeamMembership? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM teamMembership WHERE id = 1") else { return nil }
        return TeamMembership(server: row["server"], clientId: row["clientId"], role: row["role"],
                              mayWrite: row["mayWrite"], lastSequence: row["lastSequence"], joinedAt: row["joinedAt"],
                              lastSyncAt: row["lastSyncAt"])
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO teamMembership (id, server, clientId, role, mayWrite, lastSequence, joinedAt, lastSyncAt)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [server, clientId, role, mayWrite, lastSequence, joinedAt, lastSyncAt])
    }
}

extension MemoryStore {
    /// The workspace's team, if it joined one.
    public func teamMembership() throws -> TeamMembership? {
        try database.read { db in try TeamMembership.current(db) }
    }

    /// How many changes wait to be sent to the team server.
    public func teamChangesWaiting() throws -> Int {
        try database.read { db in try Outbox.count(db) }
    }

    /// Makes the workspace a member. The project memory it already has is queued for
    /// the team, so that what one translator brings is shared too.
    func join(_ membership: TeamMembership) throws -> Int {
        try database.write { db in
            let wasMember = try TeamMembership.current(db) != nil
            try membership.save(db)
            guard !wasMember, membership.mayWrite else { return 0 }
            return try Self.queueProjectMemory(db)
        }
    }

    /// Leaves the team: the local copy stays as it is; unsent changes are dropped.
    func leaveTeam() throws -> Int {
        try database.write { db in
            let dropped = try Outbox.count(db)
            try db.execute(sql: "DELETE FROM teamMembership; DELETE FROM teamOutbox; DELETE FROM teamCurrent")
            return dropped
        }
    }

    private static func queueProjectMemory(_ db: Database) throws -> Int {
        let project = try projectMemoryID(db)
        let units = try StoredUnit.filter(Column("memoryId") == project).order(Column("id")).fetchCursor(db)
        var queued = 0
        while let unit = try units.next() {
            if let context = unit.context {
                try Outbox.record(.confirmed(source: unit.source, target: unit.target, context: context,
                                             origin: unit.origin), db)
            } else {
                try Outbox.record(.unitAdded(source: unit.source, target: unit.target, origin: unit.origin,
                                             note: unit.note), db)
            }
            queued += 1
        }
        return queued
    }

    /// Notices not shown yet (another translator's confirmation replaced one of this
    /// translator's), marked shown.
    public func takeTeamNotices() throws -> [String] {
        try database.write { db in
            guard try db.tableExists("teamNotice") else { return [] }
            let notices = try String.fetchAll(db, sql: "SELECT text FROM teamNotice WHERE shownAt IS NULL ORDER BY id")
            try db.execute(sql: "UPDATE teamNotice SET shownAt = ? WHERE shownAt IS NULL", arguments: [Date()])
            return notices
        }
    }
}
