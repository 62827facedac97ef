import Foundation
import GRDB

/// Changes pulled from the team server, applied to the local copy. They go through
/// the store's own steps (current translation, history) but never into the outbox:
/// they are on the server already.
extension MemoryStore {
    /// What applying a batch of pulled changes did.
    struct Applied: Sendable {
        var changes = 0
        var termsAdded = 0
    }

    /// Applies `changes` (oldest first) and remembers the last sequence seen, in one
    /// transaction: a crash half-way applies them again, never half. A batch the server
    /// stored just before (`sent`) is forgotten from the outbox first, in the same
    /// transaction: one disk flush for the round instead of two.
    func apply(_ changes: [TeamServer.Numbered], clientId: String, glossary: WorkspaceGlossary?,
               sent: Outbox.Sent? = nil) throws -> Applied {
        try database.write { db in
            if let sent { try Self.forget(sent, db) }
            var applied = Applied()
            // Another sync of this workspace (the REPL's listener) may have applied them.
            let seen = try TeamMembership.current(db)?.lastSequence ?? 0
            let fresh = changes.filter { $0.sequence > seen && $0.clientId != clientId }
            applied.changes = changes.count { $0.sequence > seen }
            var added: [StoredUnit] = []
            let project = try Self.projectMemoryID(db)
            for numbered in fresh {
                guard let change = numbered.change else { continue }
                // Pairs added by hand or by an import (a first join brings a whole memory of
                // them) are stored together, the concordance filled once for them all.
                if case .unitAdded(let source, let target, let origin, let note) = change {
                    added.append(StoredUnit(memoryId: project, source: source, target: target, origin: origin,
                                            createdAt: Date(), createdBy: numbered.author, note: note))
                    continue
                }
                try addUnits(&added, db)  // in order: a later change may edit one of them
                if case .termAdded(let entry) = change {
                    if try glossary?.addIfMissing(entry) == true { applied.termsAdded += 1 }
                    continue
                }
                try Self.apply(change, sequence: numbered.sequence, author: numbered.author, db)
            }
            try addUnits(&added, db)
            if let last = changes.last?.sequence {
                try db.execute(sql: "UPDATE teamMembership SET lastSequence = max(lastSequence, ?), lastSyncAt = ?",
                               arguments: [last, StoredDate.databaseValue(Date())])
            }
            return applied
        }
    }

    /// Stores the pairs gathered so far and empties the list.
    private func addUnits(_ units: inout [StoredUnit], _ db: Database) throws {
        guard !units.isEmpty else { return }
        _ = try Concordance.adding(db) { for unit in units { _ = try Self.upsert(unit, db) } }
        units.removeAll(keepingCapacity: true)
    }

    private static func apply(_ change: TeamChange, sequence: Int64, author: String, _ db: Database) throws {
        let now = Date()
        switch change {
        case .confirmed(let source, let target, let context, let origin):
            try applyConfirmation(source: source, target: target, context: context, origin: origin,
                                  key: change.currentKey!, sequence: sequence, author: author, db)
        case .unitAdded:
            break  // gathered and stored together: see apply(_:clientId:glossary:)
        case .unitEdited(let source, let oldTarget, let context, let target):
            guard var unit = try projectUnit(source: source, target: oldTarget, context: context, db) else { return }
            try recordHistory(of: unit, reason: .edited, at: now, by: author, db)
            unit.target = target
            unit.targetMarkup = nil
            unit.changedAt = now
            unit.changedBy = author
            unit.rekey()
            try unit.update(db)
        case .unitDeleted(let source, let target, let context):
            guard let unit = try projectUnit(source: source, target: target, context: context, db) else { return }
            try recordHistory(of: unit, reason: .deleted, at: now, by: author, db)
            _ = try StoredUnit.deleteOne(db, key: unit.id!)
        case .documentAdded(let name, let path, let segments):
            try applyDocument(name: name, path: path, segments: segments, at: now, db)
        case .segmentChanged(let document, let position, let source, let target, let state):
            try db.cachedStatement(sql: """
                UPDATE segment SET target = ?, state = ?, isRepetition = 0, filledFrom = NULL, changedAt = ?, changedBy = ?
                WHERE position = ? AND source = ? AND documentId = (SELECT id FROM document WHERE name = ?)
                """).execute(arguments: [target, state, StoredDate.databaseValue(now), author, position, source, document])
        case .termAdded:
            break  // a file, not the store: see apply(_:clientId:glossary:)
        }
    }

    /// Two confirmations of one segment: both are kept, and the one later on the server
    /// is current everywhere; the translator whose translation went to history is told.
    private static func applyConfirmation(source: String, target: String, context: String, origin: String, key: String,
                                          sequence: Int64, author: String, _ db: Database) throws {
        let now = Date()
        // Cached statements: a first join or a busy desk runs these for every change.
        let current = try StoredUnit.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM unit WHERE +memoryId = ? AND context = ? AND source = ?"),
            arguments: [try projectMemoryID(db), context, source])
        let seen = try Int64.fetchOne(db.cachedStatement(sql: "SELECT sequence FROM teamCurrent WHERE key = ?"),
                                      arguments: [key]) ?? 0
        if try Outbox.hasConfirmation(key: key, db) || seen > sequence {
            // Ours is later: theirs goes to history, ours stays current.
            guard let current, current.target != target else { return }
            var theirs = current
            theirs.target = target
            theirs.origin = origin
            theirs.changedBy = author
            try recordHistory(of: theirs, reason: .corrected, at: now, by: current.changedBy, db)
            try notice("\(author)'s translation of “\(source)” in \(context) is kept in history; yours is current", db)
            return
        }
        let (_, change) = try storeCurrentTranslation(source: source, target: target, context: context, user: author,
                                                      now: now, origin: origin, db)
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO teamCurrent (key, sequence) VALUES (?, ?)")
            .execute(arguments: [key, sequence])
        if case .replaced(let previous, _) = change, previous.changedBy != author {
            try notice("\(author) confirmed “\(source)” in \(context) as “\(target)”; "
                       + "your “\(previous.target)” is kept in history (juru tm history)", db)
        }
    }

    /// A shared document: added when new here; a version this workspace already has
    /// keeps its own segments (their changes arrive one by one).
    private static func applyDocument(name: String, path: String, segments: [SharedSegment], at now: Date,
                                      _ db: Database) throws {
        guard try StoredDocument.filter(Column("name") == name).fetchCount(db) == 0 else { return }
        var document = StoredDocument(id: nil, name: name, path: path, addedAt: now, changedAt: now)
        try document.insert(db)
        for shared in segments {
            var segment = StoredSegment(documentId: document.id!, position: shared.position, paragraph: shared.paragraph,
                                        paragraphKind: shared.paragraphKind, source: shared.source,
                                        target: shared.target, state: shared.state)
            try segment.insert(db)
        }
    }

    private static func projectUnit(source: String, target: String, context: String?, _ db: Database) throws -> StoredUnit? {
        try StoredUnit.filter(sql: "memoryId = ? AND source = ? AND target = ? AND context IS ?",
                              arguments: [try projectMemoryID(db), source, target, context]).fetchOne(db)
    }

    private static func notice(_ text: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO teamNotice (text, madeAt) VALUES (?, ?)", arguments: [text, Date()])
    }

    /// Remembers the server's numbers for confirmations this workspace sent, and forgets
    /// them from the outbox, in one transaction.
    func markSent(_ sent: Outbox.Sent) throws {
        try database.write { db in try Self.forget(sent, db) }
    }

    private static func forget(_ sent: Outbox.Sent, _ db: Database) throws {
        for (entry, number) in zip(sent.entries, sent.numbers) {
            guard let number, let key = entry.change.currentKey else { continue }
            try db.execute(sql: """
                INSERT INTO teamCurrent (key, sequence) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET sequence = max(sequence, excluded.sequence)
                """, arguments: [key, number])
        }
        if let last = sent.entries.last { try Outbox.remove(through: last.id, db) }
    }

    func pendingTeamChanges(limit: Int) throws -> [Outbox.Entry] {
        try database.read { db in try Outbox.pending(limit: limit, db) }
    }

    /// Records a term added in Juru for the team, and writes it with `write`, in one
    /// step: a role that may only read is refused before the file is touched.
    public func addTerm<Outcome>(_ entry: GlossaryEntry, write: () throws -> Outcome) throws -> Outcome {
        try database.write { db in
            try Outbox.record(.termAdded(entry), db)
            return try write()
        }
    }
}

extension WorkspaceGlossary {
    /// Adds a term pulled from the team unless the file has it already (sent twice
    /// after a crash, say). Returns whether it was added.
    func addIfMissing(_ entry: GlossaryEntry) throws -> Bool {
        if case .added = try add(entry) { return true }
        return false
    }
}
