/// A number as a reader takes it in, whatever the language wrote: an amount with
/// its scale word (Rp1,5 triliun, 1.5 trillion), a time of day (pukul 02.45, 2:45
/// p.m.) or a date ((20/06), 18 Sep 2023, Sept. 18, 2023, 2024-06-20).
///
/// Built on ``NumberForms/numbers(in:)``, the one scan of digits that the aligner,
/// QA and the memory's number adaptation share; this groups its digits into what
/// they mean, so that "20/06" is one date and not two numbers.
public struct NumberReading: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// Digits with a "." decimal point, no leading zeros ("1254.5"), times
        /// `scale` when a scale word follows.
        case amount(String, scale: Scale?)
        case time(hour: Int, minute: Int, second: Int?)
        case date(day: Int, month: Int, year: Int?)
    }

    public enum Scale: Int, Sendable, CaseIterable {
        case thousand = 3, million = 6, billion = 9, trillion = 12

        var english: String { "\(self)" }

        /// ribu, juta, miliar (milyar), triliun; thousand, million, billion, trillion.
        static func named(_ word: Substring) -> Scale? {
            switch word.lowercased() {
            case "ribu", "thousand": .thousand
            case "juta", "million": .million
            case "miliar", "milyar", "billion": .billion
            case "triliun", "trillion": .trillion
            default: nil
            }
        }
    }

    /// Where it is, scale word and month name included.
    public var range: Range<String.Index>
    public var text: String
    public var value: Value
    /// Spelled out ("three"): QA counts it, adaptation leaves it alone.
    public var isWord = false
    /// How a date or time was written, so that another is written the same way.
    var style = Style()

    struct Style: Sendable, Equatable {
        var monthFirst = true
        var month: MonthNames.Form = .full
        var hasYear = false
        /// "a.m."/"p.m." or "am"/"pm" after a time, as written.
        var meridiem: String?
    }

    /// The same amount, time or date: 06 is 6, 13.45 is 13:45, 1:45 p.m. is 13:45,
    /// "Rp50 ribu" is 50,000, and a date without its year is the date with it (AP
    /// leaves out the current year).
    public func means(_ other: NumberReading) -> Bool {
        switch (value, other.value) {
        case let (.date(d1, m1, y1), .date(d2, m2, y2)):
            return d1 == d2 && m1 == m2 && (y1 == nil || y2 == nil || y1 == y2)
        case let (.time(h1, m1, s1), .time(h2, m2, s2)):
            return m1 == m2 && h1 % 12 == h2 % 12 && (s1 == nil || s2 == nil || s1 == s2)
        case let (.amount(a, s1), .amount(b, s2)):
            return a == b && s1 == s2 || Self.fullValue(a, s1) == Self.fullValue(b, s2)
        case let (.time(h, m, nil), .amount(a, nil)), let (.amount(a, nil), .time(h, m, nil)):
            // 13.45 read as a time on one side and a plain number on the other, or
            // written as AP gives GMT: "0645 GMT".
            return a == "\(h).\(m < 10 ? "0" : "")\(m)" || a == String(h * 100 + m)
        default:
            return false
        }
    }

    /// The parts of a date an English sentence may give as plain numbers ("on the
    /// 20th", "in 2024").
    var plainParts: [String] {
        if case let .date(day, _, year) = value { return [String(day)] + (year.map { [String($0)] } ?? []) }
        return []
    }

    static func fullValue(_ digits: String, _ scale: Scale?) -> String {
        guard let scale else { return digits }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        guard fraction.count <= scale.rawValue else { return digits }
        let whole = String(parts[0]) + fraction + String(repeating: "0", count: scale.rawValue - fraction.count)
        return NumberReading.withoutLeadingZeros(whole)
    }

    static func withoutLeadingZeros(_ digits: String) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = parts[0].drop { $0 == "0" }
        if whole.isEmpty { whole = "0" }
        return parts.count > 1 ? whole + "." + parts[1] : String(whole)
    }
}

extension NumberReading {
    /// Every number of `text`, read as `language` writes numbers. English number
    /// words (one to twenty, first to tenth) are read too when `words` is set.
    public static func read(_ text: String, language: Language, words: Bool = false) -> [NumberReading] {
        let tokens = NumberForms.numbers(in: text)
        var readings: [NumberReading] = []
        var i = 0
        while i < tokens.count {
            if let (reading, used) = date(at: i, tokens, in: text, language: language) {
                readings.append(reading)
                i += used
                continue
            }
            let token = tokens[i]
            if let reading = time(token, in: text, language: language) {
                readings.append(reading)
            } else {
                readings.append(amount(token, in: text, language: language))
            }
            i += 1
        }
        if words && language == .english { readings += numberWords(in: text) }
        return readings
    }

    private static func isDigits(_ text: String, count: ClosedRange<Int>) -> Bool {
        count.contains(text.count) && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// (20/06), 18/9/2023, 2024-06-20, 20 Juni 2024, Sept. 18, 2023, 20 June.
    private static func date(at i: Int, _ tokens: [(range: Range<String.Index>, text: String)], in text: String,
                             language: Language) -> (NumberReading, Int)? {
        let token = tokens[i]
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let between = { (a: Range<String.Index>, b: Range<String.Index>) in text[a.upperBound..<b.lowerBound] }
        // Numeric: day/month(/year); in English month/day when the day comes second.
        if let next, isDigits(token.text, count: 1...2), isDigits(next.text, count: 1...2), between(token.range, next.range) == "/" {
            var first = Int(token.text)!, second = Int(next.text)!
            var end = next.range.upperBound, used = 2, year: Int?
            if i + 2 < tokens.count, between(next.range, tokens[i + 2].range) == "/",
               isDigits(tokens[i + 2].text, count: 2...4), tokens[i + 2].text.count != 3 {
                let y = Int(tokens[i + 2].text)!
                year = y < 100 ? 2000 + y : y
                end = tokens[i + 2].range.upperBound
                used = 3
            }
            if language == .english && first <= 12 && second > 12 { swap(&first, &second) }
            guard (1...31).contains(first), (1...12).contains(second) else { return nil }
            var reading = NumberReading(range: token.range.lowerBound..<end, text: String(text[token.range.lowerBound..<end]),
                                        value: .date(day: first, month: second, year: year))
            reading.style = Style(monthFirst: false, month: .numeric, hasYear: year != nil)
            return (reading, used)
        }
        // ISO: 2024-06-20.
        if let next, i + 2 < tokens.count, isDigits(token.text, count: 4...4), isDigits(next.text, count: 2...2),
           isDigits(tokens[i + 2].text, count: 2...2), between(token.range, next.range) == "-",
           between(next.range, tokens[i + 2].range) == "-",
           let month = Int(next.text), let day = Int(tokens[i + 2].text), (1...12).contains(month), (1...31).contains(day) {
            let range = token.range.lowerBound..<tokens[i + 2].range.upperBound
            var reading = NumberReading(range: range, text: String(text[range]), value: .date(day: day, month: month, year: Int(token.text)))
            reading.style = Style(monthFirst: false, month: .iso, hasYear: true)
            return (reading, 3)
        }
        guard isDigits(token.text, count: 1...2), let day = Int(token.text), (1...31).contains(day) else { return nil }
        // A month name before: Sept. 18, 2023 / June 20.
        let before = text[..<token.range.lowerBound]
        if before.hasSuffix(" "), let (month, form, start) = MonthNames.nameEnding(before.dropLast()) {
            var end = token.range.upperBound, used = 1, year: Int?
            if let next, isDigits(next.text, count: 4...4), [", ", " "].contains(between(token.range, next.range)) {
                year = Int(next.text); end = next.range.upperBound; used = 2
            }
            var reading = NumberReading(range: start..<end, text: String(text[start..<end]),
                                        value: .date(day: day, month: month, year: year))
            reading.style = Style(monthFirst: true, month: form, hasYear: year != nil)
            return (reading, used)
        }
        // A month name after: 20 Juni 2024 / 18 Sep 2023 / 20 June.
        let after = text[token.range.upperBound...]
        if after.hasPrefix(" "), let (month, form, monthEnd) = MonthNames.nameStarting(after.dropFirst()) {
            var end = monthEnd, used = 1, year: Int?
            if let next, isDigits(next.text, count: 4...4), [" ", ", "].contains(between(monthEnd..<monthEnd, next.range)) {
                year = Int(next.text); end = next.range.upperBound; used = 2
            }
            var reading = NumberReading(range: token.range.lowerBound..<end, text: String(text[token.range.lowerBound..<end]),
                                        value: .date(day: day, month: month, year: year))
            reading.style = Style(monthFirst: false, month: form, hasYear: year != nil)
            return (reading, used)
        }
        return nil
    }

    /// 13.45 and 02.45 in Indonesian (a dot with two digits after is never a
    /// decimal or a thousands point there), 13:45 and 2:45 p.m. in either language.
    private static func time(_ token: (range: Range<String.Index>, text: String), in text: String,
                             language: Language) -> NumberReading? {
        let separators: Set<Character> = language == .indonesian ? [".", ":"] : [":"]
        let separator = token.text.first { !$0.isNumber }
        // "10 a.m.": an hour alone, read when a meridiem follows it.
        if separator == nil && (language == .indonesian || token.text.count > 2) { return nil }
        if let separator, !separators.contains(separator) { return nil }
        let parts = separator.map { token.text.split(separator: $0, omittingEmptySubsequences: false) } ?? [token.text[...], "00"]
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour <= 24, minute <= 59 else { return nil }
        let rest = text[token.range.upperBound...].drop { $0 == " " }.lowercased()
        // "2.50 persen", "1.25 juta": sloppy decimals, not times.
        if rest.hasPrefix("%") || rest.hasPrefix("persen") || rest.hasPrefix("percent")
            || Scale.named(rest.prefix { $0.isLetter }[...]) != nil { return nil }
        var reading = NumberReading(range: token.range, text: token.text,
                                    value: .time(hour: hour, minute: minute, second: parts.count > 2 ? Int(parts[2]) : nil))
        if language == .english, hour <= 12 {
            let afterDigits = text[token.range.upperBound...]
            let spaced = afterDigits.hasPrefix(" ") ? afterDigits.dropFirst() : afterDigits
            for marker in ["a.m.", "p.m.", "am", "pm", "AM", "PM"] where spaced.hasPrefix(marker) {
                let end = spaced.index(spaced.startIndex, offsetBy: marker.count)
                guard end == text.endIndex || !text[end].isLetter else { continue }
                let isAfternoon = marker.lowercased().hasPrefix("p")
                reading.value = .time(hour: hour % 12 + (isAfternoon ? 12 : 0), minute: minute, second: nil)
                reading.range = token.range.lowerBound..<end
                reading.text = String(text[reading.range])
                reading.style.meridiem = marker
                break
            }
        }
        if separator == nil && reading.style.meridiem == nil { return nil }
        return reading
    }

    /// A number, with the scale word after it: Rp1,5 triliun, 1.5 trillion.
    private static func amount(_ token: (range: Range<String.Index>, text: String), in text: String,
                               language: Language) -> NumberReading {
        let digits = NumberReading.withoutLeadingZeros(NumberForms.canonical(token.text, language: language))
        var reading = NumberReading(range: token.range, text: token.text, value: .amount(digits, scale: nil))
        let after = text[token.range.upperBound...]
        if after.hasPrefix(" ") {
            let word = after.dropFirst().prefix { $0.isLetter }
            if let scale = Scale.named(word) {
                reading.value = .amount(digits, scale: scale)
                reading.range = token.range.lowerBound..<word.endIndex
                reading.text = String(text[reading.range])
            }
        }
        return reading
    }

    static let englishNumberWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "once": 1, "twice": 2, "dozen": 12,
    ]

    /// AP spells out numbers under ten: "3 rudal" is "three missiles".
    private static func numberWords(in text: String) -> [NumberReading] {
        var found: [NumberReading] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else { index = text.index(after: index); continue }
            let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
            if let value = englishNumberWords[text[index..<end].lowercased()] {
                var reading = NumberReading(range: index..<end, text: String(text[index..<end]), value: .amount(String(value), scale: nil))
                reading.isWord = true
                found.append(reading)
            }
            index = end
        }
        return found
    }
}
