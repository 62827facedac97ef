import Foundation
import GRDB

/// Filling a document's untranslated segments from the memory before the translator
/// starts (`juru pretranslate`): an exact match, or one confirmed in this very
/// document, as translated; a lower one from the chosen minimum as a draft, to check;
/// repetitions of a filled segment with it. Each filled segment remembers the match
/// it came from, so that the fill can be taken back (``undo(_:in:)``) as long as the
/// translator has not confirmed it.
public enum Pretranslation {
    public struct Report: Sendable, Equatable {
        /// Segments filled, per band of their match.
        public var filled: [DocumentAnalysis.Band: Int] = [:]
        /// Segments left as they were: no match from the minimum.
        public var left = 0
        /// Segments filled as translated (exact matches and their repetitions), and as drafts.
        public var translated = 0
        public var drafts = 0
    }

    /// Fills the new segments of `document` from `memory`'s matches scoring `minimum`
    /// or more (0...1). Numbers are adapted as the REPL adapts them; an adapted match
    /// is a draft, never translated.
    public static func run(_ document: StoredDocument, memory: TranslationMemory, minimum: Double,
                           user: String? = ProcessInfo.processInfo.environment["USER"]) throws -> Report {
        var report = Report()
        var filledSources: [String: (String, DocumentAnalysis.Band, String)] = [:]
        var changes: [StoredSegment] = []
        let now = Date()
        for var segment in try memory.store.segments(of: document) where segment.state == .new {
            let fill: (text: String, band: DocumentAnalysis.Band, origin: String)
            var state = SegmentState.draft
            if let earlier = filledSources[segment.source] {
                fill = (earlier.0, .repetition, earlier.2)
                if earlier.1 == .exact { state = .translated }
            } else if let match = try memory.matches(for: segment.source, threshold: max(0.5, minimum), limit: 1,
                                                     document: document.name).first {
                let exact = match.wordScore >= 1 && match.characterScore >= 1
                let sameDocument = match.unit.context == document.name && match.wordScore >= 1
                // Numbers adapted as the REPL's :1 would take them.
                let text = exact ? match.unit.target : match.suggestion(for: segment.source).text
                var band = DocumentAnalysis.Band(score: match.wordScore)
                if exact || sameDocument { band = .exact } else if band == .exact { band = .high }
                if band == .exact { state = .translated }
                fill = (text, band, "unit \(match.unit.id!), \(Int((match.wordScore * 100).rounded(.down)))%")
                filledSources[segment.source] = fill
            } else {
                report.left += 1
                continue
            }
            segment.target = fill.text
            segment.state = state
            segment.isRepetition = fill.band == .repetition
            segment.filledFrom = fill.origin
            segment.changedAt = now
            segment.changedBy = user
            changes.append(segment)
            report.filled[fill.band, default: 0] += 1
            if state == .translated { report.translated += 1 } else { report.drafts += 1 }
        }
        try memory.store.update(changes)
        return report
    }

    /// Takes back what pretranslation filled in `document` and nobody confirmed since.
    /// Returns how many segments are new again.
    @discardableResult
    public static func undo(_ document: StoredDocument, in store: MemoryStore) throws -> Int {
        var reverted: [StoredSegment] = []
        for var segment in try store.segments(of: document) where segment.filledFrom != nil {
            segment.target = nil
            segment.state = .new
            segment.isRepetition = false
            segment.filledFrom = nil
            segment.changedAt = nil
            segment.changedBy = nil
            reverted.append(segment)
        }
        try store.update(reverted)
        return reverted.count
    }
}

extension MemoryStore {
    /// Stores changed segments, all in one transaction.
    public func update(_ segments: [StoredSegment]) throws {
        try database.write { db in for segment in segments { try segment.update(db) } }
    }
}
