/// Buffers a lookup reuses, sized to the index, so that a lookup allocates almost
/// nothing and never clears a million-entry array.
struct LookupScratch {
    /// Per entry: the words (or characters) it shares with the query. Only the
    /// entries listed in `touched` are non-zero between lookups' steps.
    var shared: [UInt32] = []
    var touched: [UInt32] = []
    /// Per vocabulary word: its row in the query's pattern, 0 if not in the query.
    var rowOfWord: [Int32] = []
    /// A candidate's symbols as pattern rows.
    var textRows: [Int32] = []
    var candidates: [Candidate] = []
    /// Per scanned sketch: the bits it shares with the query's.
    var sharedBits: [UInt16] = []

    struct Candidate {
        /// The candidate's similarity bound (or estimate), scaled to 0...2²⁰, to sort on.
        var bound: UInt32
        var entry: UInt32
    }

    mutating func prepare(entries: Int, words: Int) {
        if shared.count < entries {
            shared.append(contentsOf: repeatElement(0, count: max(entries, shared.count * 2) - shared.count))
        }
        if rowOfWord.count < words {
            rowOfWord.append(contentsOf: repeatElement(0, count: max(words, rowOfWord.count * 2) - rowOfWord.count))
        }
        touched.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
    }

    mutating func prepareSharedBits(_ count: Int) {
        if sharedBits.count < count {
            sharedBits.append(contentsOf: repeatElement(0, count: max(count, sharedBits.count * 2) - sharedBits.count))
        }
    }

    var memoryFootprint: Int {
        (shared.capacity + touched.capacity + rowOfWord.capacity + textRows.capacity) * 4
            + candidates.capacity * 8 + sharedBits.capacity * 2
    }
}

/// An entry that matches a lookup, with its similarity (0...1) by the lookup's metric.
public struct FuzzyHit: Sendable, Equatable {
    public var entry: Int
    public var score: Double
}

/// The best hits so far, best first; ties keep the older entry first.
struct HitList {
    let limit: Int
    private(set) var hits: [FuzzyHit] = []

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { hits.count >= limit }
    /// The score a new hit must reach to enter a full list.
    var worstScore: Double { hits.last?.score ?? 0 }

    mutating func offer(_ hit: FuzzyHit) {
        if isFull && !Self.precedes(hit, hits[hits.count - 1]) { return }
        let index = hits.firstIndex { Self.precedes(hit, $0) } ?? hits.count
        hits.insert(hit, at: index)
        if hits.count > limit { hits.removeLast() }
    }

    private static func precedes(_ a: FuzzyHit, _ b: FuzzyHit) -> Bool {
        a.score != b.score ? a.score > b.score : a.entry < b.entry
    }
}
