/// Splits a segment (or a glossary term) into the words term matching compares.
///
/// Words are runs of letters and digits. Words joined by a hyphen stay apart
/// ("Korut-Rusia", "pro-Rusia"), except a clitic ("KTT-nya") and a reduplication
/// ("negara-negara", "sekutu-sekutunya", "tembak-menembak"), which make one word
/// with the readings of its first half.
struct TermTokenizer {
    struct Token {
        /// Where the word is, in the text given.
        var range: Range<String.Index>
        /// The word as written (for a reduplication or clitic, its first half).
        var word: String
        var readings: [IndonesianAffixes.Reading]
        /// Only spaces or a hyphen separate it from the word before: a term may run on.
        var continuesPrevious: Bool
        /// Written twice with a hyphen ("negara-negara", "undang-undang").
        var isReduplicated = false
        /// The sentence makes a bare word a verb here: a headline, or straight after the
        /// agent of a passive without di- ("akan kita tindak").
        var mayBeBareVerb = false
        /// Capitalised as a name in running text, as an acronym of the news is
        /// ("Kantor Berita Antara"): it may stand for the acronym in capitals.
        var mayBeAcronymName = false

        /// Written in capitals (digits allowed), as an acronym is.
        var isCapitals: Bool {
            word.contains { $0.isLetter } && !word.contains { $0.isLowercase }
        }
    }

    static func tokens(in text: String, cache: ReadingCache? = nil) -> [Token] {
        func readings(_ word: String) -> [IndonesianAffixes.Reading] {
            cache?.readings(of: word) ?? IndonesianAffixes.readings(of: word)
        }
        var raw: [(range: Range<String.Index>, hyphenBefore: Bool, spaceOnlyBefore: Bool, gap: String)] = []
        var index = text.startIndex
        var gap = ""
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                gap.append(text[index])
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, isWordCharacter(text[index]) { index = text.index(after: index) }
            let spaceOnly = raw.isEmpty ? false : gap.allSatisfy { $0.isWhitespace } || gap == "-"
            raw.append((start..<index, gap == "-", spaceOnly, gap))
            gap = ""
        }

        var tokens: [Token] = []
        var sentenceStarts: [Bool] = []
        for item in raw {
            let word = String(text[item.range])
            if item.hyphenBefore, var previous = tokens.last, joins(previous.word, word) {
                previous.range = previous.range.lowerBound..<item.range.upperBound
                previous.isReduplicated = !isClitic(word)
                let whole = text[previous.range].lowercased()
                if IndonesianAffixes.lexicalised.contains(whole) {
                    // "tiba-tiba" is a word of its own, not a plural of "tiba".
                    previous.word = String(text[previous.range])
                    previous.readings = readings(previous.word)
                    previous.isReduplicated = false
                }
                tokens[tokens.count - 1] = previous
                continue
            }
            tokens.append(Token(range: item.range, word: word, readings: readings(word),
                                continuesPrevious: item.spaceOnlyBefore))
            sentenceStarts.append(tokens.count == 1 || SentenceContext.endsSentence(item.gap))
        }
        readContext(&tokens, sentenceStarts: sentenceStarts)
        return tokens
    }

    /// Marks where the sentence, not the word, decides: bare verbs and acronyms written as names.
    private static func readContext(_ tokens: inout [Token], sentenceStarts: [Bool]) {
        let isHeadline = SentenceContext.isHeadline(tokens.map(\.word))
        for index in tokens.indices {
            let lower = tokens[index].word.lowercased()
            let previous = index > 0 ? tokens[index - 1].word.lowercased() : ""
            tokens[index].mayBeBareVerb = !SentenceContext.auxiliaries.contains(lower)
                && (isHeadline || SentenceContext.agentPronouns.contains(previous))
            tokens[index].mayBeAcronymName = !isHeadline && !sentenceStarts[index]
                && SentenceContext.isNameCapitalised(tokens[index].word)
        }
    }

    /// Whether `second`, after a hyphen, belongs to `first`: a clitic, or a repetition
    /// of it (possibly affixed).
    private static func isClitic(_ word: String) -> Bool {
        let lower = word.lowercased()
        return IndonesianAffixes.possessives.contains(lower) || IndonesianAffixes.particles.contains(lower)
    }

    private static func joins(_ first: String, _ second: String) -> Bool {
        let a = first.lowercased(), b = second.lowercased()
        if isClitic(b) { return true }
        if a == b { return true }
        let firstForms = Set(IndonesianAffixes.readings(of: a).map(\.stem))
        return IndonesianAffixes.readings(of: b).contains { firstForms.contains($0.stem) }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}

/// Readings of the words already seen, for a caller that reads many sentences (the
/// aligner): most words of an article come back again and again.
public final class ReadingCache {
    private var readings: [String: [IndonesianAffixes.Reading]] = [:]

    public init() {}

    func readings(of word: String) -> [IndonesianAffixes.Reading] {
        if let known = readings[word] { return known }
        let found = IndonesianAffixes.readings(of: word)
        readings[word] = found
        return found
    }
}
