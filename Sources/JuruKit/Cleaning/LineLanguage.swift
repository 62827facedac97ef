/// Whether a line reads as English rather than Indonesian: the banners and buttons an
/// Indonesian page keeps in English ("Got a TV Licence?", "Connect with us", "Close Ads").
enum LineLanguage {
    private static let english: Set<String> = [
        "the", "a", "an", "to", "you", "your", "and", "of", "is", "it", "it's", "it’s", "on", "any", "or", "more",
        "out", "find", "don't", "don’t", "have", "need", "one", "watch", "with", "for", "by", "continue", "reading",
        "us", "connect", "close", "ads", "image", "music", "read", "i", "got", "our", "we", "this", "here", "click",
        "share", "next", "back", "top", "latest", "news", "related", "posts", "see", "all", "view", "sign", "in",
        "up", "log", "follow", "most", "popular", "licence", "license", "about", "terms", "privacy", "policy",
    ]
    private static let indonesian: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "akan", "pada", "dalam",
        "adalah", "juga", "atau", "sudah", "kami", "kita", "anda", "bisa", "oleh", "para", "saat", "tak", "ada",
        "kata", "telah", "bagi", "agar", "lebih", "baca", "berita", "tahun", "hari", "jadi", "masih", "setelah",
    ]

    /// A line with Indonesian function words in it: running text of an Indonesian page.
    static func isIndonesian(_ line: String) -> Bool {
        line.lowercased().split(whereSeparator: { !$0.isLetter }).contains { indonesian.contains(String($0)) }
    }

    static func isEnglish(_ line: String) -> Bool {
        // A letter alone is a list mark ("a. Akta Lahir"), not the article "a".
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
            .filter { $0.count > 1 || $0 == "i" }
        guard words.count >= 2 else { return false }
        let englishWords = words.filter(english.contains).count
        let indonesianWords = words.filter(indonesian.contains).count
        return indonesianWords == 0 && englishWords >= 1 && englishWords * 3 >= words.count
    }
}
