import Foundation

/// What the aligner knows of one sentence: its length and the anchors a
/// translation keeps (numbers, names, loanwords, glossary terms).
struct SentenceCues {
    /// Letters and digits, what both languages spend on content.
    var length: Int
    /// Anchor keys, numbered and sorted.
    var anchors: [Int32]
    /// A line that usually has no counterpart: a "Baca juga" link, a photo credit,
    /// a wire-service credit.
    var isOneSided: Bool
    /// The anchors a translation cannot do without: numbers, and names inside the
    /// sentence (a capital that opens it says nothing). A subset of `anchors`.
    var names: [Int32] = []
    /// Its numbers of two digits or more, which a translation keeps as they are
    /// (English writes one to nine in words). A subset of `names`.
    var figures: [Int32] = []
    /// The sentence opens a paragraph (known only when both sides have paragraphs).
    var opensParagraph = false
}

/// Turns sentences into ``SentenceCues``, numbering anchor keys so that the two
/// sides share one vocabulary.
struct CueExtractor {
    private var keys: [String: Int32] = [:]
    let glossary: Glossary?
    private let readings = ReadingCache()

    init(glossary: Glossary?) {
        self.glossary = glossary
    }

    mutating func cues(forIndonesian sentence: String) -> SentenceCues {
        var found = Self.anchorKeys(sentence, language: .indonesian)
        var names = Self.nameKeys(sentence, language: .indonesian)
        if let glossary {
            // A glossary pair is a bilingual dictionary entry: the Indonesian term
            // expects the anchors of its English translation (Korut → north, korea).
            for match in glossary.terms(in: sentence, cache: readings) {
                for entry in match.entries {
                    for target in entry.allowedTargets.prefix(2) {
                        let keys = Self.anchorKeys(target.text, language: .english, wordsOnly: true)
                        found.formUnion(keys)
                        names.formUnion(keys.filter { $0.hasPrefix("n") })  // Korsel → South, Korea
                    }
                }
            }
        }
        return SentenceCues(length: Self.contentLength(sentence), anchors: number(found),
                            isOneSided: OneSidedLines.isOneSided(sentence, language: .indonesian),
                            names: number(names), figures: number(Self.figureKeys(sentence, language: .indonesian)))
    }

    mutating func cues(forEnglish sentence: String) -> SentenceCues {
        SentenceCues(length: Self.contentLength(sentence),
                     anchors: number(Self.anchorKeys(sentence, language: .english)),
                     isOneSided: OneSidedLines.isOneSided(sentence, language: .english),
                     names: number(Self.nameKeys(sentence, language: .english)),
                     figures: number(Self.figureKeys(sentence, language: .english)))
    }

    private mutating func number(_ found: Set<String>) -> [Int32] {
        found.map { key in
            if let id = keys[key] { return id }
            let id = Int32(keys.count)
            keys[key] = id
            return id
        }.sorted()
    }

    static func contentLength(_ sentence: String) -> Int {
        sentence.unicodeScalars.reduce(0) { $0 + (CharacterSet.alphanumerics.contains($1) ? 1 : 0) }
    }

    // MARK: Anchors

    /// Numbers with their separators read per language (id 1.000,5 = en 1,000.5),
    /// capitalised words, and the first letters of long words spelled alike in both
    /// languages once their spelling is levelled (ekonomi ~ economy, nuklir ~ nuclear).
    static func anchorKeys(_ sentence: String, language: Language, wordsOnly: Bool = false) -> Set<String> {
        var keys: Set<String> = []
        if !wordsOnly {
            for number in numbers(in: sentence, language: language) { keys.insert("#" + number) }
        }
        var isFirst = true
        for word in sentence.split(whereSeparator: { !$0.isLetter }) {
            defer { isFirst = false }
            let lower = word.lowercased()
            let stopWords = language == .indonesian ? indonesianStopWords : englishStopWords
            if stopWords.contains(lower) { continue }
            if let first = word.first, first.isUppercase, word.count >= 2, !isFirst || word.count >= 4 {
                keys.insert("n" + lower)
            }
            if word.count >= 5 {
                keys.insert("c" + String(levelled(String(lower.prefix(8)), language: language).prefix(4)))
            }
        }
        return keys
    }

    /// The numbers and the names inside `sentence`, keyed as ``anchorKeys`` keys them.
    static func nameKeys(_ sentence: String, language: Language) -> Set<String> {
        let stopWords = language == .indonesian ? indonesianStopWords : englishStopWords
        var keys = Set(numbers(in: sentence, language: language).map { "#" + $0 })
        for word in sentence.split(whereSeparator: { !$0.isLetter }).dropFirst()
        where word.count >= 2 && word.first!.isUppercase && !stopWords.contains(word.lowercased()) {
            keys.insert("n" + word.lowercased())
        }
        return keys
    }

    /// The numbers of `sentence` with two digits or more, keyed as ``anchorKeys`` keys them.
    static func figureKeys(_ sentence: String, language: Language) -> Set<String> {
        Set(numbers(in: sentence, language: language).filter { $0.filter(\.isNumber).count >= 2 }.map { "#" + $0 })
    }

    /// Spelling levelled between Indonesian and English loanwords: English ph, th,
    /// ch, c, qu, x, y as Indonesian writes them.
    static func levelled(_ word: String, language: Language) -> String {
        guard language == .english else { return word }
        var text = word
        for (from, to) in [("ph", "f"), ("th", "t"), ("ch", "k"), ("qu", "kw"), ("c", "k"), ("x", "ks"), ("y", "i")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    /// The numbers of `sentence` in ``NumberForms/canonical(_:language:)`` form.
    static func numbers(in sentence: String, language: Language) -> [String] {
        let numbers = NumberForms.numbers(in: sentence).map { NumberForms.canonical($0.text, language: language) }
        return language == .english ? numbers + afternoonTimes(in: sentence) : numbers
    }

    /// English afternoon times as Indonesian writes them: "11:35 pm" is pukul 23.35,
    /// "10:00-11:00 p.m." 22.00 and 23.00.
    static func afternoonTimes(in sentence: String) -> [String] {
        let lower = sentence.lowercased()
        guard lower.contains("pm") || lower.contains("p.m") else { return [] }
        let range = NSRange(lower.startIndex..., in: lower)
        return afternoonTime.matches(in: lower, range: range).compactMap { match in
            guard let hour = Range(match.range(at: 1), in: lower).flatMap({ Int(lower[$0]) }),
                  let minutes = Range(match.range(at: 2), in: lower), (1...11).contains(hour) else { return nil }
            return "\(hour + 12).\(lower[minutes])"
        }
    }

    private static let afternoonTime = try! NSRegularExpression(
        pattern: #"\b(\d{1,2}):(\d{2})(?=(?:\s*[-–]\s*\d{1,2}:\d{2})*\s*p\.?\s?m\b)"#)

    static let indonesianStopWords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan",
        "adalah", "juga", "sudah", "telah", "atau", "oleh", "karena", "sebagai", "bahwa", "mereka", "kami",
        "kita", "saya", "anda", "dia", "ia", "tersebut", "para", "namun", "tetapi", "saat", "setelah",
        "sebelum", "hingga", "masih", "bisa", "dapat", "harus", "lebih", "sangat", "seperti", "antara",
    ]
    static let englishStopWords: Set<String> = [
        "the", "and", "of", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been", "for", "on", "at",
        "by", "with", "from", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "i",
        "you", "his", "her", "their", "our", "not", "but", "or", "as", "have", "has", "had", "will", "would",
        "which", "who", "there", "about", "after", "before", "while", "could", "should",
    ]
}

/// Lines that real articles carry on one side only.
enum OneSidedLines {
    static func isOneSided(_ line: String, language: Language) -> Bool {
        // Boilerplate is short; a long line is a sentence whatever it starts with.
        if line.count <= 120, BoilerplateRules.reason(for: line) != nil { return true }
        // Bylines, datelines and photo credits, which the English edition writes anew.
        // ("By 1563, …" and "Oleh sebab itu, …" are sentences: a byline has no full stop.)
        if (ParagraphKinds.isByline(line) && !BoilerplateRules.endsLikeSentence(line))
            || ParagraphKinds.isDateline(line) || ParagraphKinds.isCaption(line) {
            return true
        }
        // A line wholly in brackets that is not a sentence: a credit, "(Liputan6.com/Trieyasni)"
        // (but "(Timna was Lotan's sister.)" is a sentence).
        if line.hasPrefix("("), line.hasSuffix(")"), line.split(separator: " ").count <= 15,
           !BoilerplateRules.endsLikeSentence(String(line.dropLast())) {
            return true
        }
        // A section label: one or two words, no punctuation ("Antar-Korea").
        if line.split(separator: " ").count <= 2, let last = line.last, last.isLetter { return true }
        let lower = line.lowercased().trimmingCharacters(in: .whitespaces)
        switch language {
        case .indonesian:
            // "Baca juga: <a headline>", whatever the headline holds; photo credits
            // and editor codes: "(Foto: ANTARA/…)", "Pewarta: …".
            return ["baca juga", "lihat juga", "simak juga", "baca selengkapnya"].contains { lower.hasPrefix($0 + ":") }
                || ["infografis ", "video: ", "simak video"].contains { lower.hasPrefix($0) }
                || lower.hasPrefix("(foto") || lower.hasPrefix("foto:") || lower.hasPrefix("ilustrasi.")
                || lower.hasPrefix("(antara foto") || lower.hasPrefix("editor:") || lower.hasPrefix("pewarta:")
        case .english:
            // Wire-service credits and links (Reuters, AP, AFP house style).
            return ["(reporting by", "reporting by", "(writing by", "writing by", "additional reporting",
                    "editing by", "read more:", "related:", "photo:", "(photo", "click here"].contains { lower.hasPrefix($0) }
        }
    }
}
