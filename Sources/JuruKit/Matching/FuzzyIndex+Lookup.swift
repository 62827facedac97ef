extension FuzzyIndex {
    /// The entries most similar to `query` by `metric`, best first, each at least
    /// `threshold` (0...1) similar; at most `limit`.
    ///
    /// By the word metric the answer is exact: the same as comparing `query` with every
    /// entry. By the character metric the candidates are the entries whose trigrams
    /// look most like the query's, so a best match of low similarity (50–60 %) that
    /// looks no better than hundreds of others can be missed; at a million entries that
    /// happens to fewer than 1 % of queries at 50 % and none seen at 75 %.
    public func lookup(_ query: String, metric: MatchMetric, threshold: Double, limit: Int = 5) -> [FuzzyHit] {
        if !isSealed { seal() }
        guard limit > 0, count > 0 else { return [] }
        let text = MatchText.characterForm(query)
        switch metric {
        case .word: return wordLookup(text, threshold: threshold, limit: limit)
        case .char: return characterLookup(text, threshold: threshold, limit: limit)
        }
    }

    /// The similarity of `query` and entry `entry` by `metric`, computed directly.
    public func similarity(_ query: String, entry: Int, metric: MatchMetric) -> Double {
        let text = MatchText.characterForm(query)
        switch metric {
        case .word:
            let queryWords = MatchText.words(text)
            var vocabularyWords: [Int32] = []
            var rows: [String: Int32] = [:]
            for word in queryWords { vocabularyWords.append(rows[word] ?? { rows[word] = Int32(rows.count + 1); return Int32(rows.count) }()) }
            var pattern = BitParallelLevenshtein(patternRows: vocabularyWords, rowCount: rows.count)
            let entryRows = (Int(wordStarts[entry])..<Int(wordStarts[entry + 1])).map { rows[vocabulary.word(words[$0])] ?? 0 }
            let longest = max(queryWords.count, entryRows.count)
            guard longest > 0 else { return 1 }
            return entryRows.withUnsafeBufferPointer { 1 - Double(pattern.distance(to: $0)) / Double(longest) }
        case .char:
            let a = Array(text.unicodeScalars), b = Array(self.text(of: entry).unicodeScalars)
            var rows: [Unicode.Scalar: Int32] = [:]
            let patternRows = a.map { scalar in rows[scalar] ?? { rows[scalar] = Int32(rows.count + 1); return Int32(rows.count) }() }
            var pattern = BitParallelLevenshtein(patternRows: patternRows, rowCount: rows.count)
            let longest = max(a.count, b.count)
            guard longest > 0 else { return 1 }
            return b.map { rows[$0] ?? 0 }.withUnsafeBufferPointer { 1 - Double(pattern.distance(to: $0)) / Double(longest) }
        }
    }
}

/// Slack for comparing similarities computed as fractions.
let similarityEpsilon = 1e-9
