import Foundation
import GRDB

/// A translator's confirmation, stored whole: the segment, its repetitions, the
/// project memory's unit and the history of the unit's earlier translation, in one
/// transaction, so that a crash never leaves a confirmed segment without its unit.
///
/// The project memory keeps one current translation per source and document (the
/// unit's `context`): re-confirming a segment replaces the translation it had, which
/// goes to the unit's history and is never offered as a match again. The same source
/// translated differently in two documents keeps both, each with its document; the
/// lookup ranks the one from the document in hand first (OmegaT's default and
/// alternative translations, Trados' context matches).
extension MemoryStore {
    /// What a confirmation did to the memory, so that undo can take exactly that back.
    public enum UnitChange: Sendable, Equatable {
        /// A new unit.
        case created(Int64)
        /// The unit had another translation, now in its history under `historyID`.
        case replaced(previous: StoredUnit, historyID: Int64)
        /// The unit already had this translation: only its date changed.
        case kept(previous: StoredUnit)
    }

    /// A stored confirmation.
    public struct Confirmation: Sendable {
        /// The segments changed, the confirmed one first, then the repetitions filled.
        public var segments: [StoredSegment]
        /// The same segments as they were before: what undo puts back.
        public var previous: [StoredSegment]
        /// The project memory's unit as it is now.
        public var unit: StoredUnit
        public var change: UnitChange
    }

    /// Confirms `target` as the translation of `segment` of `document`: fills the
    /// document's identical untranslated segments (repetitions, as drafts) and makes
    /// `target` the current translation of the source in the project memory.
    public func confirm(_ segment: StoredSegment, target: String, in document: StoredDocument,
                        state: SegmentState = .translated,
                        user: String? = ProcessInfo.processInfo.environment["USER"]) throws -> Confirmation {
        try database.write { db in
            let now = Date()
            let before = try StoredSegment.fetchOne(db, key: segment.id!) ?? segment
            let (segments, previous) = try Self.confirmSegments(before, target: target, state: state, user: user, now: now, db)
            var (unit, change) = try Self.storeCurrentTranslation(source: segment.source, target: target,
                                                                   context: document.name, user: user, now: now, db)
            // The segment's note goes with its translation into the memory.
            if let note = before.note, unit.note != note {
                try Self.copyNote(note, toUnitOf: segment.source, context: document.name, db)
                unit.note = note
            }
            let confirmation = Confirmation(segments: segments, previous: previous, unit: unit, change: change)
            try Outbox.recordConfirmation(confirmation, in: document.name, db)  // for the team, if in one
            return confirmation
        }
    }

    /// Takes a confirmation back: the segments as they were, and the unit as it was
    /// (a unit the confirmation created is deleted; a replaced translation comes back
    /// from the history).
    public func undo(_ change: UnitChange, segments: [StoredSegment]) throws {
        try undo([change], segments: segments)
    }

    /// Takes back several changes made in one transaction (a replacement across a
    /// document), newest first, in one transaction.
    public func undo(_ changes: [UnitChange], segments: [StoredSegment]) throws {
        try database.write { db in
            for segment in segments { try segment.update(db) }
            try Outbox.recordSegmentsUndone(segments, db)  // for the team, if in one
            for change in changes.reversed() {
                try Outbox.recordUndo(change, db)
                switch change {
                case .created(let id):
                    _ = try StoredUnit.deleteOne(db, key: id)
                case .replaced(let previous, let historyID):
                    try previous.update(db)
                    try db.execute(sql: "DELETE FROM unitHistory WHERE id = ?", arguments: [historyID])
                case .kept(let previous):
                    try previous.update(db)
                }
            }
        }
    }

    private static func confirmSegments(_ segment: StoredSegment, target: String, state: SegmentState, user: String?,
                                        now: Date, _ db: Database) throws -> ([StoredSegment], [StoredSegment]) {
        var confirmed = segment
        confirmed.target = target
        confirmed.state = state
        confirmed.isRepetition = false
        confirmed.filledFrom = nil
        confirmed.changedAt = now
        confirmed.changedBy = user
        try confirmed.update(db)
        var changed = [confirmed]
        var previous = [segment]
        let repetitions = try StoredSegment
            .filter(Column("documentId") == segment.documentId && Column("source") == segment.source
                    && Column("id") != segment.id!
                    && (Column("state") == SegmentState.new.rawValue
                        || (Column("isRepetition") == true && Column("state") == SegmentState.draft.rawValue)))
            .fetchAll(db)
        for var repetition in repetitions {
            previous.append(repetition)
            repetition.target = target
            repetition.state = .draft
            repetition.isRepetition = true
            repetition.filledFrom = nil
            repetition.changedAt = now
            repetition.changedBy = user
            try repetition.update(db)
            changed.append(repetition)
        }
        return (changed, previous)
    }

    /// Makes `target` the project memory's current translation of `source` in `context`.
    static func storeCurrentTranslation(source: String, target: String, context: String, user: String?, now: Date,
                                        origin: String = "translator", _ db: Database) throws -> (StoredUnit, UnitChange) {
        let project = try projectMemoryID(db)
        let source = source.nfc, target = target.nfc
        // `+memoryId`: SQLite would otherwise pick the memoryId index and read the whole
        // project memory for each confirmation; the (context, source) index finds the one.
        if var unit = try StoredUnit.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM unit WHERE +memoryId = ? AND context = ? AND source = ?"),
            arguments: [project, context, source]) {
            let previous = unit
            unit.changedAt = now
            unit.changedBy = user
            if unit.target == target {
                try unit.update(db)
                return (unit, .kept(previous: previous))
            }
            let historyID = try recordHistory(of: previous, reason: .corrected, at: now, by: user, db)
            unit.target = target
            unit.targetMarkup = nil
            unit.origin = origin
            unit.rekey()
            try unit.update(db)
            return (unit, .replaced(previous: previous, historyID: historyID))
        }
        var unit = StoredUnit(memoryId: project, source: source, target: target, origin: origin, createdAt: now,
                              createdBy: user, context: context)
        unit.id = try Concordance.adding(db) { try upsert(unit, db) }
        return (unit, .created(unit.id!))
    }

    static func projectMemoryID(_ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM memory WHERE name = ?"),
                                          arguments: [StoredMemory.projectName]) else {
            throw MemoryStoreError.database("memory", "the project memory is missing")
        }
        return id
    }
}
