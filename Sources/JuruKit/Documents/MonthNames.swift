/// Month names as Indonesian and English news write them, full and abbreviated,
/// and English dates written in AP style ("Sept. 18, 2023", "June 20").
enum MonthNames {
    enum Form: Sendable, Equatable {
        /// June, September.
        case full
        /// Sept., Aug., Oct. (AP spells out March to July).
        case abbreviated
        case numeric
        case iso
    }

    static let english = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
    /// AP's abbreviations, used with a day ("Sept. 18"); nil where AP spells it out.
    static let apAbbreviation: [String?] = ["Jan.", "Feb.", nil, nil, nil, nil, nil, "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

    /// Every spelling, lowercased, without a final period, to its month (1...12).
    static let byName: [String: Int] = {
        var names: [String: Int] = [:]
        let indonesian = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                          "september", "oktober", "november", "desember"]
        for month in 0..<12 {
            names[english[month].lowercased()] = month + 1
            names[indonesian[month]] = month + 1
            names[String(english[month].lowercased().prefix(3))] = month + 1
            names[String(indonesian[month].prefix(3))] = month + 1
        }
        for (name, month) in [("sept", 9), ("pebruari", 2), ("peb", 2), ("agt", 8), ("ags", 8), ("agus", 8),
                              ("nopember", 11), ("nop", 11)] {
            names[name] = month
        }
        return names
    }()

    /// The month named by `word` (any case, with or without its period).
    static func month(_ word: Substring) -> (month: Int, form: Form)? {
        let bare = word.hasSuffix(".") ? word.dropLast() : word
        guard bare.first?.isUppercase == true || bare.count > 3, let month = byName[bare.lowercased()] else { return nil }
        let isFull = bare.count > 4 || english[month - 1].count == bare.count
        return (month, isFull && !word.hasSuffix(".") ? .full : .abbreviated)
    }

    /// A month name that `text` ends with, and where it starts.
    static func nameEnding(_ text: Substring) -> (Int, Form, String.Index)? {
        var start = text.endIndex
        if start > text.startIndex, text[text.index(before: start)] == "." { start = text.index(before: start) }
        while start > text.startIndex, text[text.index(before: start)].isLetter { start = text.index(before: start) }
        guard start < text.endIndex, let (month, form) = month(text[start...]) else { return nil }
        return (month, form, start)
    }

    /// A month name that `text` starts with, and where it ends.
    static func nameStarting(_ text: Substring) -> (Int, Form, String.Index)? {
        var end = text.prefix { $0.isLetter }.endIndex
        guard end > text.startIndex else { return nil }
        if end < text.endIndex, text[end] == "." { end = text.index(after: end) }
        guard let (month, form) = month(text[text.startIndex..<end]) else { return nil }
        return (month, form, end)
    }

    /// `day`/`month`/`year` as English news writes it, the way `style` wrote another.
    static func englishDate(day: Int, month: Int, year: Int?, like style: NumberReading.Style) -> String {
        let name = style.month == .abbreviated ? (apAbbreviation[month - 1] ?? english[month - 1]) : english[month - 1]
        switch style.month {
        case .numeric:
            return "\(day)/\(month)" + (year.map { "/\($0)" } ?? "")
        case .iso:
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return "\(year ?? 0)-\(two(month))-\(two(day))"
        case .full, .abbreviated:
            if style.monthFirst { return "\(name) \(day)" + (year.map { ", \($0)" } ?? "") }
            return "\(day) \(name)" + (year.map { " \($0)" } ?? "")
        }
    }
}
