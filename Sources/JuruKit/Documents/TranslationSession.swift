import Foundation

/// A translator working through one document: the segment in hand, its memory
/// matches and glossary terms, and what confirming, moving and undoing do. The REPL
/// is a view of it; nothing here touches the terminal.
///
/// Every confirmation is in the store before ``confirm(_:)`` returns, and in the
/// memory's index, so the next segment can match it.
public final class TranslationSession {
    public let document: StoredDocument
    public private(set) var segments: [StoredSegment]
    /// The segment in hand, an index into ``segments``.
    public private(set) var position: Int
    public let memory: TranslationMemory
    public let glossary: Glossary
    /// Matches shown from this score up.
    public var threshold: Double

    /// Each confirmation's segments as they were before it, and what it did to the
    /// memory's unit, newest last.
    private var undoStack: [(segments: [StoredSegment], unit: MemoryStore.UnitChange)] = []
    /// Words confirmed since the session began, for the words-per-hour figure.
    public private(set) var wordsConfirmed = 0
    /// Segments confirmed since the session began, for the closing summary.
    public private(set) var segmentsConfirmed = 0
    public let startedAt = Date()

    public init(document: StoredDocument, memory: TranslationMemory, glossary: Glossary, threshold: Double = 0.5) throws {
        self.document = document
        self.memory = memory
        self.glossary = glossary
        self.threshold = threshold
        segments = try memory.store.segments(of: document)
        position = segments.firstIndex { $0.state == .new || $0.state == .draft } ?? 0
    }

    public var current: StoredSegment { segments[position] }

    public var isEmpty: Bool { segments.isEmpty }

    /// The best memory matches of the segment in hand (its own confirmed translation
    /// among them, once it has one).
    public func matches(limit: Int = 5) throws -> [MemoryMatch] {
        try memory.matches(for: current.source, threshold: threshold, limit: limit, document: document.name)
    }

    /// The glossary terms of the segment in hand, each entry once (its first place).
    public func terms() -> [TermMatch] {
        var seen: Set<String> = []
        return glossary.terms(in: current.source).filter { match in
            seen.insert(match.entries.map(\.source).joined(separator: "|")).inserted
        }
    }

    /// What taking `match` into the edit line gives: its translation, with the
    /// numbers adapted when the match differs from the segment only in numbers.
    public func suggestion(from match: MemoryMatch) -> String {
        match.suggestion(for: current.source).text
    }

    /// Confirms `text` as the translation of the segment in hand, fills identical
    /// untranslated segments, makes it the memory's current translation of the source
    /// (all in one transaction), and moves to the next segment that needs work.
    /// Returns how many repetitions were filled.
    @discardableResult
    public func confirm(_ text: String) throws -> Int {
        let target = text.trimmingWhitespace()
        guard !target.isEmpty else { return 0 }
        try TranslationText.check(target)
        let before = current
        let confirmation = try memory.confirm(before, target: target, in: document)
        for segment in confirmation.segments {
            if let index = segments.firstIndex(where: { $0.id == segment.id }) { segments[index] = segment }
        }
        undoStack.append((segments: confirmation.previous, unit: confirmation.change))
        wordsConfirmed += before.sourceWords
        segmentsConfirmed += 1
        moveToNextOpen()
        return confirmation.segments.count - 1
    }

    /// Takes back the last confirmation: the segments as they were, and the memory's
    /// unit as it was (a unit it created is deleted, a translation it replaced comes
    /// back). False when there is nothing to undo.
    @discardableResult
    public func undo() throws -> Bool {
        guard let (previous, unit) = undoStack.last else { return false }
        try memory.store.undo(unit, segments: previous)
        undoStack.removeLast()
        for segment in previous {
            if let index = segments.firstIndex(where: { $0.id == segment.id }) { segments[index] = segment }
        }
        if let first = previous.first, let index = segments.firstIndex(where: { $0.id == first.id }) {
            position = index
            wordsConfirmed = max(0, wordsConfirmed - first.sourceWords)
            segmentsConfirmed = max(0, segmentsConfirmed - 1)
        }
        return true
    }

    /// Joins the segment in hand with the next (a sentence the segmenter cut in two).
    /// False when it is the last of its paragraph. Undo cannot take a join back.
    @discardableResult
    public func joinWithNext() throws -> Bool {
        guard position + 1 < segments.count, let joined = try memory.store.joinWithNext(current) else { return false }
        segments = joined
        undoStack.removeAll()
        return true
    }

    /// Splits the segment in hand after its first `words` words (two sentences the
    /// segmenter left together). False when there is nothing to split there.
    @discardableResult
    public func split(afterWords words: Int) throws -> Bool {
        guard let updated = try memory.store.split(current, afterWords: words) else { return false }
        segments = updated
        undoStack.removeAll()
        return true
    }

    /// Keeps `text` as the draft of the segment in hand (new or draft): a translator
    /// moving away finds it again, after a restart too. A translated segment keeps its
    /// confirmed translation; false then.
    @discardableResult
    public func keepDraft(_ text: String) throws -> Bool {
        let target = text.trimmingWhitespace()
        guard !target.isEmpty, current.state == .new || current.state == .draft, target != current.target else { return false }
        try TranslationText.check(target)
        segments[position] = try memory.store.keepDraft(current, text: target)
        return true
    }

    /// Marks the segment in hand reviewed. False when it has no confirmed translation.
    @discardableResult
    public func markReviewed() throws -> Bool {
        guard current.state == .translated || current.state == .reviewed else { return false }
        segments[position] = try memory.store.setState(current, to: .reviewed)
        return true
    }

    /// Whether every segment is translated or reviewed.
    public var isFinished: Bool { segments.allSatisfy { $0.state == .translated || $0.state == .reviewed } }

    public func next() { position = min(segments.count - 1, position + 1) }
    public func previous() { position = max(0, position - 1) }

    /// Goes to segment `number` (1-based). False when there is no such segment.
    @discardableResult
    public func go(to number: Int) -> Bool {
        guard number >= 1, number <= segments.count else { return false }
        position = number - 1
        return true
    }

    /// The next segment after this one that is new or a draft, coming round to the
    /// start for the ones skipped; where none is left, the one in hand.
    public func moveToNextOpen() {
        let isOpen = { (index: Int) in self.segments[index].state == .new || self.segments[index].state == .draft }
        position = segments.indices.dropFirst(position + 1).first(where: isOpen)
            ?? segments.indices.prefix(position).first(where: isOpen)
            ?? position
    }

    // MARK: Progress

    public struct Progress: Sendable, Equatable {
        public var segmentsDone: Int
        public var segments: Int
        public var wordsDone: Int
        public var words: Int
        public var fraction: Double { words == 0 ? 1 : Double(wordsDone) / Double(words) }
    }

    public var progress: Progress {
        let done = segments.filter { $0.state == .translated || $0.state == .reviewed }
        return Progress(segmentsDone: done.count, segments: segments.count,
                        wordsDone: done.reduce(0) { $0 + $1.sourceWords },
                        words: segments.reduce(0) { $0 + $1.sourceWords })
    }

    /// Words confirmed per hour in this session.
    public var wordsPerHour: Double {
        let hours = Date().timeIntervalSince(startedAt) / 3600
        return hours > 0 ? Double(wordsConfirmed) / hours : 0
    }

    /// Concordance over the memory and the glossary.
    public func concordance(_ words: String, limit: Int = 10) throws -> (units: [StoredUnit], terms: [GlossaryEntry]) {
        let units = try memory.store.search(words, limit: limit)
        let lower = words.lowercased()
        let terms = glossary.entries.filter { entry in
            entry.sourceTerms.contains { $0.text.lowercased().contains(lower) }
                || entry.targetTerms.contains { $0.text.lowercased().contains(lower) }
        }
        return (units, Array(terms.prefix(limit)))
    }
}
