import Foundation
import GRDB

/// Where a segment is in a translator's work.
public enum SegmentState: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    /// Not touched yet.
    case new
    /// Filled but not confirmed: a repetition filled from an identical segment, or a
    /// translation the translator skipped past.
    case draft
    /// Confirmed by the translator.
    case translated
    /// Checked by a reviewer.
    case reviewed
}

/// An article in the workspace: its segments, in order, live in ``StoredSegment``.
public struct StoredDocument: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "document"

    public var id: Int64?
    /// The article's file name, which names the document on the command line.
    public var name: String
    public var path: String
    public var addedAt: Date
    public var changedAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One segment of a document, with its translation and state.
public struct StoredSegment: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "segment"

    public var id: Int64?
    public var documentId: Int64
    /// Order in the document, from 0.
    public var position: Int
    /// The paragraph it belongs to, from 0: an export puts segments of one paragraph
    /// on one line.
    public var paragraph: Int
    public var paragraphKind: ParagraphKind
    public var source: String
    public var target: String?
    public var state: SegmentState
    /// Filled from an identical segment, not typed for this one.
    public var isRepetition: Bool
    public var changedAt: Date?
    public var changedBy: String?
    /// Filled by `juru pretranslate` from this memory match (`unit ID, N%`), and not
    /// confirmed since: what `juru pretranslate --undo` takes back.
    public var filledFrom: String?
    /// The translator's note on the segment (`:note`): a query for the client, a
    /// source to check. It goes with the translation into the memory and the exports.
    public var note: String?

    public init(id: Int64? = nil, documentId: Int64, position: Int, paragraph: Int, paragraphKind: ParagraphKind,
                source: String, target: String? = nil, state: SegmentState = .new, isRepetition: Bool = false,
                changedAt: Date? = nil, changedBy: String? = nil, filledFrom: String? = nil, note: String? = nil) {
        self.id = id
        self.documentId = documentId
        self.position = position
        self.paragraph = paragraph
        self.paragraphKind = paragraphKind
        self.source = source
        self.target = target
        self.state = state
        self.isRepetition = isRepetition
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.filledFrom = filledFrom
        self.note = note
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Words in the source, as translators are paid by.
    public var sourceWords: Int { source.split(whereSeparator: { $0.isWhitespace }).count }
}

extension ParagraphKind: DatabaseValueConvertible {}
