/// A trie over the words of every glossary term, walked once per word of a segment.
///
/// An edge is labelled with the word's role in the term and how it is compared:
///
/// - role: `S` a one-word term, `F` the first word of a longer one, `M` a middle
///   word, `L` the last. Indonesian puts prefixes on the first word of a compound
///   ("bekerja sama") and suffixes on the last ("kerja samanya"), so a segment's
///   word is looked up as `F` only in readings without a suffix, as `L` only in
///   readings without a prefix, and as `M` only as written.
/// - comparison: `=` the lowercased form; `^` as written, for a short acronym in
///   capitals (AS, PBB), so that "as" and "asas" never match AS; `~` a glossary
///   meN- or di- verb without its prefix ("menembak" → "tembak", "mengesahkan" →
///   "sahkan"), which a segment word reaches when it is the same verb with another
///   prefix or none and the same ending ("ditembak", "tembak", "disahkan"; not "sah",
///   not "penembakan"); `≈` the same for a ber-, ter- or memper- verb, whose bare
///   stem is another word ("berlangsung" is not "langsung", "memperdalam" not "dalam").
///
/// A term of several words is also entered closed up ("kerja sama" as
/// "kerjasama"), and the segment's words are tried in pairs, so open and closed
/// spellings of a compound meet.
struct TermIndex {
    private var children: [[String: Int32]] = [[:]]
    /// The entries whose term ends at each node.
    private var terms: [[Int32]] = [[]]

    /// The longest acronym compared as written.
    static let longestAcronym = 5

    var nodeCount: Int { children.count }

    /// Enters `term` (an Indonesian term of entry `entry`).
    mutating func insert(_ term: String, entry: Int32) {
        let words = TermTokenizer.tokens(in: term)
        guard !words.isEmpty else { return }
        insert(words, entry: entry)
        // The same term with its words closed up, all or some ("uji coba rudal",
        // "ujicoba rudal", "ujicobarudal"), unless an acronym is among them.
        guard words.count > 1, words.count <= 4, !words.contains(where: Self.isAcronym) else { return }
        let parts = words.map { $0.word }
        for closing in 1..<(1 << (parts.count - 1)) {
            var variant = parts[0]
            for gap in 0..<parts.count - 1 {
                variant += (closing >> gap) & 1 == 1 ? "" : " "
                variant += parts[gap + 1]
            }
            insert(TermTokenizer.tokens(in: variant), entry: entry)
        }
    }

    private mutating func insert(_ words: [TermTokenizer.Token], entry: Int32) {
        if words.count == 1 {
            finish(walk([0], keys: Self.glossaryKeys(words[0], role: "S")), entry)
            return
        }
        var nodes = walk([0], keys: Self.glossaryKeys(words[0], role: "F"))
        for word in words.dropFirst().dropLast() { nodes = walk(nodes, keys: [Self.exactKey(word, role: "M")]) }
        finish(walk(nodes, keys: [Self.exactKey(words[words.count - 1], role: "L")]), entry)
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

    static func isAcronym(_ token: TermTokenizer.Token) -> Bool {
        token.isCapitals && token.word.count <= longestAcronym
    }

    private static func exactKey(_ token: TermTokenizer.Token, role: String) -> String {
        if isAcronym(token) { return role + "^" + token.word }
        // A reduplicated term ("undang-undang", a law) is not its single word.
        if token.isReduplicated { return role + "=" + reduplicated(token) }
        return role + "=" + token.word.lowercased()
    }

    private static func reduplicated(_ token: TermTokenizer.Token) -> String {
        token.word.lowercased() + "-" + token.word.lowercased()
    }

    /// A glossary word's keys: as written, and for a verb its stems.
    private static func glossaryKeys(_ token: TermTokenizer.Token, role: String) -> [String] {
        var keys = [exactKey(token, role: role)]
        if !isAcronym(token) && !token.isReduplicated {
            for reading in token.readings
            where reading.isVerb && reading.hasPrefix && !reading.hasDerivationalSuffix && (role == "S" || !reading.hasSuffix) {
                keys.append(role + (reading.isTransitive ? "~" : "≈") + reading.form)
            }
        }
        return keys
    }

    /// The keys under which a segment's word may continue a term in `role`.
    static func segmentKeys(_ token: TermTokenizer.Token, role: Character) -> [String] {
        var keys: [String] = []
        let r = String(role)
        if token.isCapitals { keys.append(r + "^" + token.word) }
        if token.isReduplicated { keys.append(r + "=" + reduplicated(token)) }
        if role == "M" { keys.append("M=" + token.word.lowercased()); return keys }
        for reading in token.readings {
            if role == "F" && reading.hasSuffix { continue }
            if role == "L" && reading.hasPrefix { continue }
            keys.append(r + "=" + reading.form)
            // The same verb, prefixed otherwise or bare, with the same ending: ditandatangani
            // finds menandatangani, tembak finds menembak; meningkat does not find
            // meningkatkan, nor pemantauan memantau.
            if role != "L" && !reading.hasDerivationalSuffix {
                if reading.isVerb && reading.hasPrefix {
                    keys.append(r + "~" + reading.form)
                    keys.append(r + "≈" + reading.form)
                } else if !reading.hasPrefix {
                    keys.append(r + "~" + reading.form)
                }
            }
        }
        return keys
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
                let closed = tokens[start].word + tokens[start + 1].word
                // A prefix would swallow the first word ("di Pyongyang" is not "Pyongyang"),
                // and a closed compound takes its prefix closed up anyway (menandatangani).
                let firstLength = tokens[start].word.count
                let readings = cache?.readings(of: closed) ?? IndonesianAffixes.readings(of: closed)
                for reading in readings where !reading.hasPrefix && reading.form.count > firstLength {
                    if let node = children[0]["S=" + reading.form], !terms[Int(node)].isEmpty {
                        found.append(Found(words: start..<start + 2, entries: terms[Int(node)]))
                    }
                }
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

    private func nodes(from node: Int32, keys: [String]) -> [Int32] {
        var result: [Int32] = []
        for key in keys {
            if let child = children[Int(node)][key], !result.contains(child) { result.append(child) }
        }
        return result
    }
}
