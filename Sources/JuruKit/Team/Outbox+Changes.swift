import GRDB

/// The outbox entries for each kind of local change, so that the store's methods
/// need one line each to share what they did.
extension Outbox {
    /// A unit added by hand or by an import to the project memory (reference
    /// memories stay local).
    static func recordAdded(_ unit: StoredUnit, _ db: Database) throws {
        guard unit.memoryId == (try MemoryStore.projectMemoryID(db)) else { return }
        if let context = unit.context {
            try record(.confirmed(source: unit.source, target: unit.target, context: context, origin: unit.origin), db)
        } else {
            try record(.unitAdded(source: unit.source, target: unit.target, origin: unit.origin, note: unit.note), db)
        }
    }

    /// A confirmation: the current translation, then each segment it changed.
    static func recordConfirmation(_ confirmation: MemoryStore.Confirmation, in document: String, _ db: Database) throws {
        let unit = confirmation.unit
        try record(.confirmed(source: unit.source, target: unit.target, context: document, origin: unit.origin), db)
        try recordSegments(confirmation.segments, in: document, db)
    }

    /// An undo's segments, as they were again.
    static func recordSegmentsUndone(_ segments: [StoredSegment], _ db: Database) throws {
        let document = try String.fetchOne(db, sql: "SELECT name FROM document WHERE id = ?",
                                           arguments: [segments.first?.documentId])
        if let document { try recordSegments(segments, in: document, db) }
    }

    /// An undo's unit as it was, recorded before the store takes the change back
    /// (a unit the change created is still there to name).
    static func recordUndo(_ change: MemoryStore.UnitChange, _ db: Database) throws {
        switch change {
        case .created(let id):
            if let current = try StoredUnit.fetchOne(db, key: id) {
                try record(.unitDeleted(source: current.source, target: current.target, context: current.context), db)
            }
        case .replaced(let previous, _):
            if let context = previous.context {
                try record(.confirmed(source: previous.source, target: previous.target, context: context,
                                      origin: previous.origin), db)
            }
        case .kept:
            break
        }
    }

    static func recordSegments(_ segments: [StoredSegment], in document: String, _ db: Database) throws {
        for segment in segments {
            try record(.segmentChanged(document: document, position: segment.position, source: segment.source,
                                       target: segment.target, state: segment.state), db)
        }
    }

    /// One segment's translation or state (a draft kept, a review), by its document.
    static func recordSegment(_ segment: StoredSegment, _ db: Database) throws {
        guard try TeamMembership.current(db) != nil,
              let document = try String.fetchOne(db, sql: "SELECT name FROM document WHERE id = ?",
                                                 arguments: [segment.documentId]) else { return }
        try recordSegments([segment], in: document, db)
    }

    /// An article added: its segments as stored.
    static func recordDocument(_ document: StoredDocument, _ db: Database) throws {
        let segments = try StoredSegment.filter(Column("documentId") == document.id!).order(Column("position")).fetchAll(db)
        try record(.documentAdded(name: document.name, path: document.path, segments: segments.map(SharedSegment.init)), db)
    }
}
