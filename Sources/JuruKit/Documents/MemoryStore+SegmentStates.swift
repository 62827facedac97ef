import Foundation
import GRDB

extension MemoryStore {
    /// Keeps `text` as the segment's unconfirmed translation (state draft): what a
    /// translator typed and moved away from comes back after a restart. The memory is
    /// not touched. Returns the segment as stored.
    public func keepDraft(_ segment: StoredSegment, text: String, user: String? = nil) throws -> StoredSegment {
        try database.write { db in
            guard var stored = try StoredSegment.fetchOne(db, key: segment.id!) else { return segment }
            stored.target = text
            stored.state = .draft
            stored.isRepetition = false
            stored.filledFrom = nil
            stored.changedAt = Date()
            stored.changedBy = user ?? ProcessInfo.processInfo.environment["USER"]
            try stored.update(db)
            try Outbox.recordSegment(stored, db)  // for the team, if in one
            return stored
        }
    }

    /// Sets a translated segment's state (reviewed, or back to translated). A segment
    /// without a translation is left as it is. Returns the segment as stored.
    public func setState(_ segment: StoredSegment, to state: SegmentState, user: String? = nil) throws -> StoredSegment {
        try database.write { db in
            guard var stored = try StoredSegment.fetchOne(db, key: segment.id!), stored.target != nil else { return segment }
            stored.state = state
            stored.changedAt = Date()
            stored.changedBy = user ?? ProcessInfo.processInfo.environment["USER"]
            try stored.update(db)
            try Outbox.recordSegment(stored, db)  // for the team, if in one
            return stored
        }
    }
}
