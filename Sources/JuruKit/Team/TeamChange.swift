import Foundation

/// One change a translator made to the shared data, as it travels between a
/// workspace and the team server. Units are named by their texts and document, never
/// by a workspace's row ids, which differ from one workspace to the next.
public enum TeamChange: Codable, Sendable, Equatable {
    /// A confirmation: `target` is now the current translation of `source` in the
    /// document `context`.
    case confirmed(source: String, target: String, context: String, origin: String)
    /// A pair added by hand (`juru tm add`), with no document.
    case unitAdded(source: String, target: String, origin: String, note: String?)
    /// A unit given another translation (`juru tm edit`); the old one goes to history.
    case unitEdited(source: String, oldTarget: String, context: String?, target: String)
    /// A unit deleted; its translation stays in history.
    case unitDeleted(source: String, target: String, context: String?)
    /// A term added in Juru (`juru glossary add`, the REPL).
    case termAdded(GlossaryEntry)
    /// An article added to the workspace, with its segments.
    case documentAdded(name: String, path: String, segments: [SharedSegment])
    /// A segment's translation or state changed.
    case segmentChanged(document: String, position: Int, source: String, target: String?, state: SegmentState)

    /// The kind, as the server's `kind` column shows it.
    public var kind: String {
        switch self {
        case .confirmed: "confirmed"
        case .unitAdded: "unit-added"
        case .unitEdited: "unit-edited"
        case .unitDeleted: "unit-deleted"
        case .termAdded: "term-added"
        case .documentAdded: "document-added"
        case .segmentChanged: "segment-changed"
        }
    }

    /// Changes to the shared memory or glossary themselves: refused outright for a role
    /// that may only read. A reader's confirmations and document work stay local.
    var writesSharedData: Bool {
        switch self {
        case .unitAdded, .unitEdited, .unitDeleted, .termAdded: true
        case .confirmed, .documentAdded, .segmentChanged: false
        }
    }

    /// The key of the current translation a confirmation sets: its document and source.
    var currentKey: String? {
        if case .confirmed(let source, _, let context, _) = self { return context + "\u{FF}" + source }
        return nil
    }

    var json: String { String(decoding: try! JSONEncoder().encode(self), as: UTF8.self) }

    init(json: String) throws { self = try JSONDecoder().decode(Self.self, from: Data(json.utf8)) }
}

/// A segment of a shared document: what another translator needs to continue it.
public struct SharedSegment: Codable, Sendable, Equatable {
    public var position: Int
    public var paragraph: Int
    public var paragraphKind: ParagraphKind
    public var source: String
    public var target: String?
    public var state: SegmentState

    init(_ segment: StoredSegment) {
        position = segment.position
        paragraph = segment.paragraph
        paragraphKind = segment.paragraphKind
        source = segment.source
        target = segment.target
        state = segment.state
    }
}
