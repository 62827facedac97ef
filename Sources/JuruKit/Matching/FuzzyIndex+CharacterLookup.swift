extension FuzzyIndex {
    /// Entries whose postings are longer than this share of the index are "common
    /// words" (yang, di, dan): a character lookup does not read them unless the query
    /// has too few other words.
    static let commonWordShare = 0.05
    /// A character lookup verifies at least this many candidates…
    static let characterCandidatesAlwaysVerified = 64
    /// …and at most this many.
    static let characterCandidatesAtMost = 4_000
    /// …and stops when a candidate's estimate is this far below the worst kept score.
    static let characterEstimateSlack = 0.12

    /// Top-k by character-level edit distance.
    ///
    /// Candidates are the entries that share words with the query, ranked by an
    /// estimate of their similarity: the characters in shared words (plus one space
    /// each), over the longer length. Characters are not bounded by words, so this
    /// ranking is a heuristic; the exact distance of every verified candidate is what
    /// decides, and the search verifies well past the point where the estimates fall
    /// below the scores found.
    func characterLookup(_ text: String, threshold: Double, limit: Int) -> [FuzzyHit] {
        let query = Array(text.unicodeScalars)
        let n = query.count
        guard n > 0 else { return [] }

        // Known words with their weight in characters, rarest first.
        var weights: [UInt32: UInt32] = [:]
        MatchText.forEachWord(in: text) { bytes in
            if let word = vocabulary.number(of: bytes) {
                weights[word, default: 0] += UInt32(bytes.count + 1)
            }
        }
        let byRarity = weights.keys.map { ($0, documentFrequency(of: $0)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        let totalWeight = weights.values.reduce(0, +)
        let common = max(1_000, Int(Double(count) * Self.commonWordShare))

        scratch.prepare(entries: count, words: vocabulary.count)
        var unreadWeight = totalWeight
        for (word, frequency) in byRarity {
            // Common words are read only while less than half the query's word
            // characters have been read.
            if frequency > common && (totalWeight - unreadWeight) * 2 >= totalWeight { continue }
            let weight = weights[word]!
            addShared(weight, toEntriesContaining: word)
            unreadWeight -= weight
        }

        let shortest = threshold * Double(n), longestAllowed = Double(n) / max(threshold, 1e-9)
        for entry in scratch.touched {
            let e = Int(entry)
            let m = Double(characterCounts[e])
            let sharedWeight = scratch.shared[e] + unreadWeight
            scratch.shared[e] = 0
            guard m + similarityEpsilon >= shortest, m <= longestAllowed + similarityEpsilon else { continue }
            let estimate = min(Double(sharedWeight), Double(n), m) / max(Double(n), m)
            scratch.candidates.append(.init(bound: UInt32(estimate * 1_048_576), entry: entry))
        }
        scratch.candidates.sort { $0.bound != $1.bound ? $0.bound > $1.bound : $0.entry < $1.entry }

        var pattern = CharacterPattern(query)
        var hits = HitList(limit: limit)
        for (verified, candidate) in scratch.candidates.enumerated() {
            if verified >= Self.characterCandidatesAtMost { break }
            let estimate = Double(candidate.bound) / 1_048_576
            if verified >= Self.characterCandidatesAlwaysVerified
                && estimate < max(threshold, hits.isFull ? hits.worstScore : threshold) - Self.characterEstimateSlack {
                break
            }
            let e = Int(candidate.entry)
            let m = Int(characterCounts[e])
            let lengthBound = 1 - Double(abs(m - n)) / Double(max(m, n))
            if lengthBound + similarityEpsilon < max(threshold, hits.isFull ? hits.worstScore : 0) { continue }
            let distance = textBytes.withUnsafeBufferPointer { bytes in
                pattern.distance(toUTF8: UnsafeBufferPointer(rebasing: bytes[Int(textStarts[e])..<Int(textStarts[e + 1])]),
                                 rows: &scratch.textRows)
            }
            let score = 1 - Double(distance) / Double(max(n, m))
            if score + similarityEpsilon >= threshold { hits.offer(FuzzyHit(entry: e, score: score)) }
        }
        return hits.hits
    }
}

/// A query's characters as a ``BitParallelLevenshtein`` pattern, with the mapping
/// from a candidate's UTF-8 bytes to pattern rows.
struct CharacterPattern {
    private var asciiRows = [Int32](repeating: 0, count: 128)
    private var otherRows: [UInt32: Int32] = [:]
    private var levenshtein: BitParallelLevenshtein

    init(_ query: [Unicode.Scalar]) {
        var rowCount: Int32 = 0
        var asciiRows = [Int32](repeating: 0, count: 128)
        var otherRows: [UInt32: Int32] = [:]
        var patternRows: [Int32] = []
        patternRows.reserveCapacity(query.count)
        for scalar in query {
            let value = scalar.value
            if value < 128 {
                if asciiRows[Int(value)] == 0 { rowCount += 1; asciiRows[Int(value)] = rowCount }
                patternRows.append(asciiRows[Int(value)])
            } else {
                if otherRows[value] == nil { rowCount += 1; otherRows[value] = rowCount }
                patternRows.append(otherRows[value]!)
            }
        }
        self.asciiRows = asciiRows
        self.otherRows = otherRows
        levenshtein = BitParallelLevenshtein(patternRows: patternRows, rowCount: Int(rowCount))
    }

    /// The edit distance from the query to `text`, given as UTF-8.
    mutating func distance(toUTF8 text: UnsafeBufferPointer<UInt8>, rows: inout [Int32]) -> Int {
        rows.removeAll(keepingCapacity: true)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                rows.append(asciiRows[Int(byte)])
                index += 1
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < text.count {
                    value = value << 6 | UInt32(text[index + offset] & 0x3F)
                }
                rows.append(otherRows[value] ?? 0)
                index += length
            }
        }
        return rows.withUnsafeBufferPointer { levenshtein.distance(to: $0) }
    }
}
