import Foundation
import GRDB
import Synchronization

/// A TMX file read into a scratch database beside the store before any of it goes
/// into the store. Reading a large file takes most of an import's time; doing it here
/// leaves the store free for confirmations meanwhile, and a file that turns out
/// malformed halfway never touches the store. The store then takes the staged units
/// in one short transaction (``MemoryStore/mergeStaged(_:into:_:)``).
final class ImportStaging {
    /// Scratch files are named `.import-PID-N.sqlite`, so that those of a killed import
    /// can be told from a running one's and removed (``removeAbandoned(in:)``).
    static let prefix = ".import-"
    private static let counter = Mutex(0)

    let url: URL
    private let database: DatabaseQueue

    init(folder: URL) throws {
        let number = Self.counter.withLock { value in value += 1; return value }
        url = folder.appendingPathComponent("\(Self.prefix)\(getpid())-\(number).sqlite")
        try? FileManager.default.removeItem(at: url)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // Scratch data: a crash loses nothing that is not in the TMX file anyway.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        database = try DatabaseQueue(path: url.path, configuration: configuration)
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE staged (
                    seq INTEGER PRIMARY KEY, sourceLanguage TEXT, targetLanguage TEXT, source TEXT, target TEXT,
                    sourceMarkup TEXT, targetMarkup TEXT, origin TEXT, createdAt DATETIME, createdBy TEXT,
                    changedAt DATETIME, changedBy TEXT, usageCount INTEGER, note TEXT, properties TEXT, tmxExtras TEXT,
                    pairKey INTEGER)
                """)
        }
    }

    /// Reads every unit of `file` with both an Indonesian and an English text.
    func read(_ file: URL, progress: ((Double) -> Void)?) throws -> MemoryStore.ImportReport {
        var report = MemoryStore.ImportReport(file: file.lastPathComponent, memory: "")
        let origin = "tmx:\(file.lastPathComponent)"
        // A unit without dates is as old as its file: importing the same file again
        // then finds nothing newer (the time of the import would make every unit so).
        let fileDate = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? Date()
        try database.write { db in
            let insert = try db.makeStatement(sql: Self.insert)
            let summary = try TMXReader(url: file).read(progress: progress) { tmx in
                // A segment of only spaces is as empty as an empty one.
                guard !tmx.source.text.allSatisfy(\.isWhitespace), !tmx.target.text.allSatisfy(\.isWhitespace) else {
                    report.skipped += 1
                    return
                }
                let notes = tmx.notes.joined(separator: "\n")
                let unit = StoredUnit(memoryId: 0, source: tmx.source.text, target: tmx.target.text,
                                      sourceMarkup: tmx.source.markup, targetMarkup: tmx.target.markup,
                                      origin: origin, createdAt: tmx.createdAt ?? tmx.changedAt ?? fileDate,
                                      createdBy: tmx.createdBy, changedAt: tmx.changedAt, changedBy: tmx.changedBy,
                                      usageCount: tmx.usageCount, note: notes.isEmpty ? nil : notes,
                                      properties: tmx.properties, extras: tmx.extras)
                try Self.stage(unit, insert)
                report.units += 1
            }
            report.skipped += summary.skipped
            report.overlong = summary.overlong
        }
        return report
    }

    /// Stages `units` as they are (pairs of no document), in one transaction: the
    /// pairs a team's first join pulls from the server, a page at a time.
    func add(_ units: [StoredUnit]) throws {
        try database.write { db in
            let insert = try db.cachedStatement(sql: Self.insert)
            for unit in units { try Self.stage(unit, insert) }
        }
    }

    private static let insert = """
        INSERT INTO staged (sourceLanguage, targetLanguage, source, target, sourceMarkup, targetMarkup, origin,
            createdAt, createdBy, changedAt, changedBy, usageCount, note, properties, tmxExtras, pairKey)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    private static func stage(_ unit: StoredUnit, _ insert: Statement) throws {
        try insert.execute(arguments: [
            unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target, unit.sourceMarkup,
            unit.targetMarkup, unit.origin, StoredDate.databaseValue(unit.createdAt), unit.createdBy,
            StoredDate.databaseValue(unit.changedAt), unit.changedBy,
            unit.usageCount, unit.note, unit.properties, unit.tmxExtras, unit.pairKey,
        ])
    }

    func remove() {
        try? database.close()
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }

    /// Removes the scratch files of imports that were killed (their process is gone).
    static func removeAbandoned(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pid), AbandonedFile.isAbandoned(byProcess: pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

extension MemoryStore {
    /// Runs `body` with `staging` attached to the store's connection as `staging`
    /// (SQLite attaches only outside a transaction).
    static func attaching<T>(_ staging: ImportStaging, _ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [staging.url.path])
        defer { try? db.execute(sql: "DETACH DATABASE staging") }
        return try body()
    }

    /// Adds the units staged in the attached `staging` database to memory `memoryId`,
    /// in the transaction `db` is in. A unit the memory has already is updated when
    /// the staged one is newer. Returns how many units are new, how many were brought
    /// up to date, and how many the file holds twice.
    static func mergeStaged(into memoryId: Int64, _ db: Database) throws -> MergeCounts {
        let count = "SELECT count(*) FROM unit WHERE memoryId = ?"
        let before = try Int.fetchOne(db, sql: count, arguments: [memoryId]) ?? 0
        var counts = MergeCounts()
        // The pair key stands for the pair here: a 64-bit collision would only
        // miscount one unit, never mix two up (the merge below checks the texts).
        counts.duplicates = try Int.fetchOne(db, sql: """
            SELECT count(*) - count(DISTINCT pairKey) FROM staging.staged
            """) ?? 0
        // Staged pairs whose key the memory holds already: only they can update a unit
        // or collide with one. Counted from the key index alone, without reading the
        // units; a fresh backlog (a team's first join past its first merge, a new TMX
        // file) has none, and the two queries that read the units are skipped.
        let known = before == 0 ? 0 : try Int.fetchOne(db, sql: """
            SELECT count(*) FROM staging.staged s
            WHERE EXISTS (SELECT 1 FROM unit u WHERE u.memoryId = ? AND u.pairKey = s.pairKey)
            """, arguments: [memoryId]) ?? 0
        if known > 0 {
            counts.updated = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT pairKey, source, target, max(changedAt) AS changedAt
                                      FROM staging.staged GROUP BY pairKey, source, target) s
                JOIN unit u ON u.memoryId = ? AND u.pairKey = s.pairKey AND u.source = s.source
                    AND u.target = s.target AND u.context IS NULL
                WHERE s.changedAt > u.changedAt
                """, arguments: [memoryId]) ?? 0
        }
        // The concordance is filled at the first search, not here (Concordance).
        try Concordance.adding(db, deferred: true) {
            try db.execute(sql: """
                INSERT INTO unit (memoryId, sourceLanguage, targetLanguage, source, target, sourceMarkup,
                    targetMarkup, origin, createdAt, createdBy, changedAt, changedBy, usageCount, note, properties,
                    tmxExtras, pairKey)
                SELECT ?, sourceLanguage, targetLanguage, source, target, sourceMarkup, targetMarkup, origin, createdAt,
                    createdBy, changedAt, changedBy, usageCount, note, properties, tmxExtras, pairKey
                FROM staging.staged WHERE true ORDER BY seq
                \(newerCopyUpdates)
                """, arguments: [memoryId])
            // A staged unit whose key another unit holds (a 64-bit collision): stored
            // under the next free key, one by one. With no key known before and none
            // staged twice, there is none: every unit went in under its own key.
            if known == 0 && counts.duplicates == 0 { return }
            let orphans = try Row.fetchCursor(db, sql: """
                SELECT * FROM staging.staged s WHERE NOT EXISTS (
                    SELECT 1 FROM unit u WHERE u.memoryId = ? AND u.pairKey = s.pairKey
                        AND u.source = s.source AND u.target = s.target AND u.context IS NULL)
                """, arguments: [memoryId])
            var units: [StoredUnit] = []
            while let row = try orphans.next() {
                var unit = StoredUnit(memoryId: memoryId, source: row["source"], target: row["target"],
                                      sourceMarkup: row["sourceMarkup"], targetMarkup: row["targetMarkup"],
                                      origin: row["origin"], createdAt: row["createdAt"], createdBy: row["createdBy"],
                                      changedAt: row["changedAt"], changedBy: row["changedBy"],
                                      usageCount: row["usageCount"], note: row["note"])
                unit.properties = row["properties"]
                unit.tmxExtras = row["tmxExtras"]
                units.append(unit)
            }
            for unit in units { _ = try upsert(unit, db) }
        }
        let after = try Int.fetchOne(db, sql: count, arguments: [memoryId]) ?? 0
        counts.added = after - before
        return counts
    }
}
