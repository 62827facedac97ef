import Foundation

/// Page furniture recognised by the shape of one line rather than by a fixed label:
/// photo credits, bullets, counters and clocks, addresses and telephone numbers,
/// links, hashtags, glued navigation, keyword lists, rubric labels, subscription pitches.
/// Every check is written for any outlet, not for one site's wording.
enum FurnitureShapes {
    /// Why `line` is furniture by its shape alone, or nil.
    static func reason(for line: String) -> Boilerplate? {
        let plain = Markup.stripped(line)
        if !plain.contains(where: { $0.isLetter || $0.isNumber }) { return .pageRendering }
        let words = plain.split(whereSeparator: \.isWhitespace)
        let lower = plain.lowercased()
        if isCredit(plain) { return .photoCredit }
        if isLinkOnly(plain) || isGluedNavigation(plain) || isPagination(lower) { return .navigation }
        if isShareBar(lower, words: words) { return .pageInterface }

        if words.allSatisfy({ $0.hasPrefix("#") }) || isKeywordList(plain) { return .tagList }
        if isClockOrCounter(lower) || isContact(plain) || isWeatherReading(lower) { return .pageSection }
        // "spot_img", "td_module": a template's placeholder left in the text.
        if plain.range(of: #"^[a-z]+(_[a-z0-9]+)+$"#, options: .regularExpression) != nil { return .pageRendering }
        if isRubric(plain, words: words) { return .rubric }
        if isSubscriptionPitch(lower, words: words.count) || isCallToAction(plain) { return .promotion }
        if isCopyrightNotice(lower, words: words.count) { return .copyright }
        if lower.range(of: #"^(version|versi)\s*\d+(\.\d+)+$"#, options: .regularExpression) != nil { return .pageRendering }
        // "arsip tempo : 170128268641.": an archive number, not text.
        if words.count <= 6, plain.range(of: #"\d{9,}"#, options: .regularExpression) != nil { return .editorCode }
        return nil
    }

    // MARK: - Credits

    /// "Kompas/Wawan H Prabowo", "TRIBUNSUMSEL.COM/HARTATI", "POOL/ASHLEY LANDIS via REUTERS",
    /// "RUSMAN - BIRO PERS SEKRETARIAT PRESIDEN", "Sumber gambar, Dhany Pramata", "Getty Images".
    static func isCredit(_ line: String) -> Bool {
        let lower = line.lowercased()
        let words = line.split(whereSeparator: \.isWhitespace)
        // "ANTARA FOTO/M Risyal Hidayat/foc.": an agency in capitals, a slash, the photographer.
        // Two words of capitals before the slash, or the editor's code after the name:
        // "TNI/Polri Siaga." is a title, not a credit.
        if words.count <= 8, !line.dropLast().contains(". "),
           line.range(of: #"^\p{Lu}{2,}\s\p{Lu}{2,}/\s?\p{Lu}[^\s/]*(\s\p{Lu}[^\s/]*){0,4}(/[\p{L}.]+)?\.?$"#,
                      options: .regularExpression) != nil
            || line.range(of: #"^\p{Lu}{2,}/\s?\p{Lu}[^\s/]*(\s\p{Lu}[^\s/]*){0,4}/\p{Ll}{2,5}\.?$"#,
                          options: .regularExpression) != nil { return true }
        guard words.count <= 8, !BoilerplateRules.endsLikeSentence(line) || lower.hasSuffix(".com") else { return false }
        if lower.hasPrefix("sumber gambar") || lower.hasPrefix("sumber foto") || lower.hasPrefix("kredit foto") { return true }
        // "Foto: GettyImages/NurPhoto / Contributor": a short label and a source, no caption.
        if lower.range(of: #"^(foto|photo)\s*:\s*\S.*/"#, options: .regularExpression) != nil { return true }
        if ["getty images", "afp", "reuters", "ap photo", "antara foto"].contains(lower) { return true }
        // "Instagram @adhe_srg", "instagram/uki_dedek": a photo taken from an account.
        if isSocialAccount(line) { return true }
        // An agency or outlet and the photographer, joined by a slash: "Kompas.com/Kurnia Sari Aziza".
        if line.range(of: #"^[\p{Lu}][\p{L}.+]*/\s?[\p{Lu}][\p{L}.]*(\s[\p{L}.]+){0,4}$"#, options: .regularExpression) != nil,
           !line.contains(":") { return true }
        // Credits in capitals: "POOL/ASHLEY LANDIS via REUTERS", "RUSMAN - BIRO PERS SEKRETARIAT PRESIDEN".
        let letters = line.filter(\.isLetter)
        let capitals = letters.filter(\.isUppercase).count
        if words.count >= 3, capitals * 10 >= letters.count * 8,
           line.contains("/") || line.contains(" via ") || line.contains(" - ") {
            return !line.hasSuffix("-")
        }
        return false
    }

    /// "Instagram @adhe_srg", "Twitter/@jokowi", "instagram/uki_dedek".
    static func isSocialAccount(_ line: String) -> Bool {
        line.range(of: #"^(?i:instagram|twitter|x|facebook|tiktok|youtube|ig)\s*[:/]?\s*@?[\w.]+$"#, options: .regularExpression) != nil
            && (line.contains("@") || line.contains("/"))
    }

    /// "Keterangan gambar, …", "Image caption: …", "Foto: …": a caption repeated under a label.
    static func captionLabelRemoved(from line: String) -> String? {
        for label in ["keterangan gambar", "image caption", "caption", "foto", "photo", "keterangan foto"] {
            let lower = line.lowercased()
            guard lower.hasPrefix(label) else { continue }
            var rest = line.dropFirst(label.count)
            guard let first = rest.first, ",:".contains(first) else { continue }
            rest = rest.dropFirst()
            return rest.trimmingWhitespace()
        }
        return nil
    }

    // MARK: - Links and navigation

    private static func isLinkOnly(_ line: String) -> Bool {
        line.range(of: #"^(https?://|www\.)\S+$"#, options: .regularExpression) != nil
    }

    /// "Tentang KamiPedoman Media SiberKetentuan & Kebijakan Privasi": menu entries saved
    /// without the spaces between them, so words run together.
    /// A paragraph whose first word is glued to the outlet's name ("SwaraWarta.co.idBanyak
    /// warga …") has joins too, but few for its length: menus are mostly joins.
    private static func isGluedNavigation(_ line: String) -> Bool {
        guard !BoilerplateRules.endsLikeSentence(line) else { return false }
        let joins = line.matches(of: /\p{Ll}{2}\p{Lu}\p{Ll}/).count
        let words = line.split(whereSeparator: \.isWhitespace).count
        return joins >= 2 && joins * 4 >= words
    }

    /// "Demo Tolak UU TNI di...": a title cut to fit a box of other stories (one such
    /// line alone may be the body's last words before a paywall).
    static func isCutTitle(_ line: String) -> Bool {
        guard line.hasSuffix("...") || line.hasSuffix("…"), !line.hasSuffix("...."), let first = line.first,
              !"\"“‘'(".contains(first) else { return false }
        return line.split(whereSeparator: \.isWhitespace).count <= 8
    }

    /// "facebook icon twitter icon whatsapp icon", "URL berhasil dicopy": a share bar and
    /// what it says when a link is copied. Every word is a network's name or the bar's.
    private static func isShareBar(_ lower: String, words: [Substring]) -> Bool {
        let networks: Set<String> = ["facebook", "twitter", "x", "whatsapp", "wa", "telegram", "line", "linkedin",
                                     "pinterest", "email", "e-mail", "instagram", "tiktok", "youtube", "messenger", "url", "link", "tautan"]
        let bar: Set<String> = ["icon", "copy", "share", "bagikan", "salin", "berhasil", "dicopy", "disalin", "tersalin",
                                "copied", "di", "ke", "telah", "to", "clipboard", "via"]
        let plain = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        return plain.count >= 2 && plain.contains(where: networks.contains)
            && plain.allSatisfy { networks.contains($0) || bar.contains($0) }
    }

    /// "Halaman 3 dari 2", "Halaman:", "« back to index".
    private static func isPagination(_ lower: String) -> Bool {
        lower.range(of: #"^(halaman|page)\s*\d+(\s*(dari|of)\s*\d+)?$"#, options: .regularExpression) != nil
            || lower.hasPrefix("halaman:") || lower.hasPrefix("« back") || lower.hasPrefix("back to index")
    }

    // MARK: - Lists of words

    /// "id LKBN Antara,Perum Antara,berita nasional": keywords separated by commas, no sentence.
    private static func isKeywordList(_ line: String) -> Bool {
        let marked = line.lowercased().hasPrefix("id ") && line.contains(",")
        var text = marked ? String(line.dropFirst(3)) : line
        if text.hasSuffix(".") { text.removeLast() }
        guard !text.contains(". "), !text.contains("!"), !text.contains("?") else { return false }
        let items = text.split(separator: ",").map { $0.split(whereSeparator: \.isWhitespace).count }
        let words = items.reduce(0, +)
        return items.count >= (marked ? 3 : 5) && words <= 20 && items.allSatisfy { (1...3).contains($0) }
    }

    /// "Category: Kompas.com", "Negara: Jalur Gaza", "Kumpulan Berita DPR RI", "Berita Internasional",
    /// "Kabar Tokoh": the section a page belongs to, not part of its article.
    private static func isRubric(_ line: String, words: [Substring]) -> Bool {
        let lower = line.lowercased()
        let fields = ["category", "kategori", "rubrik", "kanal", "negara", "author", "jenis media", "partai",
                      "provinsi", "kota", "label", "section", "topics"]
        for field in fields where lower.hasPrefix(field + ":") || lower.hasPrefix(field + " :") {
            return words.count <= 8
        }
        guard words.count >= 2, words.count <= 4, !BoilerplateRules.endsLikeSentence(line) else { return false }
        let first = words[0].lowercased()
        let opensRubric = ["berita", "kabar", "kumpulan", "indeks", "kanal", "rubrik", "liputan"].contains(first)
        return opensRubric && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    }

    // MARK: - Clocks, counters, contact details

    /// "02:15", "3 bulan lalu", "· 3 menit baca", "12".
    private static func isClockOrCounter(_ lower: String) -> Bool {
        let text = lower.trimmingCharacters(in: CharacterSet(charactersIn: "·•- "))
        return text.range(of: #"^\d{1,2}[:.]\d\d([:.]\d\d)?$"#, options: .regularExpression) != nil
            || text.range(of: #"^\d+\s+(detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(yang\s+)?lalu$"#,
                          options: .regularExpression) != nil
            || text.range(of: #"^\d+\s+menit\s+(baca|membaca)$"#, options: .regularExpression) != nil
            || text.range(of: #"^\d+\s+(views?|dilihat|kali dibaca)$"#, options: .regularExpression) != nil
    }

    /// "25 C", "31°C": a weather widget's reading.
    static func isWeatherReading(_ lower: String) -> Bool {
        lower.range(of: #"^-?\d{1,2}\s*°?\s*[cf]$"#, options: .regularExpression) != nil
    }

    /// "+6221 5347 710", and an address ending in a postcode.
    private static func isContact(_ line: String) -> Bool {
        if line.range(of: #"^[+(]?\d[\d\s()+.-]{5,}$"#, options: .regularExpression) != nil { return true }
        let lower = line.lowercased()
        return line.range(of: #"\b\d{5}\.?$"#, options: .regularExpression) != nil
            && (lower.contains("jalan ") || lower.contains("jl.") || lower.contains("jl "))
    }

    // MARK: - Pitches

    /// "Akses penuh seluruh artikel Tempo+", "Baca berita tanpa iklan. Gabung Kompas.com+",
    /// "Berlangganan untuk lanjutkan membaca.", "Anda bisa menjadi kolumnis !".
    private static func isSubscriptionPitch(_ lower: String, words: Int) -> Bool {
        // Words of a sales pitch, not of news: a headline may say "gabung" or "premium", not these.
        let pitches = ["berlangganan", "langganan untuk", "tanpa iklan", "sedikit iklan", "akses penuh",
                       "membership", "menjadi kolumnis", "subscribe", "tempo+", ".com+", "edisi mingguan",
                       "independensi jurnalisme", "fitur baca cepat"]
        return words <= 12 && pitches.contains { lower.contains($0) }
    }

    /// "… klik di sini", "Cara daftar baca di sini", "Manfaat …? Lihat Disini": a line that
    /// ends in a call to follow a link (a sentence that merely mentions one is kept).
    private static func isCallToAction(_ line: String) -> Bool {
        guard !BoilerplateRules.endsLikeSentence(line) else { return false }
        let lower = line.lowercased()
        return ["di sini", "disini", "lebih lanjut", "klik", "selengkapnya"].contains { lower.hasSuffix($0) }
            && ["klik", "baca", "lihat", "cek", "simak", "daftar"].contains { lower.contains($0) }
    }

    private static func isCopyrightNotice(_ lower: String, words: Int) -> Bool {
        (lower.contains("©") && words <= 15) || lower.hasPrefix("dilarang keras mengambil")
            || lower.hasPrefix("dilarang mengutip") || lower.hasPrefix("all right reserved")
    }
}

/// Raw markup left in a saved page: `<link type="page"><caption> …</caption></link>`, `<i>…</i>`.
enum Markup {
    static func stripped(_ line: String) -> String {
        guard line.contains("<") else { return line }
        let text = line.replacingOccurrences(of: #"</?[A-Za-z][^<>]*>"#, with: "", options: .regularExpression)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
