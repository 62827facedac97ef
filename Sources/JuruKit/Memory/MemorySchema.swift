import GRDB

/// The store's schema, one migration per change, applied in order on open.
enum MemorySchema {
    /// The schema's number, kept in SQLite's `user_version` too, so that a store made
    /// by a newer Juru is recognised and left alone.
    static let version = 10

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: memories, units, concordance") { db in
            try db.create(table: "memory") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("isReadOnly", .boolean).notNull().defaults(to: false)
                t.column("contentHash", .text)
                t.column("importedAt", .datetime)
            }
            try db.create(table: "unit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("memory", onDelete: .cascade).notNull()
                t.column("sourceLanguage", .text).notNull()
                t.column("targetLanguage", .text).notNull()
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
                t.column("sourceMarkup", .text)
                t.column("targetMarkup", .text)
                t.column("origin", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("createdBy", .text)
                t.column("changedAt", .datetime).notNull()
                t.column("changedBy", .text)
                t.column("usageCount", .integer).notNull().defaults(to: 0)
                t.column("note", .text)
                t.column("properties", .text)
                // One pair is stored once per memory. The key is a 64-bit hash of the
                // pair (``StoredUnit/pairKey``): an index on the texts themselves would
                // double the store and make a million-unit import several times slower.
                t.column("pairKey", .integer).notNull()
                t.uniqueKey(["memoryId", "pairKey"])
            }
            // Concordance search (`juru tm search`), kept in step by triggers.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE unitText USING fts5(
                    source, target, content='unit', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER unitText_insert AFTER INSERT ON unit BEGIN
                    INSERT INTO unitText(rowid, source, target) VALUES (new.id, new.source, new.target);
                END;
                CREATE TRIGGER unitText_delete AFTER DELETE ON unit BEGIN
                    INSERT INTO unitText(unitText, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
                END;
                CREATE TRIGGER unitText_update AFTER UPDATE OF source, target ON unit BEGIN
                    INSERT INTO unitText(unitText, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
                    INSERT INTO unitText(rowid, source, target) VALUES (new.id, new.source, new.target);
                END;
                """)
            try db.execute(sql: "INSERT INTO memory(name, isReadOnly) VALUES (?, 0)", arguments: [StoredMemory.projectName])
        }
        migrator.registerMigration("v2: concordance filled by the store, not row by row") { db in
            // Concordance.adding(_:deferred:_:) adds inserted units in bulk.
            try db.execute(sql: "DROP TRIGGER unitText_insert")
        }
        migrator.registerMigration("v3: documents and their segments") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("path", .text).notNull()
                t.column("addedAt", .datetime).notNull()
                t.column("changedAt", .datetime).notNull()
            }
            try db.create(table: "segment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("document", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("paragraph", .integer).notNull()
                t.column("paragraphKind", .text).notNull()
                t.column("source", .text).notNull()
                t.column("target", .text)
                t.column("state", .text).notNull()
                t.column("isRepetition", .boolean).notNull().defaults(to: false)
                t.column("changedAt", .datetime)
                t.column("changedBy", .text)
                t.uniqueKey(["documentId", "position"])
            }
        }
        migrator.registerMigration("v4: one current translation per segment, its history, collision-free keys") { db in
            try db.alter(table: "unit") { t in t.add(column: "context", .text) }
            // Keys are recomputed with the new separator (StoredUnit.pairKey).
            var keys: [(Int64, Int64)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source, target FROM unit")
            while let row = try rows.next() {
                keys.append((row[0], StoredUnit.pairKey(source: row[1], target: row[2])))
            }
            let update = try db.makeStatement(sql: "UPDATE unit SET pairKey = ? WHERE id = ?")
            for (id, key) in keys { try update.execute(arguments: [key, id]) }
            // A translator's confirmations are found by document and source, to be replaced
            // when corrected; only they have a context, so the index stays small.
            try db.execute(sql: "CREATE INDEX unit_context ON unit(context, source) WHERE context IS NOT NULL")
            // Translations replaced, edited or deleted: shown by `juru tm history`, never matched.
            try db.create(table: "unitHistory") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("unit", onDelete: .setNull)
                t.belongsTo("memory", onDelete: .cascade).notNull()
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
                t.column("context", .text)
                t.column("origin", .text).notNull()
                t.column("changedAt", .datetime).notNull()
                t.column("changedBy", .text)
                t.column("replacedAt", .datetime).notNull()
                t.column("replacedBy", .text)
                t.column("reason", .text).notNull()
            }
            try db.create(index: "unitHistory_source", on: "unitHistory", columns: ["source"])
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        migrator.registerMigration("v5: segments filled by pre-translation") { db in
            try db.alter(table: "segment") { t in t.add(column: "filledFrom", .text) }
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        migrator.registerMigration("v6: a translator's note per segment") { db in
            // `:note` in the REPL; exported as TMX <note> and a TSV column.
            try db.alter(table: "segment") { t in t.add(column: "note", .text) }
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        migrator.registerMigration("v7: what a TMX unit carries beyond Juru's columns, kept for export") { db in
            try db.alter(table: "unit") { t in t.add(column: "tmxExtras", .text) }
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        migrator.registerMigration("v8: document sources and inline codes") { db in
            // The file a document came from (a saved page, an XLIFF file), so that its
            // export can be the same file translated. Inline codes are read again from
            // it, in the same order as on import.
            try db.create(table: "documentSource") { t in
                t.primaryKey("documentId", .integer).references("document", onDelete: .cascade)
                t.column("format", .text).notNull()
                t.column("original", .blob).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = 8")
        }
        // The team's tables are in Team/TeamTables.swift.
        migrator.registerMigration("v9: team outbox and sync state") { db in
            try TeamTables.create(db)
            try db.execute(sql: "PRAGMA user_version = 9")
        }
        migrator.registerMigration("v10: the concordance filled up to a mark, bulk writes after it") { db in
            try Concordance.createMark(db)
            try db.execute(sql: "PRAGMA user_version = 10")
        }
        return migrator
    }
}
