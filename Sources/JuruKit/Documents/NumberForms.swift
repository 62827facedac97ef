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

    /// A match's translation with its numbers changed to the segment's, nil when
    /// there is nothing to change or it cannot be done (see ``MatchSuggestion``).
    public static func adapt(translation: String, matchSource: String, segment: String) -> String? {
        let suggestion = MatchSuggestion(translation: translation, matchSource: matchSource, segment: segment)
        return suggestion.isAdapted ? suggestion.text : nil
    }
}
