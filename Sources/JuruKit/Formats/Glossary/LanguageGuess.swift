/// A rough reading of whether a short text (a glossary term or its translation) is
/// Indonesian or English, for a glossary whose header does not say which column is
/// which. Positive scores lean Indonesian, negative English.
enum LanguageGuess {
    static func indonesianScore(_ text: String) -> Int {
        var score = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let word = String(word)
            if indonesianWords.contains(word) { score += 2; continue }
            if englishWords.contains(word) { score -= 2; continue }
            if word.count < 4 { continue }
            if englishEndings.contains(where: word.hasSuffix) || englishLetterPairs.contains(where: word.contains) {
                score -= 1
            } else if indonesianEndings.contains(where: word.hasSuffix) || indonesianBeginnings.contains(where: word.hasPrefix) {
                score += 1
            }
        }
        return score
    }

    static let indonesianWords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "atau", "pada", "dalam", "tidak",
        "oleh", "sebagai", "adalah", "akan", "juga", "para", "orang", "penyakit", "kasus",
    ]
    static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "for", "with", "on", "by", "is", "are", "or", "an", "a", "as", "at",
        "from", "that", "this", "not", "be",
    ]
    static let englishEndings = ["tion", "sion", "ing", "ness", "ment", "ity", "ed", "ly", "ship", "ous", "ive", "ful", "less"]
    static let englishLetterPairs = ["th", "ph", "ck", "sh", "ee", "oo", "wh", "ea", "ou", "x", "q"]
    static let indonesianEndings = ["kan", "nya", "an", "i", "a", "u"]
    static let indonesianBeginnings = ["meng", "meny", "mem", "men", "ber", "ter", "peng", "peny", "pem", "pen", "ke", "di", "se"]
}
