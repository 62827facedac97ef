import Foundation
import GRDB

/// Find and replace across a document's translations (`:r OLD NEW`).
extension MemoryStore {
    /// What a replacement did, so that one undo takes all of it back.
    public struct Replacement: Sendable {
        /// The segments changed, as they are now.
        public var segments: [StoredSegment]
        /// The same segments as they were before.
        public var previous: [StoredSegment]
        /// What it did to the project memory's units, in order.
        public var changes: [UnitChange]
    }

    /// Gives each segment in `after` (by id) its new translation, in one transaction.
    /// A confirmed segment keeps its state and its unit in the project memory gets
    /// the new translation too (the old one goes to the unit's history); a draft
    /// stays a draft.
    public func replaceTranslations(_ after: [(segment: StoredSegment, target: String)], in document: StoredDocument,
                                    user: String? = ProcessInfo.processInfo.environment["USER"]) throws -> Replacement {
        try database.write { db in
            let now = Date()
            var replacement = Replacement(segments: [], previous: [], changes: [])
            for (segment, target) in after {
                guard var stored = try StoredSegment.fetchOne(db, key: segment.id!), stored.target != nil else { continue }
                replacement.previous.append(stored)
                stored.target = target
                stored.changedAt = now
                stored.changedBy = user
                try stored.update(db)
                replacement.segments.append(stored)
                guard stored.state == .translated || stored.state == .reviewed else { continue }
                let (unit, change) = try Self.storeCurrentTranslation(source: stored.source, target: target,
                                                                      context: document.name, user: user, now: now, db)
                replacement.changes.append(change)
                try Outbox.record(.confirmed(source: unit.source, target: unit.target, context: document.name,
                                             origin: unit.origin), db)  // for the team, if in one
                if let note = stored.note { try Self.copyNote(note, toUnitOf: stored.source, context: document.name, db) }
            }
            try Outbox.recordSegments(replacement.segments, in: document.name, db)
            return replacement
        }
    }
}
