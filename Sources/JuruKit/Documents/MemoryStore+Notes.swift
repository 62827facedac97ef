import Foundation
import GRDB

/// A translator's note on a segment (`:note` in the REPL): kept on the segment, and
/// on the project memory's unit of its translation, so that `juru tm export` and
/// `juru export --tmx` write it as the unit's TMX `<note>`.
extension MemoryStore {
    /// Sets (or, with nil, clears) the note of `segment` of `document`, in one
    /// transaction with the note of its unit in the project memory, if it has one.
    /// Returns the segment as stored.
    public func setNote(_ note: String?, of segment: StoredSegment, in document: StoredDocument) throws -> StoredSegment {
        try database.write { db in
            guard var stored = try StoredSegment.fetchOne(db, key: segment.id!) else { return segment }
            stored.note = note
            try stored.update(db)
            try Self.copyNote(note, toUnitOf: stored.source, context: document.name, db)
            return stored
        }
    }

    /// The note goes with the translation: the project memory's current unit of
    /// `source` in the document (`context`) gets it, when there is one.
    static func copyNote(_ note: String?, toUnitOf source: String, context: String, _ db: Database) throws {
        let project = try projectMemoryID(db)
        try db.execute(sql: "UPDATE unit SET note = ? WHERE +memoryId = ? AND context = ? AND source = ?",
                       arguments: [note, project, context, source.nfc])
    }
}
