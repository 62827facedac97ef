import Foundation

/// Tells headlines, datelines, bylines, subheadings and captions from body paragraphs,
/// from the shape of the line alone.
enum ParagraphKinds {
    private static let months = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                 "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr",
                                 "jun", "jul", "agu", "agt", "agus", "aug", "sep", "sept", "okt", "oct", "nov",
                                 "des", "dec", "january", "february", "march", "may", "june", "july", "august",
                                 "october", "december"]
    private static let days = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let bylinePrefixes = ["oleh ", "oleh:", "rep:", "rep :", "red:", "red :", "reporter:",
                                         "reporter :", "penulis:", "penulis :", "editor:", "editor :",
                                         "editor ", "sumber:", "sumber :", "by ", "laporan wartawan", "laporan reporter",
                                         "laporan kontributor", "laporan koresponden", "kontributor:",
                                         "pewarta:", "pewarta :", "redaktur:", "penyunting:", "source:", "laporan:", "laporan :"]

    /// The first line of three or more words that is not a date, a byline or a sentence.
    static func isHeadlineCandidate(_ line: String) -> Bool {
        let words = wordCount(line)
        return words >= 3 && words <= 30 && !BoilerplateRules.endsLikeSentence(line)
            && !isDateline(line) && !isByline(line)
    }

    /// Kept for callers that see one line alone; the cleaner decides kinds with the page in view.
    static func kind(of line: String, hasCredit: Bool) -> ParagraphKind {
        if isByline(line) { return .byline }
        if isDateline(line) { return .dateline }
        if hasCredit || isCaption(line) { return .caption }
        return isSubheading(line) ? .subheading : .body
    }

    /// A heading inside the article: short, no sentence end, written as a title — not a
    /// quotation left open, not a clause ending in a comma, not the lead-in to a list.
    static func isSubheading(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard !BoilerplateRules.endsLikeSentence(line), words.count <= 20, !line.hasSuffix(","),
              !(line.hasSuffix(":") && words.count >= 8) else { return false }
        // "Berikut rangkuman berita selengkapnya:": the lead-in to a list is a sentence of the body.
        if line.hasSuffix(":"), let first = words.first?.lowercased(),
           ["berikut", "inilah", "simak", "yakni", "yaitu", "antara"].contains(first) { return false }
        // A quotation opened and not closed is speech cut off, not a heading.
        let opening = line.filter { $0 == "“" }.count, closing = line.filter { $0 == "”" }.count
        let straight = line.filter { $0 == "\"" }.count
        if opening != closing || straight % 2 == 1 { return false }
        if words.count <= 6 { return true }
        let long = words.filter { $0.count >= 4 && $0.first?.isLetter == true }
        let titled = long.filter { $0.first?.isUppercase == true }.count
        return titled * 10 >= long.count * 6
    }

    /// "Oleh", "Editor:", "Reporter:" alone on a line, before the name.
    static func isBylineLabel(_ line: String) -> Bool {
        let key = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        if ["oleh", "editor", "reporter", "penulis", "pewarta", "redaktur", "penyunting", "kontributor", "by"]
            .contains(key) { return true }
        // "Artikel ini ditulis oleh:", "Dilaporkan oleh": a short lead-in that ends on "oleh".
        return key.hasSuffix(" oleh") && wordCount(key) <= 5
    }

    /// "Kautsar Widya Prabowo", "Dany Garjito | Hernawan", "Brigitta Belia Permata Sari - detikNews":
    /// a few capitalised words and nothing else.
    static func isNameShaped(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        guard (1...6).contains(words.count), !BoilerplateRules.endsLikeSentence(line),
              !line.contains(where: \.isNumber), !line.contains(":"), !line.contains("("), !line.contains("["),
              !line.contains(".") else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return capitalised * 10 >= words.count * 6 && words.count >= 2
    }

    /// "Kamis, 20 Juni 2024 - 13:45 WIB", "Senin 18 Sep 2023 14:26 WIB",
    /// "Write: 2024-06-20 15:10:32Update: …", "23 September 2023, 17:02 WIB".
    static func isDateline(_ line: String) -> Bool {
        guard wordCount(line) <= 14 else { return false }
        // "Harian Jogja edisi Sabtu (15/2/2014):": a lead-in to what follows, not a date line.
        if line.hasSuffix(":"), wordCount(line) >= 3,
           line.range(of: #"\b\d{1,2}[:.]\d\d\b"#, options: .regularExpression) == nil { return false }
        if isDateAndName(line) || isDateAndCredits(line) { return true }
        return isDateOnly(line)
    }

    /// "Selasa, 25 Agustus 2015 Reporter: Devi Lusianawati Editor: Widodo Bogiarto 5344":
    /// the date first, then the writer's and editor's credits.
    private static func isDateAndCredits(_ line: String) -> Bool {
        let lower = line.lowercased()
        let monthNames = months.joined(separator: "|"), dayNames = days.joined(separator: "|")
        guard lower.range(of: "^((\(dayNames)),?\\s+)?\\d{1,2}\\s+(\(monthNames))\\s+(19|20)\\d\\d\\b",
                          options: .regularExpression) != nil else { return false }
        return ["reporter:", "reporter :", "editor:", "editor :", "penulis:", "penulis :", "pewarta:"].contains { lower.contains($0) }
    }

    /// "15 Februari 2014 11:48 WIB Nina Atmasari Jogja Share :": the date with its clock
    /// time first, then the writer and the page's buttons.
    private static func isDateAndName(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count >= 5, words.first?.first?.isNumber == true || days.contains(words[0].lowercased()
            .trimmingCharacters(in: .punctuationCharacters)) else { return false }
        for split in stride(from: min(7, words.count - 1), through: 3, by: -1) {
            let date = words[..<split].joined(separator: " ")
            let rest = words[split...]
            if rest.count <= 6, !BoilerplateRules.endsLikeSentence(line),
               date.range(of: #"\b\d{1,2}[:.]\d\d\b"#, options: .regularExpression) != nil,
               date.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) != nil, isDateOnly(date) {
                return true
            }
        }
        return false
    }

    private static func isDateOnly(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.range(of: #"\b(19|20)\d\d-\d\d-\d\d\b"#, options: .regularExpression) != nil { return true }
        // "29/9/2025 15:32", "Kompas.com - 05/05/2022, 19:37 WIB".
        if lower.range(of: #"\b\d{1,2}/\d{1,2}/(19|20)\d\d\b"#, options: .regularExpression) != nil,
           !BoilerplateRules.endsLikeSentence(line) { return true }
        // "Jakarta -", "Jakarta, CNN Indonesia --": the place that opens the report.
        if line.range(of: #"^\p{Lu}[\p{L}.]+(\s\p{Lu}[\p{L}.]+)?(,(\s\p{Lu}[\p{L}.]*){1,3})?\s*(-{1,2}|–|—)?$"#,
                      options: .regularExpression) != nil, line.contains(",") || line.last == "-" || line.last == "–" || line.last == "—" {
            return true
        }
        let tokens = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        // "Sekilas Kantor Berita ANTARA 13 Desember 1937-2010": a title that names a date.
        let other = tokens.filter { !months.contains($0) && !days.contains($0) && !["wib", "wita", "wit", "pukul"].contains($0) }
        if other.count >= 4 { return false }
        let hasMonth = tokens.contains { months.contains($0) }
        let hasDay = tokens.contains { days.contains($0) }
        let hasYear = lower.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) != nil
        let hasTime = lower.range(of: #"\b\d{1,2}[:.]\d\d\b"#, options: .regularExpression) != nil
        let sentence = BoilerplateRules.endsLikeSentence(line)
        return !sentence && ((hasMonth && (hasYear || hasTime)) || (hasDay && hasTime))
    }

    static func isByline(_ line: String) -> Bool {
        // "• Oleh Muhammad Hamim": a byline set as a list entry under the headline.
        let unbulleted = line.drop { "•·▪◦‣".contains($0) || $0 == " " }
        let lower = unbulleted.lowercased()
        guard wordCount(line) <= 16 else { return false }
        // "Sumber :" alone labels the credit under it; a byline names someone after its label.
        if let prefix = bylinePrefixes.first(where: { lower.hasPrefix($0) }) {
            let rest = lower.dropFirst(prefix.count)
            // "Oleh karena itu, …", "Oleh sebab itu": the conjunction, not a writer's name.
            if prefix == "oleh ", let next = rest.split(separator: " ").first,
               ["karena", "sebab", "itu", "sebagian", "para", "sebab,", "karenanya,"].contains(String(next)) { return false }
            return rest.contains(where: \.isLetter)
        }
        if isDeskAndNames(String(unbulleted)) { return true }
        if isNameAndDate(line) { return true }
        // "- Redaksi", "Tim Redaksi": the desk as the writer.
        if lower.range(of: #"^[-–—•]?\s*(tim\s+)?redaksi\b[\p{L} .]{0,20}$"#, options: .regularExpression) != nil { return true }
        // "Video Jurnalis: MICH", "Penulis Naskah: …", "Feby Novalius , Jurnalis-Sabtu, …".
        let roles = ["jurnalis", "penulis", "naskah", "narator", "editor", "produser", "kamerawan", "fotografer",
                     "reporter", "pewarta", "redaktur", "penyunting", "kontributor", "wartawan", "videografer"]
        if let colon = lower.firstIndex(of: ":") {
            let role = lower[..<colon].split(separator: " ")
            if (1...3).contains(role.count), role.contains(where: { roles.contains(String($0)) }) { return true }
        }
        return wordCount(line) <= 12 && lower.range(of: #"\s?,\s?(jurnalis|wartawan|reporter)\b"#, options: .regularExpression) != nil
            && !BoilerplateRules.endsLikeSentence(line)
    }

    /// "Redaksi Solopos.com  /  Evi Handayani  | SOLOPOS.com": the desk, the writer and the
    /// outlet, set apart by spaced slashes or bars; each part a name or a site.
    private static func isDeskAndNames(_ line: String) -> Bool {
        let parts = line.split(whereSeparator: { $0 == "/" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...4).contains(parts.count), line.contains(" / ") || line.contains(" | "),
              !BoilerplateRules.endsLikeSentence(line) else { return false }
        let isSite = { (part: String) in part.range(of: #"^[\p{L}\d-]+\.(com|co\.id|id|net|org)$"#, options: [.regularExpression, .caseInsensitive]) != nil }
        let isDesk = { (part: String) in part.lowercased().hasPrefix("redaksi") || part.lowercased().hasPrefix("tim ") }
        guard parts.allSatisfy({ !$0.isEmpty && (isNameShaped($0) || isSite($0) || isDesk($0) && wordCount($0) <= 3) }) else { return false }
        return parts.contains { isNameShaped($0) } && parts.contains { isSite($0) || isDesk($0) }
    }

    /// "Bayu Dwi Mardana Kusuma - Jumat, 23 April 2021 | 10:29", "Achmad Al Fiqri Selasa, 02 Apr 2019 15:11 WIB":
    /// the writer's name, then the date.
    static func isNameAndDate(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count >= 4, words.count <= 16 else { return false }
        for split in 2...min(6, words.count - 2) {
            let name = words[..<split].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " -–—|,"))
            let date = words[split...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " -–—|,"))
            // The date carries a clock time: "Sekilas Kantor Berita ANTARA 13 Desember 1937-2010" is a title.
            if isNameShaped(name), isDateline(date), date.range(of: #"\b\d{1,2}[:.]\d\d\b"#, options: .regularExpression) != nil,
               date.first?.isNumber == true || days.contains(where: { date.lowercased().hasPrefix($0) }) {
                return true
            }
        }
        return false
    }

    /// A caption ends with its credit in brackets: "(Vladimir Smirnov, Sputnik, … via AP)".
    static func isCaption(_ text: String) -> Bool {
        // "… dinaturalisasi? (Foto: Instagram/@justinhubner5) |": a separator after the credit.
        var line = text
        while let last = line.last, last == "|" || last == " " { line.removeLast() }
        // "ilustrasi.(MI)", "Ilustrasi tragedi Kanjuruhan (Unsplash)": an illustration's caption.
        if line.lowercased().hasPrefix("ilustrasi"), wordCount(line) <= 12 { return true }
        // "SOLOPOS.COM - Halaman Soloraya …": a caption headed by the outlet's name in capitals.
        if line.range(of: #"^\p{Lu}+\.(COM|CO\.ID|ID|NET)\s+[-–—]\s+\p{Lu}"#, options: .regularExpression) != nil,
           !BoilerplateRules.endsLikeSentence(line), wordCount(line) <= 30 { return true }
        // "[Suara.com/Dimas Angga]", "[ANTARA]": credits in square brackets.
        if let open = line.lastIndex(of: "["), line.hasSuffix("]") {
            let credit = String(line[open...])
            if credit.count <= 60, credit.range(of: #"(?i)\b(foto|photo|antara|reuters|afp|ap|getty)\b"#,
                                                  options: .regularExpression) != nil
                || credit.range(of: #"^\[\p{Lu}[^\]]*\p{L}/\p{L}"#, options: .regularExpression) != nil { return true }
        }
        // "Kapolsek Watang Pulu IPTU Zakariah| dokumentasi pribadi": the credit after a bar.
        if let bar = line.lastIndex(of: "|"), wordCount(line) <= 30,
           line[line.index(after: bar)...].range(of: #"(?i)^\s*(foto|photo|dok\.?|dokumentasi|istimewa|sumber)\b"#,
                                                  options: .regularExpression) != nil { return true }
        // "Ketua Fraksi Golkar MPR RI Melchias Marcus Mekeng/RMOL": the outlet's name glued after a slash.
        if wordCount(line) >= 3, wordCount(line) <= 25, !BoilerplateRules.endsLikeSentence(line),
           line.range(of: #"\p{Ll}/\p{Lu}{2,}(\.\p{L}+)?$"#, options: .regularExpression) != nil { return true }
        guard let open = line.lastIndex(of: "("), line.hasSuffix(")") || line.hasSuffix(").") else { return false }
        let credit = String(line[open...])
        guard credit.count <= 80 else { return false }
        let photoWords = #"(?i)\b(foto|photo|via|getty|istimewa|dok|afp|reuters|antara|ap|unsplash|shutterstock)\b"#
        // "(Liputan6.com/Trieyasni)": a site or agency and the photographer.
        let siteAndName = #"^\([^/]*\p{L}/\s?\p{L}[^0-9/]*\)\.?$"#
        return credit.range(of: photoWords, options: .regularExpression) != nil
            || credit.range(of: siteAndName, options: .regularExpression) != nil
    }

    private static func wordCount(_ line: String) -> Int {
        line.split(whereSeparator: { $0.isWhitespace }).count
    }
}
