/// Indonesian number forms as English writes them: 1.000 → 1,000; 2,5 → 2.5;
/// 13.45 WIB → 13:45 WIB.
public enum NumberForms {
    /// `number` (Indonesian) in English form; `isTime` reads "13.45" as a time.
    public static func english(_ number: String, isTime: Bool = false) -> String {
        if isTime, number.count <= 5, number.contains(".") { return number.replacingOccurrences(of: ".", with: ":") }
        let parts = number.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        // Dots between groups of three are thousands; other dots stay (a version, a time).
        let isThousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        let whole = isThousands ? groups.joined(separator: ",") : String(parts[0])
        return parts.count > 1 ? whole + "." + parts[1] : whole
    }

    /// A number as digits with a "." decimal point and nothing else, whatever the
    /// language wrote: id 1.000 and en 1,000 both read 1000; 13.45 and 13:45 read 13.45.
    /// What the aligner and QA compare.
    public static func canonical(_ number: String, language: Language) -> String {
        let english = language == .indonesian ? english(number) : number
        return english.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: ":", with: ".")
    }

    /// The numbers in `text` with where they are, as written.
    static func numbers(in text: String) -> [(range: Range<String.Index>, text: String)] {
        var found: [(Range<String.Index>, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isNumber else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex {
                if text[end].isNumber { end = text.index(after: end); continue }
                let next = text.index(after: end)
                if (text[end] == "." || text[end] == "," || text[end] == ":"), next < text.endIndex, text[next].isNumber {
                    end = next
                    continue
                }
                break
            }
            found.append((index..<end, String(text[index..<end])))
            index = end
        }
        return found
    }

    /// A match's translation with its numbers changed to the segment's, when the
    /// match's source differs from the segment only in numbers and every changed number
    /// is found in the translation (in Indonesian or English form). Nil otherwise.
    ///
    /// The match says "naik 2,5 persen" → "rose 2.5 percent"; for "naik 3,1 persen" this
    /// gives "rose 3.1 percent". Numbers are paired in order, each with a whole number
    /// of the translation not used yet, so "5 tewas dan 5 luka" → "5 dead and 5
    /// injured" becomes "5 dead and 7 injured" for "5 tewas dan 7 luka".
    public static func adapt(translation: String, matchSource: String, segment: String) -> String? {
        let old = numbers(in: matchSource), new = numbers(in: segment)
        guard old.count == new.count, !old.isEmpty else { return nil }
        let available = numbers(in: translation)
        var used = Set<Int>()
        var replacements: [(Range<String.Index>, String)] = []
        for (before, after) in zip(old, new) {
            let isTime = Self.isTime(after.range, in: segment)
            let forms = Set([english(before.text, isTime: isTime), before.text, english(before.text)])
            let found = available.indices.first { !used.contains($0) && forms.contains(available[$0].text) }
            if let found {
                used.insert(found)
                if before.text != after.text { replacements.append((available[found].range, english(after.text, isTime: isTime))) }
            } else if before.text != after.text {
                return nil  // a changed number the translation does not show
            }
        }
        guard !replacements.isEmpty else { return nil }
        var result = translation
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: text)
        }
        return result
    }

    /// Followed by an Indonesian time zone (13.45 WIB, 10.30 WITA, 09.00 WIT).
    private static func isTime(_ range: Range<String.Index>, in text: String) -> Bool {
        let after = text[range.upperBound...].drop { $0 == " " }
        return ["WIB", "WITA", "WIT"].contains { after.hasPrefix($0) }
    }
}
