/// What the words around a word say about how to read it, where its own letters cannot.
enum SentenceContext {
    /// The agent of a passive without di-, which comes straight before a bare verb
    /// ("akan kita tindak", "akan ia bahas"): there the bare word is the verb.
    static let agentPronouns: Set<String> = [
        "saya", "aku", "kami", "kita", "kau", "engkau", "anda", "dia", "ia", "mereka", "beliau",
    ]

    /// The aspect and modal auxiliaries, a closed class in every Indonesian grammar:
    /// never the bare form of a verb ("dapat" is "can", not "mendapat").
    static let auxiliaries: Set<String> = [
        "akan", "sudah", "telah", "sedang", "masih", "belum", "pernah", "baru",
        "dapat", "bisa", "boleh", "harus", "mesti", "perlu", "mampu", "mau", "ingin", "hendak",
    ]

    /// A headline or title: every longer word capitalised but prepositions and
    /// conjunctions ("Putin Tangguhkan Perjanjian Senjata Nuklir dengan AS"). Headlines
    /// drop meN- ("Pantau" for memantau) and capitalise common words, so neither a capital
    /// nor a bare word means there what it means in body text. A sentence full of names
    /// still has a verb in lower case ("Pandoe Kartawigoena mendirikan NV Kantor Berita Antara").
    static func isHeadline(_ words: [String]) -> Bool {
        let long = words.filter { $0.count >= 4 && $0.contains(where: \.isLetter) }
        guard long.count >= 3 else { return false }
        return long.allSatisfy { $0.first?.isUppercase == true || functionWords.contains($0) }
    }

    /// Prepositions and conjunctions of four letters or more, which headlines leave in lower case.
    static let functionWords: Set<String> = [
        "dengan", "untuk", "dari", "pada", "atau", "yang", "oleh", "bagi", "tentang", "terhadap",
        "karena", "hingga", "sampai", "antara", "dalam", "demi", "serta", "agar", "usai", "jelang",
        "soal", "saat", "lewat", "melalui", "menuju", "sejak", "kepada", "seperti", "bukan", "akan",
    ]

    /// Written as a name is ("Antara"): a capital, then lower case.
    static func isNameCapitalised(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase }
    }

    /// Whether the gap before a word ends a sentence.
    static func endsSentence(_ gap: String) -> Bool {
        gap.contains { ".!?\n".contains($0) }
    }
}
