import Foundation

/// The patterns that recognise page boilerplate on Indonesian news sites (and the
/// English labels those sites also use).
///
/// Each check looks at one whole line. They are written as a linguist would list them:
/// fixed labels, prefixes, and shapes (a credit is short and has no sentence in it).
enum BoilerplateRules {
    /// Labels that make up a whole line, lowercased, trailing ":" "›" ">" "»" dropped.
    private static let labels: [String: Boilerplate] = {
        var labels: [String: Boilerplate] = [:]
        for label in ["pergi ke menu", "pergi ke halaman utama", "pergi ke konten", "go top", "back to top",
                      "kembali ke atas", "ke atas", "skip to content", "skip to main content", "menu", "home",
                      "beranda", "close", "tutup", "search", "cari", "login", "masuk", "daftar", "share",
                      "bagikan", "bagikan artikel", "salin link", "copy link", "next", "prev", "previous",
                      "selanjutnya", "sebelumnya", "halaman selanjutnya", "lanjut baca", "lihat semua",
                      "selengkapnya", "lihat selengkapnya", "tampilkan semua", "muat lainnya", "load more",
                      "more", "kirim", "komentar", "tulis komentar", "kolom komentar", "ikuti kami",
                      "follow us", "subscribe", "langganan", "notifikasi", "breaking news", "ikuti kami di",
                      "lanjutkan", "perbesar", "oke", "close ads", "connect with us", "find out more", "network",
                      "tampilkan semua", "halaman", "laporan langsung", "semuanya waktu inggris", "berpartisipasi",
                      "bagikan artikel ini melalui", "bagikan artikel ini", "load more", "muat lebih banyak"] {
            labels[label] = .navigation
        }
        for label in ["advertisement", "iklan", "ads", "sponsored", "konten sponsor", "advertorial",
                      "scroll to continue with content", "scroll untuk melanjutkan membaca",
                      "gulir untuk melanjutkan", "konten berbayar", "scroll untuk membaca artikel",
                      "scroll to continue reading", "advertisement. scroll to continue reading",
                      "advertisement. scroll to continue reading."] {
            labels[label] = .advertisement
        }
        for label in ["terpopuler", "populer", "paling populer", "pilihan editor", "pilihan redaksi",
                      "berita lainnya", "berita terkait", "berita terkait lainnya", "baca berita terkait lainnya",
                      "artikel terkait", "artikel lainnya", "berita terkini", "berita terkini selengkapnya",
                      "terkini", "terbaru", "berita terbaru", "rekomendasi", "rekomendasi untuk anda",
                      "most popular", "most read", "trending", "video pilihan", "video terkait", "foto terkait",
                      "infografis terkait", "topik terkait", "topik pilihan", "baca juga", "lihat juga",
                      "simak juga", "related", "related news", "read more", "latest news", "editor's picks",
                      "hot issue", "headline", "news feed", "indeks berita", "indeks", "related posts", "terkait",
                      "video terpopuler", "video terkini", "video selanjutnya", "network updates", "grafis",
                      "infografis", "rangkuman", "berita populer", "baca lainnya", "artikel terkait:", "related post",
                      "konten terkait", "konten menarik", "pilihan untuk anda", "bacaan lainnya"] {
            labels[label] = .pageSection
        }
        for label in ["baca juga", "lihat juga", "simak juga", "baca juga artikel", "artikel terkait"] {
            labels[label] = .relatedLink
        }
        for label in ["tags", "tag", "topik", "kata kunci", "keywords", "label"] {
            labels[label] = .tagList
        }
        for label in ["a a a", "a a", "a", "a- a+", "a+ a-", "ukuran teks", "text size", "font size", "font",
                      "ukuran font", "ukuran font - +", "a a a pengaturan font", "pengaturan font"] {
            labels[label] = .textControls
        }
        for label in ["loading...", "loading..", "loading", "memuat...", "memuat"] {
            labels[label] = .pageRendering
        }
        labels["all rights reserved"] = .copyright
        labels["all right reserved"] = .copyright
        labels["hak cipta dilindungi undang-undang"] = .copyright
        return labels
    }()

    /// Prefixes that mark a whole line as boilerplate, with what follows them.
    private static let prefixes: [(String, Boilerplate)] = [
        ("baca juga", .relatedLink), ("lihat juga", .relatedLink), ("simak juga", .relatedLink),
        ("baca selengkapnya", .relatedLink), ("baca berita lengkap", .relatedLink), ("baca berita selengkapnya", .relatedLink),
        ("baca lengkapnya", .relatedLink), ("baca artikel", .relatedLink), ("artikel terkait", .relatedLink),
        ("berita terkait", .relatedLink), ("read also", .relatedLink), ("read more", .relatedLink),
        ("simak video", .relatedLink), ("tonton juga", .relatedLink), ("[gambas:", .relatedLink),
        ("copyright", .copyright), ("©", .copyright), ("(c) 20", .copyright), ("hak cipta ©", .copyright),
        ("read/ rendering in", .pageRendering), ("rendering in", .pageRendering),
        ("tags:", .tagList), ("tag:", .tagList), ("topik:", .tagList), ("kata kunci:", .tagList),
        ("pergi ke menu", .navigation), ("baca:", .relatedLink), ("tampilkan postingan", .navigation),
        ("video selanjutnya", .pageSection),
    ]

    /// Why `line` is boilerplate, or nil when it is article text.
    static func reason(for line: String) -> Boilerplate? {
        let key = normalisedLabel(line)
        if let label = labels[key] { return label }
        // "ads.", "Iklan.": a label with a stop after it.
        if key.hasSuffix("."), key.split(separator: " ").count <= 2, let label = labels[String(key.dropLast())] { return label }
        if isAdvertisementNote(key) { return .advertisement }
        // "BACA  Mahesa Prabu Febriyanto Sabet 3 Penghargaan …": the label in capitals, then a title.
        if line.range(of: #"^(BACA|LIHAT|SIMAK)( JUGA)?\s*:?\s+\p{Lu}\p{Ll}"#, options: .regularExpression) != nil,
           !endsLikeSentence(line), line.split(separator: " ").count <= 20 { return .relatedLink }
        if isNavigationRun(key) { return .navigation }
        for (prefix, reason) in prefixes where key.hasPrefix(prefix) {
            // "Baca juga" opening a real sentence ("Baca juga buku ini.") is rare in news,
            // but a long line with several sentences is never a link, unless a colon
            // after the label says a title follows ("Baca Juga : Cek Lagi! Hari Ini …").
            let labelled = key.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces).hasPrefix(":")
                || prefix.hasSuffix(":")
            if reason == .relatedLink && !labelled && sentenceCount(line) > 1 { continue }
            return reason
        }
        if isPhotoCredit(line) { return .photoCredit }
        if isConsentNotice(key) { return .consentNotice }
        if isSiteNotice(key, line: line) { return .notice }
        if isPromotion(key, line: line) { return .promotion }
        if isEditorCode(line) { return .editorCode }
        if isCounter(line) { return .pageSection }
        return nil
    }

    /// `true` when `line` repeats the headline: whole, cut short with "...", or with a
    /// trailing separator, as pages print it above photos and in share boxes.
    static func repeats(headline: String, line: String) -> Bool {
        let head = comparable(headline)
        var body = comparable(line)
        guard !head.isEmpty, !body.isEmpty else { return false }
        if body == head { return true }
        let trimmedLine = line.trimmingCharacters(in: .whitespaces)
        if trimmedLine.hasSuffix("...") || trimmedLine.hasSuffix("…") {
            body = comparable(String(trimmedLine.dropLast(trimmedLine.hasSuffix("…") ? 1 : 3)))
            return body.count >= 12 && head.hasPrefix(body)
        }
        return false
    }

    /// A short line with no sentence in it, as the entries of "Terpopuler" or "Tags" are.
    static func isSectionEntry(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0.isWhitespace }).count
        return words <= 8 && !endsLikeSentence(line)
    }

    /// Splits "… berkunjung ke Korea Utara. Foto/AP" into the caption and its credit.
    static func trailingPhotoCredit(in line: String) -> (caption: String, credit: String)? {
        // "… 12 Januari 2015. TEMPO/Dhemas Reviyanto": an agency and a photographer after a slash.
        let pattern = #"^(.*[.!?…"”)])\s+((?:Foto|Photo|Gambar|Ilustrasi|Image|Sumber foto)\s*[:/]\s*[^.!?]{0,60}|\p{Lu}[\p{L}.]*/\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,4})$"#
        // "Dedek Prayudi. instagram/uki_dedek": a photo taken from an account.
        if let match = line.firstMatch(of: /^(.*[.!?…"”)])\s+(\S+)$/), FurnitureShapes.isSocialAccount(String(match.2)) {
            return (String(match.1), String(match.2))
        }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let caption = Range(match.range(at: 1), in: line),
              let credit = Range(match.range(at: 2), in: line) else { return nil }
        return (String(line[caption]), String(line[credit]))
    }

    /// Splits "… di London Metal Exchange. [ah/ft]" into the sentence and the editor's
    /// initials after it, so the paragraph reads as the sentence it is.
    static func trailingEditorCode(in line: String) -> (text: String, code: String)? {
        guard let match = line.firstMatch(of: /^(.*[.!?…"”])\s*(\([a-z]{2,5}(?:\/[a-z]{2,5})*\)|\[[A-Za-z]{2,5}(?:\/[A-Za-z]{2,5})*\])$/),
              match.1.split(whereSeparator: \.isWhitespace).count >= 3 else { return nil }
        return (String(match.1), String(match.2))
    }

    // MARK: - Shapes

    private static func normalisedLabel(_ line: String) -> String {
        var key = line.lowercased().trimmingCharacters(in: .whitespaces)
        while let last = key.last, ":›>»|/-–—•".contains(last) {
            key.removeLast()
            key = key.trimmingCharacters(in: .whitespaces)
        }
        // "• Font:": a bullet opens a menu entry as often as it closes one.
        while let first = key.first, "•·▪»".contains(first) {
            key.removeFirst()
            key = key.trimmingCharacters(in: .whitespaces)
        }
        return key.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Pergi ke Menu Pergi ke Halaman Utama": several navigation labels on one line.
    private static func isNavigationRun(_ key: String) -> Bool {
        guard key.hasPrefix("pergi ke ") || key.hasPrefix("skip to ") else { return false }
        let rest = key.replacingOccurrences(of: "pergi ke ", with: "|").replacingOccurrences(of: "skip to ", with: "|")
        return rest.split(separator: "|").allSatisfy { labels[$0.trimmingCharacters(in: .whitespaces)] == .navigation
            || ["menu", "halaman utama", "konten", "content", "main content"].contains($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// "Iklan - Geser ke atas untuk melanjutkan", "SCROLL TO RESUME CONTENT": the note
    /// over or under an advertisement that asks the reader to scroll on.
    private static func isAdvertisementNote(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard words.count <= 8 else { return false }
        if ["iklan", "advertisement", "ads"].contains(String(words.first ?? "")), words.count >= 2,
           ["-", "–", "—", "·", "|"].contains(String(words[1])) { return true }
        let scroll = ["scroll", "geser", "gulir"].contains { key.hasPrefix($0) }
        return scroll && ["content", "konten", "melanjutkan", "membaca", "continue", "resume", "reading"].contains { key.contains($0) }
    }

    /// "Foto/AP", "Photo : YONHAP News", "Foto:", "(Foto: Antara)".
    private static func isPhotoCredit(_ line: String) -> Bool {
        // "foto: Megawati Soekarnoputri (ist)": a caption under the label, with its own credit in brackets.
        if line.range(of: #"(?i)^(foto|photo)\s*:\s*\p{Lu}\p{Ll}+(\s\p{L}+)+\s\((ist|istimewa|dok|dok\.|net|humas|repro)\)$"#,
                      options: .regularExpression) != nil { return false }
        let pattern = #"^\(?\s*(?:foto|photo|photos|gambar|ilustrasi|image|sumber foto|kredit foto|dok\.?|dokumentasi)\s*[:/]\s*[^.!?]{0,60}\)?$"#
        // "( Dok. Istimewa)", "Dok. Pribadi": the archive's abbreviation is label enough.
        let archive = #"^\(?\s*(?:dok\.|dokumentasi)\s+[^.!?:]{1,40}\)?$"#
        return (line.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
            || line.range(of: archive, options: [.regularExpression, .caseInsensitive]) != nil) && line.count <= 80
    }

    private static func isConsentNotice(_ key: String) -> Bool {
        (key.contains("cookie") || key.contains("kuki"))
            && ["menggunakan", "kami gunakan", "setuju", "menyetujui", "kebijakan", "we use", "agree", "consent",
                "privacy", "privasi"].contains { key.contains($0) }
    }

    private static func isPromotion(_ key: String, line: String) -> Bool {
        let calls = ["klik disini", "klik di sini", "click here", "google news", "whatsapp channel", "unduh aplikasi",
                     "download aplikasi", "ikuti berita", "follow our", "saluran whatsapp", "channel whatsapp"]
        // A paragraph that ends by pointing at a link ("…, klik di sini.") is still a paragraph;
        // a pitch of two sentences that ends on the link itself is not.
        let sentences = line.matches(of: /[.!?]\s+\p{Lu}/).count + 1
        let endsOnLink = line.split(whereSeparator: \.isWhitespace).last?.hasPrefix("http") == true
        return calls.contains { key.contains($0) } && key.count <= 250 && (sentences <= 1 || sentences <= 2 && endsOnLink)
    }

    /// "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak
    /// mewakili pandangan redaksi Kompas.", "Bagaimana reaksi Anda tentang artikel ini?":
    /// the site speaking about its own content or asking the reader for a rating.
    private static func isSiteNotice(_ key: String, line: String) -> Bool {
        let words = key.split(separator: " ").count
        let aboutContent = ["konten ini", "artikel ini", "tulisan ini", "berita ini", "isi konten", "isi artikel", "isi tulisan"]
            .contains { key.contains($0) }
        let disclaims = ["tanggung jawab", "tidak mewakili", "bukan tanggung jawab"].contains { key.contains($0) }
            && ["redaksi", "penulis", "bloger", "blogger", "pengirim"].contains { key.contains($0) }
        if aboutContent && disclaims && words <= 45 && sentenceCount(line) <= 3 { return true }
        // A question to the reader about the page itself.
        return aboutContent && line.hasSuffix("?") && words <= 10 && ["anda", "kamu"].contains { key.contains($0) }
    }

    /// "(ahm)", "(ahm/ian)": the editor's initials that close an article.
    private static func isEditorCode(_ line: String) -> Bool {
        line.range(of: #"^\([a-z]{2,5}(?:/[a-z]{2,5})*\)$"#, options: .regularExpression) != nil
            || line.range(of: #"^\[[A-Za-z]{2,5}(?:/[A-Za-z]{2,5})*\]$"#, options: .regularExpression) != nil
    }

    /// A lone number: the counters of "most read" lists.
    private static func isCounter(_ line: String) -> Bool {
        line.count <= 3 && line.allSatisfy(\.isNumber)
    }

    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last(where: { !"\"”’')]".unicodeScalars.contains($0) }) else { return false }
        return ".!?…".unicodeScalars.contains(last)
    }

    private static func sentenceCount(_ line: String) -> Int {
        line.split(whereSeparator: { ".!?".contains($0) }).filter { $0.count > 3 }.count
    }

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
