import CSketch

extension FuzzyIndex {
    /// How many candidates, ranked by their trigram sketches, get an exact comparison.
    static let characterCandidates = 500

    /// Top-k by character-level edit distance.
    ///
    /// Candidates are the entries of a plausible length whose trigram sketches share
    /// the most bits with the query's (``TrigramSketches``), relative to the longer
    /// length; the exact distance of each candidate decides. The ranking is an
    /// estimate, not a bound: a best match of low similarity whose trigrams look no
    /// better than hundreds of others' can be missed.
    func characterLookup(_ text: String, threshold: Double, limit: Int) -> [FuzzyHit] {
        let query = Array(text.unicodeScalars)
        let n = query.count
        guard n > 0 else { return [] }
        let querySketch = TrigramSketches.sketch(of: query)
        var top = TopCandidates(capacity: Self.characterCandidates)

        // Lengths m with 1 − |n − m| / max(n, m) ≥ threshold.
        let shortest = max(0, Int((threshold * Double(n) - similarityEpsilon).rounded(.up)))
        let longest = Int((Double(n) / max(threshold, 1e-9) + similarityEpsilon).rounded(.down))
        querySketch.withUnsafeBufferPointer { q in
            let starts = sketches.lengthStarts
            if shortest <= sketches.longestSealed {
                let lengths = shortest...min(longest, sketches.longestSealed)
                let first = Int(starts[lengths.lowerBound]), end = Int(starts[lengths.upperBound + 1])
                scratch.prepareSharedBits(end - first)
                sketches.sorted.withUnsafeBufferPointer { sorted in
                    scratch.sharedBits.withUnsafeMutableBufferPointer { shared in
                        csketch_shared_bits(q.baseAddress, sorted.baseAddress! + first * TrigramSketches.words,
                                            end - first, shared.baseAddress)
                    }
                }
                scratch.sharedBits.withUnsafeBufferPointer { shared in
                    sketches.entriesByLength.withUnsafeBufferPointer { entries in
                        var needed = top.threshold
                        for length in lengths {
                            let scale = UInt64(1 << 20) / UInt64(max(n, length))  // estimate = shared bits × scale
                            for position in Int(starts[length])..<Int(starts[length + 1]) {
                                let key = UInt64(shared[position - first]) &* scale << 32
                                if key >= needed {
                                    top.offer(key | UInt64(UInt32.max - entries[position]))
                                    needed = top.threshold
                                }
                            }
                        }
                    }
                }
            }
            sketches.recent.withUnsafeBufferPointer { recent in
                for entry in sealedCount..<count {
                    let length = Int(characterCounts[entry])
                    guard length >= shortest && length <= longest else { continue }
                    let base = (entry - sealedCount) * TrigramSketches.words
                    var shared = 0
                    for word in 0..<TrigramSketches.words { shared += (q[word] & recent[base + word]).nonzeroBitCount }
                    let estimate = UInt32(UInt64(shared) * UInt64(1 << 20) / UInt64(max(n, length)))
                    top.offer(TopCandidates.key(estimate: estimate, entry: UInt32(entry)))
                }
            }
        }

        var pattern = CharacterPattern(query)
        var hits = HitList(limit: limit)
        for key in top.bestFirst() {
            let e = Int(TopCandidates.entry(of: key))
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
