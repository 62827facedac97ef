import GRDB

/// The workspace's own record of its team: what waits to be sent, what was seen
/// from the server, and what the translator must be told. Created by migration v9.
enum TeamTables {
    static func create(_ db: Database) throws {
        // Changes not yet on the server, in the order they were made. Written in the
        // transaction of the change itself, so a change is never stored without it.
        try db.create(table: "teamOutbox") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull()
            t.column("change", .text).notNull()
            t.column("madeAt", .datetime).notNull()
            // A confirmation's segment (``TeamChange/currentKey``): a pulled confirmation
            // of the same segment asks whether one of ours waits, once per change pulled.
            t.column("currentKey", .text)
        }
        try db.create(index: "teamOutbox_currentKey", on: "teamOutbox", columns: ["currentKey"])
        // One row while the workspace is a member.
        try db.create(table: "teamMembership") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("server", .text).notNull()
            t.column("clientId", .text).notNull()
            t.column("role", .text).notNull()
            t.column("mayWrite", .boolean).notNull()
            t.column("lastSequence", .integer).notNull().defaults(to: 0)
            t.column("joinedAt", .datetime).notNull()
            t.column("lastSyncAt", .datetime)
        }
        // The server sequence of each document's current translation of a source, so
        // that of two confirmations of one segment the later on the server wins everywhere.
        try db.create(table: "teamCurrent") { t in
            t.column("key", .text).primaryKey()
            t.column("sequence", .integer).notNull()
        }
        // What another translator did to this translator's work, shown at the next screen.
        try db.create(table: "teamNotice") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("text", .text).notNull()
            t.column("madeAt", .datetime).notNull()
            t.column("shownAt", .datetime)
        }
    }
}
