import GRDB

/// The concordance (`unitText`, FTS5 over the units' texts) behind `juru tm search` and
/// the lookups by source, filled in id order up to a mark.
///
/// Every unit whose id is at or below `concordance.indexedThrough` is in it, with its
/// current texts, and none above. A confirmation or a live team change is added at once
/// (one row costs nothing). A bulk write (a TMX import, a team join's merge) leaves its
/// units above the mark: filling FTS5 was two to four times the rest of a large merge,
/// and nothing needs the concordance until the first search, which fills it first
/// (``MemoryStore/fillConcordance(progress:)``), a chunk per transaction.
enum Concordance {
    /// Units filled per transaction when catching up: short enough that a confirmation
    /// waiting for the store's lock waits a fraction of a second.
    static let chunk = 20_000

    /// The schema: the mark, and the triggers that keep indexed units in step when they
    /// are deleted or their texts change. Units above the mark are not in the index, and
    /// FTS5 must not be asked to delete what it never had.
    static func createMark(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE concordance (indexedThrough INTEGER NOT NULL);
            INSERT INTO concordance VALUES ((SELECT coalesce(max(id), 0) FROM unit));
            DROP TRIGGER unitText_delete;
            DROP TRIGGER unitText_update;
            CREATE TRIGGER unitText_delete AFTER DELETE ON unit
            WHEN old.id <= (SELECT indexedThrough FROM concordance) BEGIN
                INSERT INTO unitText(unitText, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
            END;
            CREATE TRIGGER unitText_update AFTER UPDATE OF source, target ON unit
            WHEN old.id <= (SELECT indexedThrough FROM concordance) BEGIN
                INSERT INTO unitText(unitText, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
                INSERT INTO unitText(rowid, source, target) VALUES (new.id, new.source, new.target);
            END;
            """)
    }

    /// How many units wait above the mark.
    static func backlog(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM unit WHERE id > (SELECT indexedThrough FROM concordance)") ?? 0
    }

    /// Runs `body`, which inserts units, then adds them to the concordance, unless
    /// `deferred` or units already wait above the mark (then they wait with them, and
    /// the mark stays where every unit below it is indexed).
    ///
    /// Every confirmation comes through here, so its statements are prepared once per
    /// connection and the mark is written only when units were inserted: eight
    /// translators' workspaces on two cores queue on each fraction of a millisecond.
    static func adding<T>(_ db: Database, deferred: Bool = false, _ body: () throws -> T) throws -> T {
        if deferred { return try body() }
        // Ids only grow (AUTOINCREMENT), so the units inserted are those past the last.
        let before = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT indexedThrough, (SELECT coalesce(max(id), 0) FROM unit) FROM concordance
            """))
        let mark: Int64 = before?[0] ?? 0
        let upToDate = (before?[1] as Int64? ?? 0) <= mark
        let result = try body()
        guard upToDate,
              let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM unit")), last > mark
        else { return result }
        try db.cachedStatement(sql: """
            INSERT INTO unitText(rowid, source, target) SELECT id, source, target FROM unit WHERE id > ?
            """).execute(arguments: [mark])
        try db.cachedStatement(sql: "UPDATE concordance SET indexedThrough = ?").execute(arguments: [last])
        return result
    }

    /// Adds the next ``chunk`` units above the mark to the index and moves the mark
    /// past them. Returns how many were added.
    static func fillChunk(_ db: Database) throws -> Int {
        guard let range = try Row.fetchOne(db, sql: """
                SELECT count(*), max(id), (SELECT indexedThrough FROM concordance) FROM (
                    SELECT id FROM unit WHERE id > (SELECT indexedThrough FROM concordance) ORDER BY id LIMIT ?)
                """, arguments: [chunk]),
              let last = range[1] as Int64?
        else { return 0 }
        try db.execute(sql: """
            INSERT INTO unitText(rowid, source, target) SELECT id, source, target FROM unit WHERE id > ? AND id <= ?
            """, arguments: [range[2] as Int64, last])
        try db.execute(sql: "UPDATE concordance SET indexedThrough = ?", arguments: [last])
        return range[0]
    }
}

extension MemoryStore {
    /// Units imported in bulk and not yet searchable; ``fillConcordance(progress:)``
    /// adds them.
    public func concordanceBacklog() throws -> Int {
        try database.read { try Concordance.backlog($0) }
    }

    /// Adds every unit waiting above the concordance's mark, a chunk per transaction,
    /// telling `progress` how many are done of how many. Searches call it first. A
    /// read-only store is left as it is: its search sees the units below the mark.
    public func fillConcordance(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws {
        guard !isReadOnly else { return }
        var total = try concordanceBacklog()
        guard total > 0 else { return }
        // A 64 MB buffer before FTS5 flushes a segment: a third off a large fill.
        try database.write { db in
            try db.execute(sql: "INSERT INTO unitText(unitText, rank) VALUES ('hashsize', ?)", arguments: [64 << 20])
        }
        var done = 0
        while true {
            let added = try database.write { try Concordance.fillChunk($0) }
            guard added > 0 else { break }
            done += added
            total = max(total, done)
            progress?(done, total)
        }
    }
}
