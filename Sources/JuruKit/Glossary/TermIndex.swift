/// A trie over the words of every glossary term, walked once per word of a segment.
///
/// An edge is a word's role in the term and one reading of it (``IndonesianAffixes``):
///
/// - role: `S` a one-word term, `F` the first word of a longer one, `M` a middle
///   word, `L` the last. Clitics close a phrase ("kerja samanya"), so a segment's word
///   is looked up as `F` only in readings without one, and as `M` only as written.
/// - reading: the stem with how it was built, so a term is found only where stem and
///   shape agree: "penangkapan" in "penangkapannya", "menangkap" in "ditangkap" and
///   "tertangkap", never one in the other; "kerja sama" not in "bekerja sama" (a verb),
///   "jalan keluar" not in "berjalan keluar". A glossary verb's -kan or -i may be
///   missing in the text ("melapor" for melaporkan) and an -i added ("dimintai" for
///   meminta); -kan is not added, nor swapped for -i ("menemui" is not menemukan).
/// - `^` a term in capitals, compared as written, so that "antara" never matches
///   ANTARA and "as" never AS; a word capitalised as a name in running text ("Kantor
///   Berita Antara") may stand for it.
///
/// A term of several words is also entered closed up ("kerja sama" as
/// "kerjasama"), and the segment's words are tried in pairs, so open and closed
/// spellings of a compound meet.
struct TermIndex {
    private var children: [[String: Int32]] = [[:]]
    /// The entries whose term ends at each node.
    private var terms: [[Int32]] = [[]]

    var nodeCount: Int { children.count }

    /// Enters `term` (an Indonesian term of entry `entry`). `isVerb` says a bare term is
    /// a verb ("tembak", as TBX's partOfSpeech says), to be found in its affixed forms.
    mutating func insert(_ term: String, entry: Int32, isVerb: Bool = false) {
        let words = TermTokenizer.tokens(in: term)
        guard !words.isEmpty else { return }
        insert(words, entry: entry, isVerb: isVerb)
        // The same term with its words closed up, all or some ("uji coba rudal",
        // "ujicoba rudal", "ujicobarudal"), unless an acronym is among them.
        guard words.count > 1, words.count <= 4, !words.contains(where: \.isCapitals) else { return }
        let parts = words.map { $0.word }
        for closing in 1..<(1 << (parts.count - 1)) {
            var variant = parts[0]
            for gap in 0..<parts.count - 1 {
                variant += (closing >> gap) & 1 == 1 ? "" : " "
                variant += parts[gap + 1]
            }
            insert(TermTokenizer.tokens(in: variant), entry: entry, isVerb: isVerb)
        }
    }

    private mutating func insert(_ words: [TermTokenizer.Token], entry: Int32, isVerb: Bool) {
        if words.count == 1 {
            finish(walk([0], keys: Self.termKeys(words[0], role: "S", isVerb: isVerb)), entry)
            return
        }
        var nodes = walk([0], keys: Self.termKeys(words[0], role: "F", isVerb: isVerb))
        for word in words.dropFirst().dropLast() { nodes = walk(nodes, keys: Self.termKeys(word, role: "M", isVerb: false)) }
        finish(walk(nodes, keys: Self.termKeys(words[words.count - 1], role: "L", isVerb: false)), entry)
    }

    private mutating func walk(_ nodes: [Int32], keys: [String]) -> [Int32] {
        var next: [Int32] = []
        for node in nodes {
            // The keys of one word lead to one node, unless an earlier term made some already.
            var shared: Int32?
            for key in keys {
                if let child = children[Int(node)][key] {
                    if !next.contains(child) { next.append(child) }
                    continue
                }
                let child = shared ?? {
                    children.append([:])
                    terms.append([])
                    return Int32(children.count - 1)
                }()
                shared = child
                children[Int(node)][key] = child
                if !next.contains(child) { next.append(child) }
            }
        }
        return next
    }

    private mutating func finish(_ nodes: [Int32], _ entry: Int32) {
        for node in nodes where !terms[Int(node)].contains(entry) { terms[Int(node)].append(entry) }
    }

    // MARK: Keys

    /// A glossary word's keys: every reading of it as written, without clitics.
    private static func termKeys(_ token: TermTokenizer.Token, role: Character, isVerb: Bool) -> [String] {
        let r = String(role)
        if token.isCapitals { return [r + "^" + token.word] }
        if token.isReduplicated { return [r + "B:" + reduplicated(token)] }
        if role == "M" { return [r + "B:" + token.word.lowercased()] }
        var keys: [String] = []
        for reading in token.readings where !reading.hasClitic && !reading.isBareVerb {
            keys.append(r + reading.key)
        }
        if isVerb { keys.append(r + "V-:" + token.word.lowercased()) }
        return keys
    }

    private static func reduplicated(_ token: TermTokenizer.Token) -> String {
        token.word.lowercased() + "-" + token.word.lowercased()
    }

    /// The keys under which a segment's word may continue a term in `role`.
    static func segmentKeys(_ token: TermTokenizer.Token, role: Character) -> [String] {
        let r = String(role)
        var keys: [String] = []
        if token.isCapitals { keys.append(r + "^" + token.word) }
        if token.mayBeAcronymName { keys.append(r + "^" + token.word.uppercased()) }
        if token.isReduplicated { keys.append(r + "B:" + reduplicated(token)) }
        if role == "M" { return keys + [r + "B:" + token.word.lowercased()] }
        for reading in token.readings {
            if role == "F" && reading.hasClitic { continue }
            // A word written twice is a plural noun ("Undang-Undang" is not mengundang).
            if token.isReduplicated, case .verb = reading.shape { continue }
            if reading.isBareVerb && !token.mayBeBareVerb { continue }
            keys += variants(reading).map { r + $0 }
            // Where the sentence makes it a verb, the word as it stands is one too ("Pantau").
            if reading.shape == .bare && token.mayBeBareVerb && !token.isReduplicated {
                let verb = IndonesianAffixes.Reading(stem: reading.stem, shape: .verb(inner: "", suffix: ""),
                                                     hasClitic: reading.hasClitic, hasPrefix: false)
                keys += variants(verb).map { r + $0 }
            }
        }
        return keys
    }

    /// A reading's key, and for a verb the keys of the glossary verbs it also stands
    /// for: one whose -kan or -i the word leaves off ("melapor" for melaporkan), and one
    /// without the -i the word adds ("dimintai" for meminta), -i keeping the action on
    /// its object. Not one without the word's -kan, which makes another verb of an
    /// intransitive one ("meninggalkan" is not meninggal, "meningkatkan" not meningkat).
    static func variants(_ reading: IndonesianAffixes.Reading) -> [String] {
        guard case .verb(let inner, let suffix) = reading.shape else { return [reading.key] }
        let others = suffix.isEmpty ? ["kan", "i"] : suffix == "i" ? [""] : []
        return [reading.key] + others.map { "V" + inner + "-" + $0 + ":" + reading.stem }
    }

    // MARK: Lookup

    /// A term found: the words it spans and the entries it belongs to.
    struct Found {
        var words: Range<Int>
        var entries: [Int32]
    }

    /// Every term that occurs in `tokens`, overlapping ones included.
    func find(in tokens: [TermTokenizer.Token], cache: ReadingCache? = nil) -> [Found] {
        var found: [Found] = []
        for start in tokens.indices {
            // One word, or two closed up.
            for node in nodes(from: 0, keys: Self.segmentKeys(tokens[start], role: "S")) where !terms[Int(node)].isEmpty {
                found.append(Found(words: start..<start + 1, entries: terms[Int(node)]))
            }
            if start + 1 < tokens.count, tokens[start + 1].continuesPrevious {
                found += closedUp(tokens, at: start, cache: cache)
            }
            // Several words.
            var open = nodes(from: 0, keys: Self.segmentKeys(tokens[start], role: "F"))
            var end = start + 1
            while !open.isEmpty, end < tokens.count, tokens[end].continuesPrevious {
                let lastKeys = Self.segmentKeys(tokens[end], role: "L")
                for node in open {
                    for last in self.nodes(from: node, keys: lastKeys) where !terms[Int(last)].isEmpty {
                        found.append(Found(words: start..<end + 1, entries: terms[Int(last)]))
                    }
                }
                let middleKeys = Self.segmentKeys(tokens[end], role: "M")
                open = open.flatMap { self.nodes(from: $0, keys: middleKeys) }
                end += 1
            }
        }
        return found
    }

    /// A one-word term written open in the segment: "Tanda tangan" for "tandatangan".
    private func closedUp(_ tokens: [TermTokenizer.Token], at start: Int, cache: ReadingCache?) -> [Found] {
        let closed = tokens[start].word + tokens[start + 1].word
        // A prefix would swallow the first word ("di Pyongyang" is not "Pyongyang").
        let firstLength = tokens[start].word.count
        let readings = cache?.readings(of: closed) ?? IndonesianAffixes.readings(of: closed)
        var found: [Found] = []
        for reading in readings where !reading.hasPrefix && !reading.isBareVerb && reading.stem.count > firstLength {
            for key in Self.variants(reading) {
                if let node = children[0]["S" + key], !terms[Int(node)].isEmpty {
                    found.append(Found(words: start..<start + 2, entries: terms[Int(node)]))
                }
            }
        }
        return found
    }

    private func nodes(from node: Int32, keys: [String]) -> [Int32] {
        var result: [Int32] = []
        for key in keys {
            if let child = children[Int(node)][key], !result.contains(child) { result.append(child) }
        }
        return result
    }
}
