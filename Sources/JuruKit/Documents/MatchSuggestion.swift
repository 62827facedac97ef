/// What taking a memory match puts in the translator's line: its translation, with
/// the numbers changed to the segment's when the match differs from the segment only
/// in numbers and the translation shows every number that changed. The REPL's
/// `:1` and `juru tm lookup --json` both take it from here.
///
/// The match "pukul 02.45 WIB" → "at 02:45 WIB" gives "at 03:15 WIB" for "pukul
/// 03.15 WIB"; "(20/06)" → "June 20" gives "June 27" for "(27/06)"; "Rp1,5
/// triliun" → "Rp1.5 trillion" gives "Rp900 billion" for "Rp900 miliar".
public struct MatchSuggestion: Sendable, Equatable {
    public enum Numbers: Sendable, Equatable {
        /// The match has the segment's numbers, or none.
        case same
        /// The sources differ in words, not only numbers: the translation as it is.
        case otherDifferences
        /// Changed to the segment's numbers, each "old → new" as English writes them.
        case adapted([String])
        /// Only numbers differ, but these numbers of the match are not in its
        /// translation (the translator wrote them otherwise): the translation as it is.
        case notInTranslation([String])
    }

    public var text: String
    public var numbers: Numbers

    /// The text has the segment's numbers where the match had others.
    public var isAdapted: Bool { if case .adapted = numbers { true } else { false } }

    /// The sources differ, and only in numbers.
    public var differsOnlyInNumbers: Bool {
        switch numbers {
        case .adapted, .notInTranslation: true
        case .same, .otherDifferences: false
        }
    }

    /// What the translator is told about the numbers, nil when nothing differs in them.
    public var note: String? {
        switch numbers {
        case .same, .otherDifferences: nil
        case .adapted(let changes): "numbers adapted: " + changes.joined(separator: ", ")
        case .notInTranslation(let missing):
            "numbers differ, not adapted: " + missing.joined(separator: ", ")
                + (missing.count == 1 ? " is" : " are") + " not in the match's translation"
        }
    }

    public init(translation: String, matchSource: String, segment: String) {
        text = translation
        let old = NumberReading.read(matchSource, language: .indonesian)
        let new = NumberReading.read(segment, language: .indonesian)
        guard Self.words(matchSource, numbers: old) == Self.words(segment, numbers: new) else {
            numbers = .otherDifferences
            return
        }
        let available = NumberReading.read(translation, language: .english, words: true)
        // Digits before spelled-out words: "5" pairs with "5" before "five".
        let order = available.indices.sorted { (available[$0].isWord ? 1 : 0) < (available[$1].isWord ? 1 : 0) }
        var used = Set<Int>()
        var replacements: [(Range<String.Index>, String)] = []
        var changes: [String] = [], missing: [String] = []
        // Numbers are paired in order, each with a number of the translation not used
        // yet, so "5 tewas dan 5 luka" → "5 dead and 5 injured" becomes "5 dead and 7
        // injured" for "5 tewas dan 7 luka".
        for (before, after) in zip(old, new) {
            let changed = before.value != after.value
            let found = order.first { !used.contains($0) && (before.means(available[$0]) || available[$0].text == before.text) }
            guard let found else {
                if changed { missing.append(NumberAdaptation.english(before)) }
                continue
            }
            used.insert(found)
            guard changed else { continue }
            guard let written = NumberAdaptation.written(after, like: available[found], old: before) else {
                missing.append(NumberAdaptation.english(before))
                continue
            }
            replacements.append((available[found].range, written))
            changes.append("\(available[found].text) → \(written)")
        }
        if !missing.isEmpty {
            numbers = .notInTranslation(missing)
        } else if replacements.isEmpty {
            numbers = .same
        } else {
            for (range, written) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                text.replaceSubrange(range, with: written)
            }
            numbers = .adapted(changes)
        }
    }

    /// The words of `text` without case, each number (a date, an amount with its
    /// scale word) one placeholder: equal for two sentences that differ only in numbers.
    static func words(_ text: String, numbers: [NumberReading]) -> [String] {
        var masked = text
        for reading in numbers.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            masked.replaceSubrange(reading.range, with: " # ")
        }
        return masked.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "#" }.map(String.init)
    }
}

extension MemoryMatch {
    /// What taking this match into the line for `segment` gives.
    public func suggestion(for segment: String) -> MatchSuggestion {
        MatchSuggestion(translation: unit.target, matchSource: unit.source, segment: segment)
    }
}

/// Writing a segment's number in English the way the match's translation wrote the
/// number it replaces.
enum NumberAdaptation {
    /// `reading` (Indonesian) as English writes it, for messages: 02.45 → 02:45.
    static func english(_ reading: NumberReading) -> String {
        switch reading.value {
        case .date(let day, let month, let year):
            MonthNames.englishDate(day: day, month: month, year: year, like: .init(monthFirst: true, month: .full))
        case .time:
            NumberForms.english(reading.text, isTime: true)
        case .amount(_, let scale):
            NumberForms.english(digits(reading)) + (scale.map { " " + $0.english } ?? "")
        }
    }

    /// `new` written like `translated`, the English of `old`; nil when it cannot be.
    static func written(_ new: NumberReading, like translated: NumberReading, old: NumberReading) -> String? {
        switch (new.value, translated.value) {
        case let (.date(day, month, year), .date(_, _, oldYear)):
            var style = translated.style
            if translated.style.month == .numeric || translated.style.month == .iso { style.hasYear = oldYear != nil }
            return MonthNames.englishDate(day: day, month: month, year: style.hasYear ? (year ?? oldYear) : nil, like: style)
        case let (.time(hour, minute, _), .time):
            guard let meridiem = translated.style.meridiem else { return NumberForms.english(new.text, isTime: true) }
            let twelve = hour % 12 == 0 ? 12 : hour % 12
            let isAfternoon = hour >= 12
            let marker = meridiem.hasPrefix("a") || meridiem.hasPrefix("p")
                ? (isAfternoon ? "p" : "a") + meridiem.dropFirst()
                : (isAfternoon ? "P" : "A") + meridiem.dropFirst()
            let space = translated.text.contains(" ") ? " " : ""
            return "\(twelve):\(minute < 10 ? "0" : "")\(minute)\(space)\(marker)"
        case let (.amount(digits, scale), .amount(_, translatedScale)):
            if translated.isWord, scale == nil, let value = Int(digits), let word = numberWords[safe: value] {
                return translated.text.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
            }
            // The translation wrote the full amount of "Rp50 ribu": 50,000.
            if translatedScale == nil, case .amount(_, .some) = old.value {
                return grouped(NumberReading.fullValue(digits, scale))
            }
            // "1.5 trillion" → "900 billion"; a plain number for a plain number.
            return NumberForms.english(self.digits(new)) + (scale.map { " " + $0.english } ?? "")
        default:
            return nil
        }
    }

    /// The digits of an amount as the source wrote them, without the scale word.
    static func digits(_ reading: NumberReading) -> String {
        String(reading.text.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == ":" })
    }

    /// As AP spells them out: under ten.
    static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// 1500000 → 1,500,000.
    static func grouped(_ digits: String) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = "", count = 0
        for digit in parts[0].reversed() {
            if count > 0 && count % 3 == 0 { whole = "," + whole }
            whole = String(digit) + whole
            count += 1
        }
        return parts.count > 1 ? whole + "." + parts[1] : whole
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
