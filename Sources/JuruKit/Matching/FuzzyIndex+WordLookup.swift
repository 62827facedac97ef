extension FuzzyIndex {
    /// Exact top-k by word-level edit distance.
    ///
    /// If an entry of `m` words shares `c` words with a query of `n` words, its edit
    /// distance is at least `max(n, m) − c`, so reaching similarity `t` needs
    /// `c ≥ t·max(n, m) ≥ t·n`. Reading the postings of the query's rarest words until
    /// the words left unread could not on their own make up `⌈t·n⌉` finds every entry
    /// that can reach `t` (prefix filtering); the common words (yang, di, dan) are
    /// never read. Candidates are then verified in order of their bound, and the
    /// search stops when the bound falls below the `limit`-th best score found.
    func wordLookup(_ text: String, threshold: Double, limit: Int) -> [FuzzyHit] {
        var queryWords: [UInt32?] = []
        MatchText.forEachWord(in: text) { queryWords.append(vocabulary.number(of: $0)) }
        let n = queryWords.count
        guard n > 0 else { return [] }

        // The query's known words with how often each occurs in it.
        var occurrences: [UInt32: Int] = [:]
        for case let word? in queryWords { occurrences[word, default: 0] += 1 }
        let byRarity = occurrences.keys.sorted {
            let a = documentFrequency(of: $0), b = documentFrequency(of: $1)
            return a != b ? a < b : $0 < $1
        }

        scratch.prepare(entries: count, words: vocabulary.count)
        // The query as a pattern: each distinct word one row; unknown words get rows
        // no entry can match.
        var patternRows: [Int32] = []
        var rowCount: Int32 = 0
        var unknownRows: Int32 = 0
        var assigned: [UInt32] = []
        for word in queryWords {
            if let word {
                if scratch.rowOfWord[Int(word)] == 0 {
                    rowCount += 1
                    scratch.rowOfWord[Int(word)] = rowCount
                    assigned.append(word)
                }
                patternRows.append(scratch.rowOfWord[Int(word)])
            } else {
                unknownRows += 1
                patternRows.append(-unknownRows)
            }
        }
        patternRows = patternRows.map { $0 < 0 ? rowCount - $0 : $0 }
        var pattern = BitParallelLevenshtein(patternRows: patternRows, rowCount: Int(rowCount + unknownRows))

        var hits = HitList(limit: limit)
        var unread = occurrences.values.reduce(0, +)
        var nextWord = 0
        // Words this rare are read even when the prefix does not need them: they cost
        // little and tighten every candidate's bound, which saves verifications.
        let cheapPostings = max(1_000, Int(Double(count) * Self.cheapWordShare))
        // First pass as if the threshold were high: few postings, few candidates. If
        // it fills the list with matches that high, nothing unread can beat them.
        for passThreshold in [max(threshold, Self.firstPassThreshold), threshold] {
            let needed = max(1, Int((passThreshold * Double(n) - similarityEpsilon).rounded(.up)))
            while nextWord < byRarity.count
                    && (unread >= needed || documentFrequency(of: byRarity[nextWord]) <= cheapPostings) {
                // An entry not yet touched shares at most `unread` words.
                if hits.isFull && Double(unread) / Double(n) + similarityEpsilon < hits.worstScore { break }
                let word = byRarity[nextWord]
                let inQuery = UInt32(occurrences[word]!)
                addShared(inQuery, toEntriesContaining: word)
                unread -= Int(inQuery)
                nextWord += 1
            }
            verifyWordCandidates(queryLength: n, unread: unread, threshold: threshold,
                                 pattern: &pattern, hits: &hits)
            if hits.isFull && hits.worstScore + similarityEpsilon >= passThreshold { break }
        }
        for entry in scratch.touched { scratch.shared[Int(entry)] = 0 }
        for word in assigned { scratch.rowOfWord[Int(word)] = 0 }
        return hits.hits
    }

    /// A word in at most this share of the entries is cheap to read: each one read
    /// lowers the bound of every entry that lacks it, which for a long sentence with
    /// no match is what keeps the candidates few.
    static let cheapWordShare = 0.07

    /// The pass at which a word lookup first stops, hoping its matches are this good.
    static let firstPassThreshold = 0.8

    /// Verifies the touched entries that can still enter `hits`, best bound first.
    /// Verified entries are marked in `shared` so that a later pass skips them.
    private func verifyWordCandidates(queryLength n: Int, unread: Int, threshold: Double,
                                      pattern: inout BitParallelLevenshtein, hits: inout HitList) {
        let verifiedMark: UInt32 = 1 << 31
        scratch.candidates.removeAll(keepingCapacity: true)
        let floor = max(threshold, hits.isFull ? hits.worstScore : 0)
        for entry in scratch.touched {
            let e = Int(entry)
            let shared = scratch.shared[e]
            if shared & verifiedMark != 0 { continue }
            let m = Int(wordStarts[e + 1] - wordStarts[e])
            let common = min(Int(shared) + unread, n, m)
            let bound = Double(common) / Double(max(n, m))
            if bound + similarityEpsilon >= floor {
                scratch.candidates.append(.init(bound: UInt32(bound * 1_048_576), entry: entry))
            }
        }
        scratch.candidates.sort { $0.bound != $1.bound ? $0.bound > $1.bound : $0.entry < $1.entry }
        for candidate in scratch.candidates {
            let bound = Double(candidate.bound) / 1_048_576
            if hits.isFull && bound + 1e-6 < hits.worstScore { break }
            let e = Int(candidate.entry)
            scratch.shared[e] |= verifiedMark
            let range = Int(wordStarts[e])..<Int(wordStarts[e + 1])
            scratch.textRows.removeAll(keepingCapacity: true)
            for index in range { scratch.textRows.append(scratch.rowOfWord[Int(words[index])]) }
            let distance = scratch.textRows.withUnsafeBufferPointer { pattern.distance(to: $0) }
            let score = 1 - Double(distance) / Double(max(n, range.count))
            if score + similarityEpsilon >= threshold { hits.offer(FuzzyHit(entry: e, score: score)) }
        }
    }
}
