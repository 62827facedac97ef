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

    /// Each confirmation's or replacement's segments as they were before it, and what
    /// it did to the memory's units, newest last. Undoing a confirmation goes back to
    /// its segment; undoing a replacement stays where the translator is.
    private var undoStack: [(segments: [StoredSegment], units: [MemoryStore.UnitChange], isConfirmation: Bool)] = []
    /// Walking the translated segments for review (`juru translate --review`): the
    /// segments that need work are the ones translated and not yet reviewed, and a
    /// confirmation marks its segment reviewed.
    public let isReviewing: Bool
    /// Words confirmed since the session began, for the words-per-hour figure.
    public private(set) var wordsConfirmed = 0
    /// Segments confirmed since the session began, for the closing summary.
    public private(set) var segmentsConfirmed = 0
    /// Segments marked reviewed since the session began.
    public private(set) var segmentsReviewed = 0
    public let startedAt = Date()

    public init(document: StoredDocument, memory: TranslationMemory, glossary: Glossary, threshold: Double = 0.5,
                reviewing: Bool = false) throws {
        self.document = document
        self.memory = memory
        self.glossary = glossary
        self.threshold = threshold
        self.isReviewing = reviewing
        segments = try memory.store.segments(of: document)
        position = 0
        position = segments.indices.first(where: needsWork) ?? 0
    }

    /// Whether segment `index` is still to do: new or a draft, or in review, translated
    /// and not yet reviewed.
    public func needsWork(_ index: Int) -> Bool {
        let state = segments[index].state
        return isReviewing ? state == .translated : state == .new || state == .draft
    }

    /// Whether any segment is still to do (``needsWork(_:)``).
    public var hasWorkLeft: Bool { segments.indices.contains(where: needsWork) }

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
        let confirmation = try memory.confirm(before, target: target, in: document,
                                              state: isReviewing ? .reviewed : .translated)
        update(confirmation.segments)
        undoStack.append((segments: confirmation.previous, units: [confirmation.change], isConfirmation: true))
        wordsConfirmed += before.sourceWords
        segmentsConfirmed += 1
        if isReviewing { segmentsReviewed += 1 }
        moveToNextOpen()
        return confirmation.segments.count - 1
    }

    /// Takes back the last confirmation: the segments as they were, and the memory's
    /// unit as it was (a unit it created is deleted, a translation it replaced comes
    /// back). False when there is nothing to undo.
    @discardableResult
    public func undo() throws -> Bool {
        guard let (previous, units, isConfirmation) = undoStack.last else { return false }
        try memory.store.undo(units, segments: previous)
        undoStack.removeLast()
        update(previous)
        if isConfirmation, let first = previous.first, let index = segments.firstIndex(where: { $0.id == first.id }) {
            position = index
            wordsConfirmed = max(0, wordsConfirmed - first.sourceWords)
            segmentsConfirmed = max(0, segmentsConfirmed - 1)
            if isReviewing { segmentsReviewed = max(0, segmentsReviewed - 1) }
        }
        return true
    }

    /// What undo would take back: a replacement, or a confirmation; nil for nothing.
    public var lastChangeIsReplacement: Bool? { undoStack.last.map { !$0.isConfirmation } }

    private func update(_ changed: [StoredSegment]) {
        for segment in changed {
            if let index = segments.firstIndex(where: { $0.id == segment.id }) { segments[index] = segment }
        }
    }

    // MARK: Find and replace, notes

    /// Each segment whose translation (or draft) has `old`, exactly as written (case
    /// and all), with its translation after `old` is replaced by `new`.
    public func replacing(_ old: String, with new: String) -> [(segment: StoredSegment, target: String)] {
        guard !old.isEmpty else { return [] }
        return segments.compactMap { segment in
            guard let target = segment.target, target.range(of: old, options: .literal) != nil else { return nil }
            return (segment, target.replacingOccurrences(of: old, with: new, options: .literal).trimmingWhitespace())
        }
    }

    /// Replaces `old` by `new` in every translation and draft of the document, in one
    /// transaction that one ``undo()`` takes back. Returns how many segments changed.
    /// Nothing changes when a translation would be left empty or unusable.
    @discardableResult
    public func replace(_ old: String, with new: String) throws -> Int {
        let after = replacing(old, with: new)
        guard !after.isEmpty else { return 0 }
        for (segment, target) in after {
            guard !target.isEmpty else { throw ReplaceError.emptied(segment.position + 1) }
            try TranslationText.check(target)
        }
        let replacement = try memory.replaceTranslations(after, in: document)
        update(replacement.segments)
        undoStack.append((segments: replacement.previous, units: replacement.changes, isConfirmation: false))
        return replacement.segments.count
    }

    public enum ReplaceError: Error, LocalizedError, Equatable {
        case emptied(Int)

        public var errorDescription: String? {
            switch self {
            case .emptied(let number): "the replacement would leave segment \(number) without a translation; nothing was replaced"
            }
        }
    }

    /// Sets the note of the segment in hand; nil or blank clears it.
    public func setNote(_ text: String?) throws {
        let note = text?.trimmingWhitespace()
        segments[position] = try memory.store.setNote(note?.isEmpty == false ? note : nil, of: current, in: document)
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
        if current.state == .translated { segmentsReviewed += 1 }
        segments[position] = try memory.store.setState(current, to: .reviewed)
        return true
    }

    /// Segments and words reviewed.
    public var reviewed: (segments: Int, words: Int) {
        let done = segments.filter { $0.state == .reviewed }
        return (done.count, done.reduce(0) { $0 + $1.sourceWords })
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

    /// The next segment after this one that needs work (``needsWork(_:)``), coming
    /// round to the start for the ones skipped; where none is left, the one in hand.
    public func moveToNextOpen() {
        position = segments.indices.dropFirst(position + 1).first(where: needsWork)
            ?? segments.indices.prefix(position).first(where: needsWork)
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
