import Foundation

/// The store with its fuzzy index: what the REPL, `juru tm lookup` and alignment
/// consult. Every unit of every memory is indexed when it opens; a unit added
/// through it is matchable at once.
public final class TranslationMemory {
    public let store: MemoryStore
    private var index = FuzzyIndex()
    /// The store id of each index entry, ascending.
    private var unitIDs: [Int64] = []
    private var memoryNames: [Int64: String] = [:]

    /// Where the index came from when the memory opened.
    public enum IndexOrigin: Equatable, Sendable {
        /// Read from the index file beside the store, with the units added since on top.
        case file(unitsSince: Int)
        /// Built from every source in the store (no file, a stale or damaged one, or
        /// enough changes that building is as quick), then written to the file.
        case built
    }

    public private(set) var indexOrigin = IndexOrigin.built

    /// Opens the index over `store`: read from the index file beside it when that
    /// agrees with the store, else built from every source (a few seconds for a
    /// million units) and written there for the next open.
    public init(store: MemoryStore) throws {
        self.store = store
        try reload()
    }

    /// Sources longer than this (in UTF-16 units) are stored and exported but not
    /// indexed: no sentence matches them, and one 200 MB "segment" would cost every
    /// lookup seconds and gigabytes.
    public static let longestIndexedSource = 5_000

    /// Opens the index again, after an import made elsewhere: from the file when it
    /// still serves, else from the store.
    public func reload() throws {
        let file = MemoryIndexFile(store: store.url)
        if let snapshot = file.read(checkingAgainst: store), try isWorthCatchingUp(snapshot) {
            index = snapshot.index
            unitIDs = snapshot.unitIDs
            let before = unitIDs.count
            try store.forEachSource(after: unitIDs.last ?? 0) { id, source in indexIfNew(id: id, source: source) }
            indexOrigin = .file(unitsSince: unitIDs.count - before)
        } else {
            try rebuild()
            if !store.isReadOnly { file.write(index, unitIDs: unitIDs, of: store) }
            indexOrigin = .built
        }
        memoryNames = Dictionary(uniqueKeysWithValues: try store.memories().map { ($0.id!, $0.name) })
    }

    /// Whether the file's index is worth opening with the units since on top: not when
    /// a tenth of its units were deleted (dead entries would crowd lookups) or the
    /// store has grown by a tenth (an import; building is then as quick, and the
    /// file is written again).
    private func isWorthCatchingUp(_ snapshot: MemoryIndexFile.Snapshot) throws -> Bool {
        guard let last = snapshot.unitIDs.last else { return try store.highestUnitID() == nil }
        let counts = try store.unitCounts(splitAt: last)
        let indexed = snapshot.unitIDs.count
        return counts.upTo * 10 >= indexed * 9 && counts.after * 10 <= max(indexed, 10_000)
    }

    /// Builds the index from every source in the store.
    private func rebuild() throws {
        unitIDs.removeAll()
        let fresh = FuzzyIndex()
        try store.forEachSource { id, source in
            guard source.utf16.count <= Self.longestIndexedSource else { return }
            unitIDs.append(id)
            fresh.add(source)
        }
        fresh.seal()
        index = fresh
    }

    /// The number of units indexed.
    public var count: Int { unitIDs.count }

    /// The index's memory, approximately, in bytes.
    public var indexMemoryFootprint: Int { index.memoryFootprint + unitIDs.capacity * 8 }

    /// The best matches for `segment`, ranked by `metric` (OmegaT's word score by
    /// default), each scored both ways and with its word diff. Among equal scores the
    /// translation confirmed in `document` comes first, then the newest; a translation
    /// found twice (once per document, say) is shown once.
    public func matches(for segment: String, threshold: Double = 0.5, limit: Int = 5,
                        metric: MatchMetric = .word, document: String? = nil) throws -> [MemoryMatch] {
        // A query this long cannot be half like any indexed source.
        guard segment.utf16.count <= 2 * Self.longestIndexedSource else { return [] }
        // Ties are cut by the index in store order: ask for more, rank, then cut.
        let hits = index.lookup(segment, metric: metric, threshold: threshold, limit: limit * 3 + 5)
        let units = try store.units(ids: hits.map { unitIDs[$0.entry] })
        let other: MatchMetric = metric == .word ? .char : .word
        let ranked = hits.compactMap { hit -> (hit: FuzzyHit, unit: StoredUnit)? in
            units[unitIDs[hit.entry]].map { (hit, $0) }
        }.sorted { a, b in
            if abs(a.hit.score - b.hit.score) > similarityEpsilon { return a.hit.score > b.hit.score }
            let aHere = document != nil && a.unit.context == document, bHere = document != nil && b.unit.context == document
            if aHere != bHere { return aHere }
            if a.unit.changedAt != b.unit.changedAt { return a.unit.changedAt > b.unit.changedAt }
            return a.unit.id! > b.unit.id!
        }
        var seen: Set<String> = []
        var matches: [MemoryMatch] = []
        for (hit, unit) in ranked where matches.count < limit && seen.insert(unit.source + "\u{1F}" + unit.target).inserted {
            let otherScore = index.similarity(segment, entry: hit.entry, metric: other)
            matches.append(MemoryMatch(unit: unit, memory: memoryNames[unit.memoryId] ?? "",
                                       wordScore: metric == .word ? hit.score : otherScore,
                                       characterScore: metric == .char ? hit.score : otherScore,
                                       diff: WordDiff(from: unit.source, to: segment)))
        }
        return matches
    }

    /// Stores a translation in the project memory and indexes it at once, so the
    /// next segment can match it.
    @discardableResult
    public func add(source: String, target: String, origin: String = "translator",
                    user: String? = ProcessInfo.processInfo.environment["USER"], note: String? = nil) throws -> StoredUnit {
        let project = try store.projectMemory()
        let unit = StoredUnit(memoryId: project.id!, source: source, target: target, origin: origin,
                              createdBy: user, note: note)
        let id = try store.add(unit)
        indexIfNew(id: id, source: unit.source)
        return try store.unit(id: id) ?? unit
    }

    /// Confirms a segment's translation (``MemoryStore/confirm(_:target:in:state:user:)``)
    /// and indexes its unit at once.
    public func confirm(_ segment: StoredSegment, target: String, in document: StoredDocument,
                        state: SegmentState = .translated) throws -> MemoryStore.Confirmation {
        let confirmation = try store.confirm(segment, target: target, in: document, state: state)
        indexIfNew(id: confirmation.unit.id!, source: confirmation.unit.source)
        return confirmation
    }

    /// Replaces segments' translations (``MemoryStore/replaceTranslations(_:in:user:)``)
    /// and indexes any unit it created.
    public func replaceTranslations(_ after: [(segment: StoredSegment, target: String)],
                                    in document: StoredDocument) throws -> MemoryStore.Replacement {
        let replacement = try store.replaceTranslations(after, in: document)
        for case .created(let id) in replacement.changes {
            if let unit = try store.unit(id: id) { indexIfNew(id: id, source: unit.source) }
        }
        return replacement
    }

    /// Indexes the units stored since the index was built: a team's changes, pulled.
    public func indexNewUnits() throws {
        try store.forEachSource(after: unitIDs.last ?? 0) { id, source in indexIfNew(id: id, source: source) }
    }

    /// Adds a unit the store just created to the index. Units only get larger ids, so
    /// one already indexed is never added twice.
    private func indexIfNew(id: Int64, source: String) {
        guard unitIDs.last.map({ id > $0 }) ?? true, source.utf16.count <= Self.longestIndexedSource else { return }
        unitIDs.append(id)
        index.add(source)
    }
}

/// A unit of the memory that matches a segment.
public struct MemoryMatch: Sendable {
    public var unit: StoredUnit
    /// The memory it is in: `project`, or a reference file's name.
    public var memory: String
    /// OmegaT's score: word-level edit distance, 0...1.
    public var wordScore: Double
    /// Character-level edit distance, 0...1.
    public var characterScore: Double
    /// The match's source against the segment, word by word.
    public var diff: WordDiff
    /// The words differ only in numbers: the translation can be reused with them adapted.
    public var differsOnlyInNumbers: Bool { diff.differsOnlyInNumbers }
}
