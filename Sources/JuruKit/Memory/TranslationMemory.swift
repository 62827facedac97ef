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

    /// Opens the index over `store`. Building it reads every source once: a few
    /// seconds for a million units.
    public init(store: MemoryStore) throws {
        self.store = store
        try reload()
    }

    /// Rebuilds the index from the store, after an import made elsewhere.
    public func reload() throws {
        unitIDs.removeAll()
        let fresh = FuzzyIndex()
        try store.forEachSource { id, source in
            unitIDs.append(id)
            fresh.add(source)
        }
        fresh.seal()
        index = fresh
        memoryNames = Dictionary(uniqueKeysWithValues: try store.memories().map { ($0.id!, $0.name) })
    }

    /// The number of units indexed.
    public var count: Int { unitIDs.count }

    /// The index's memory, approximately, in bytes.
    public var indexMemoryFootprint: Int { index.memoryFootprint + unitIDs.capacity * 8 }

    /// The best matches for `segment`, ranked by `metric` (OmegaT's word score by
    /// default), each scored both ways and with its word diff.
    public func matches(for segment: String, threshold: Double = 0.5, limit: Int = 5,
                        metric: MatchMetric = .word) throws -> [MemoryMatch] {
        let hits = index.lookup(segment, metric: metric, threshold: threshold, limit: limit)
        let units = try store.units(ids: hits.map { unitIDs[$0.entry] })
        return hits.compactMap { hit in
            guard let unit = units[unitIDs[hit.entry]] else { return nil }
            let other: MatchMetric = metric == .word ? .char : .word
            let otherScore = index.similarity(segment, entry: hit.entry, metric: other)
            return MemoryMatch(unit: unit, memory: memoryNames[unit.memoryId] ?? "",
                               wordScore: metric == .word ? hit.score : otherScore,
                               characterScore: metric == .char ? hit.score : otherScore,
                               diff: WordDiff(from: unit.source, to: segment))
        }
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
        if unitIDs.last.map({ id > $0 }) ?? true {
            unitIDs.append(id)
            index.add(unit.source)
        }
        return try store.unit(id: id) ?? unit
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
