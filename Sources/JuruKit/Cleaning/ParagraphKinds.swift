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
                                         "editor ", "sumber:", "sumber :", "by ", "laporan ", "kontributor:",
                                         "pewarta:", "pewarta :", "redaktur:", "penyunting:", "source:"]

    /// The first line of three or more words that is not a date, a byline or a sentence.
    static func isHeadlineCandidate(_ line: String) -> Bool {
        let words = wordCount(line)
        return words >= 3 && words <= 30 && !BoilerplateRules.endsLikeSentence(line)
            && !isDateline(line) && !isByline(line)
    }

    static func kind(of line: String, hasCredit: Bool) -> ParagraphKind {
        if isByline(line) { return .byline }
        if isDateline(line) { return .dateline }
        if hasCredit || isCaption(line) { return .caption }
        if !BoilerplateRules.endsLikeSentence(line) && wordCount(line) <= 20 && !line.hasSuffix(",") {
            return .subheading
        }
        return .body
    }

    /// "Kamis, 20 Juni 2024 - 13:45 WIB", "Senin 18 Sep 2023 14:26 WIB",
    /// "Write: 2024-06-20 15:10:32Update: …", "23 September 2023, 17:02 WIB".
    static func isDateline(_ line: String) -> Bool {
        guard wordCount(line) <= 14 else { return false }
        let lower = line.lowercased()
        if lower.range(of: #"\b(19|20)\d\d-\d\d-\d\d\b"#, options: .regularExpression) != nil { return true }
        let tokens = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let hasMonth = tokens.contains { months.contains($0) }
        let hasDay = tokens.contains { days.contains($0) }
        let hasYear = lower.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) != nil
        let hasTime = lower.range(of: #"\b\d{1,2}[:.]\d\d\b"#, options: .regularExpression) != nil
        let sentence = BoilerplateRules.endsLikeSentence(line)
        return !sentence && ((hasMonth && (hasYear || hasTime)) || (hasDay && hasTime))
    }

    static func isByline(_ line: String) -> Bool {
        let lower = line.lowercased()
        return wordCount(line) <= 16 && bylinePrefixes.contains { lower.hasPrefix($0) }
    }

    /// A caption ends with its credit in brackets: "(Vladimir Smirnov, Sputnik, … via AP)".
    static func isCaption(_ line: String) -> Bool {
        guard let open = line.lastIndex(of: "("), line.hasSuffix(")") || line.hasSuffix(").") else { return false }
        let credit = String(line[open...])
        guard credit.count <= 80 else { return false }
        let photoWords = #"(?i)\b(foto|photo|via|getty|istimewa|dok|afp|reuters|antara|ap)\b"#
        // "(Liputan6.com/Trieyasni)": a site or agency and the photographer.
        let siteAndName = #"\p{L}/\p{L}"#
        return credit.range(of: photoWords, options: .regularExpression) != nil
            || credit.range(of: siteAndName, options: .regularExpression) != nil
    }

    private static func wordCount(_ line: String) -> Int {
        line.split(whereSeparator: { $0.isWhitespace }).count
    }
}
