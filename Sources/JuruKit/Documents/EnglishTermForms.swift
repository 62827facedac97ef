/// Whether an English sentence has a glossary target the way English writes it in
/// running text: "neighboring countries" for "neighboring country", "Soviet pilots"
/// for "Soviet Union", "North Korean" and "Russia's" for the countries, "Sept." for
/// "September", "Gen." for "General".
enum EnglishTermForms {
    /// True when `text` has `term`, any case, each word inflected, with at most two
    /// words between the term's words ("the two neighboring countries" has "the two
    /// countries").
    static func contains(_ text: String, term: String) -> Bool {
        let words = Self.words(text)
        for alternative in alternatives(term) {
            let termWords = Self.words(alternative)
            guard let first = termWords.first else { continue }
            for start in words.indices where matches(words[start], first) {
                var position = start, found = 1
                while found < termWords.count {
                    let window = words.indices.dropFirst(position + 1).prefix(3)
                    guard let next = window.first(where: { matches(words[$0], termWords[found]) }) else { break }
                    position = next
                    found += 1
                }
                if found == termWords.count { return true }
            }
            if inAnyOrder(termWords, in: words) { return true }
        }
        return false
    }

    /// A verb and its object the other way round: "sanctions the council has imposed"
    /// has "impose sanctions". Every content word within a few words of the others.
    static func inAnyOrder(_ termWords: [String], in words: [String]) -> Bool {
        let content = termWords.filter { !functionWords.contains($0) }
        guard content.count >= 2 else { return false }
        let span = termWords.count + 6
        for start in words.indices where matches(words[start], content[0]) {
            let window = words[max(0, start - span)..<min(words.count, start + span)]
            if content.dropFirst().allSatisfy({ word in window.contains { matches($0, word) } }) { return true }
        }
        return false
    }

    static let functionWords: Set<String> = ["the", "a", "an", "of", "to", "and", "in", "on", "for", "with", "at", "by"]

    /// Lowercased words; "Korea's" is "koreas", "U.S." is "us".
    static func words(_ text: String) -> [String] {
        let levelled = text.replacingOccurrences(of: "’s", with: "s").replacingOccurrences(of: "'s", with: "s")
            .replacingOccurrences(of: "U.S.", with: "US").replacingOccurrences(of: "U.N.", with: "UN")
        return levelled.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The term, and what English says in its place as an adjective or short form.
    static func alternatives(_ term: String) -> [String] {
        var found = [term]
        let lower = term.lowercased()
        if let adjectives = irregular[lower] { found += adjectives }
        // "Soviet Union" → "Soviet pilots", "European Union" → "European".
        if lower.hasSuffix(" union") { found.append(String(term.dropLast(" union".count))) }
        return found
    }

    static let irregular: [String: [String]] = [
        "united states": ["American", "US"], "us": ["American", "United States"],
        "united kingdom": ["British", "UK"], "britain": ["British"], "france": ["French"],
        "netherlands": ["Dutch"], "philippines": ["Filipino", "Philippine"], "turkey": ["Turkish"],
        "united nations": ["UN"], "un": ["United Nations"], "european union": ["EU"],
    ]

    /// A word of the text is the term's word: the same, a plural, a possessive, an
    /// adjective (Korea → Korean, Ukraine → Ukrainian, China → Chinese), another
    /// spelling of a month, or a title's abbreviation.
    static func matches(_ word: String, _ termWord: String) -> Bool {
        if word == termWord { return true }
        if let month = MonthNames.byName[termWord], MonthNames.byName[word] == month { return true }
        if titleAbbreviations[termWord]?.contains(word) == true || titleAbbreviations[word]?.contains(termWord) == true { return true }
        // Short words (US, UN, EU) take only a plural or possessive.
        if termWord.count <= 3 { return word == termWord + "s" }
        for dropped in ["", "e", "a", "y"] where termWord.hasSuffix(dropped) {
            let stem = termWord.dropLast(dropped.count)
            guard word.hasPrefix(stem) else { continue }
            if suffixes.contains(String(word.dropFirst(stem.count))) { return true }
        }
        return false
    }

    /// What English adds to a noun: plural, possessive (its "s" kept), demonym, verb forms.
    static let suffixes: Set<String> = ["s", "es", "ies", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is",
                                        "ern", "ed", "d", "ing"]

    /// AP's title abbreviations before a name: "Gen. Kim", "Gov. Newsom".
    static let titleAbbreviations: [String: Set<String>] = [
        "general": ["gen"], "lieutenant": ["lt"], "colonel": ["col"], "major": ["maj"], "captain": ["capt"],
        "sergeant": ["sgt"], "admiral": ["adm"], "commander": ["cmdr"], "governor": ["gov"], "senator": ["sen"],
        "representative": ["rep"], "doctor": ["dr"], "professor": ["prof"], "corporal": ["cpl"], "brigadier": ["brig"],
        "reverend": ["rev"], "superintendent": ["supt"], "attorney": ["atty"],
    ]
}
