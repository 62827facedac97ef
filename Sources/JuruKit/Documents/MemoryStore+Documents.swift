import Foundation
import GRDB

extension MemoryStore {
    /// What adding an article did.
    public struct AddReport: Sendable, Equatable {
        public var document: String
        public var segments: Int
        /// Translations kept from the document's earlier version (same source text).
        public var keptTranslations: Int
        /// Whether the document was new to the workspace.
        public var isNew: Bool
        /// Segments longer than ``OverlongSegments/limit`` characters, cut into pieces.
        public var overlongCut = 0
    }

    /// Stores `segments` as document `name`, in one transaction. A document already
    /// there is replaced, keeping the translation of every segment whose source is
    /// unchanged.
    @discardableResult
    public func addDocument(name: String, path: String, segments: [StoredSegment], replace: Bool = false) throws -> AddReport {
        guard !segments.isEmpty else { throw DocumentError.noSegments(path) }
        return try database.write { db in
            let now = Date()
            var kept: [String: [StoredSegment]] = [:]
            var document: StoredDocument
            var isNew = true
            if var existing = try StoredDocument.filter(Column("name") == name).fetchOne(db) {
                guard existing.path == path || replace else { throw DocumentError.nameTaken(name, existing.path) }
                isNew = false
                for old in try StoredSegment.filter(Column("documentId") == existing.id!).order(Column("position")).fetchAll(db)
                where old.target != nil || old.note != nil {  // a note alone is kept too
                    kept[old.source, default: []].append(old)
                }
                try StoredSegment.filter(Column("documentId") == existing.id!).deleteAll(db)
                existing.path = path
                existing.changedAt = now
                try existing.update(db)
                document = existing
            } else {
                document = StoredDocument(id: nil, name: name, path: path, addedAt: now, changedAt: now)
                try document.insert(db)
            }
            var keptCount = 0
            for var segment in segments {
                segment.id = nil
                segment.documentId = document.id!
                if var queue = kept[segment.source], !queue.isEmpty {
                    let old = queue.removeFirst()
                    kept[segment.source] = queue
                    segment.target = old.target
                    segment.state = old.state
                    segment.isRepetition = old.isRepetition
                    segment.changedAt = old.changedAt
                    segment.changedBy = old.changedBy
                    segment.note = old.note
                    if old.target != nil { keptCount += 1 }
                }
                try segment.insert(db)
            }
            try Outbox.recordDocument(document, db)  // for the team, if in one
            return AddReport(document: name, segments: segments.count, keptTranslations: keptCount, isNew: isNew)
        }
    }

    /// Every document, the one added or updated last at the end.
    public func documents() throws -> [StoredDocument] {
        try database.read { db in try StoredDocument.order(Column("changedAt"), Column("id")).fetchAll(db) }
    }

    /// The document named `name` (its file name, with or without extension).
    public func document(named name: String) throws -> StoredDocument? {
        try database.read { db in
            if let exact = try StoredDocument.filter(Column("name") == name).fetchOne(db) { return exact }
            return try StoredDocument.filter(sql: "name LIKE ? ESCAPE '\\'", arguments: [Self.likePattern(name) + ".%"])
                .fetchOne(db)
        }
    }

    /// A document's segments, in order.
    public func segments(of document: StoredDocument) throws -> [StoredSegment] {
        try database.read { db in
            try StoredSegment.filter(Column("documentId") == document.id!).order(Column("position")).fetchAll(db)
        }
    }

    /// Removes a document and its segments. The memory keeps the translations
    /// confirmed in it. Returns false when there is no such document.
    @discardableResult
    public func removeDocument(_ document: StoredDocument) throws -> Bool {
        try database.write { db in try StoredDocument.deleteOne(db, key: document.id!) }
    }

    /// Joins `segment` with the one after it in its paragraph into one segment, which
    /// needs translating again (the two translations, if both had one, are kept joined
    /// as a draft). Returns the document's segments; nil when there is no next segment
    /// in the paragraph.
    public func joinWithNext(_ segment: StoredSegment) throws -> [StoredSegment]? {
        try database.write { db in
            let documentId = segment.documentId
            guard var first = try StoredSegment.fetchOne(db, key: segment.id!),
                  let second = try StoredSegment.filter(Column("documentId") == documentId
                                                        && Column("position") == first.position + 1).fetchOne(db),
                  second.paragraph == first.paragraph else {
                return nil  // the last segment, or the next is another paragraph
            }
            first.source = first.source + " " + second.source
            // A half without translation would vanish from the export: keep both or neither.
            first.target = first.target.flatMap { a in second.target.map { a + " " + $0 } }
            first.state = first.target == nil ? .new : .draft
            first.isRepetition = false
            // Notes on either half stay with the joined segment.
            let notes = [first.note, second.note].compactMap { $0 }
            first.note = notes.isEmpty ? nil : notes.joined(separator: " ")
            try first.update(db)
            try second.delete(db)
            try Self.shift(documentId, after: second.position, by: -1, db)
            return try Self.segments(documentId, db)
        }
    }

    /// Splits `segment` after its first `words` words into two segments; a translation
    /// it had stays on the first as a draft. Returns the document's segments; nil when
    /// there is nothing to split there.
    public func split(_ segment: StoredSegment, afterWords words: Int) throws -> [StoredSegment]? {
        let parts = segment.source.split(whereSeparator: { $0.isWhitespace })
        guard words >= 1, words < parts.count else { return nil }
        return try database.write { db in
            guard var first = try StoredSegment.fetchOne(db, key: segment.id!) else { return nil }
            try Self.shift(first.documentId, after: first.position, by: 1, db)
            first.source = parts[..<words].joined(separator: " ")
            // The old translation stays on the first half as a draft, to cut in two by hand.
            first.state = first.target == nil ? .new : .draft
            first.isRepetition = false
            try first.update(db)
            var second = StoredSegment(documentId: first.documentId, position: first.position + 1, paragraph: first.paragraph,
                                       paragraphKind: first.paragraphKind, source: parts[words...].joined(separator: " "))
            try second.insert(db)
            return try Self.segments(first.documentId, db)
        }
    }

    /// Moves the segments after `position` by `offset`, in an order that keeps
    /// positions unique at every step.
    private static func shift(_ documentId: Int64, after position: Int, by offset: Int, _ db: Database) throws {
        let order = offset > 0 ? Column("position").desc : Column("position").asc
        for var segment in try StoredSegment.filter(Column("documentId") == documentId && Column("position") > position)
            .order(order).fetchAll(db) {
            segment.position += offset
            try segment.update(db)
        }
    }

    private static func segments(_ documentId: Int64, _ db: Database) throws -> [StoredSegment] {
        try StoredSegment.filter(Column("documentId") == documentId).order(Column("position")).fetchAll(db)
    }

    private static func likePattern(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Why an article could not be stored as a document.
public enum DocumentError: Error, LocalizedError, Equatable {
    case nameTaken(String, String)
    case noSegments(String)

    public var errorDescription: String? {
        switch self {
        case .nameTaken(let name, let path):
            "a document named \(name) is already in the workspace, from \(path); rename the file, or pass --replace"
        case .noSegments(let path): "\(path): no text to translate was found in it"
        }
    }
}
