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
    /// gives "rose 3.1 percent".
    public static func adapt(translation: String, matchSource: String, segment: String) -> String? {
        let old = numbers(in: matchSource), new = numbers(in: segment)
        guard old.count == new.count, !old.isEmpty else { return nil }
        var result = translation
        var changed = false
        for (before, after) in zip(old, new) where before.text != after.text {
            let isTime = segment[after.range.upperBound...].trimmingPrefix(while: { $0 == " " }).hasPrefix("WIB")
            let candidates = [english(before.text, isTime: isTime), before.text, english(before.text)]
            guard let found = candidates.lazy.compactMap({ result.range(of: $0) }).first else { return nil }
            result.replaceSubrange(found, with: english(after.text, isTime: isTime))
            changed = true
        }
        return changed ? result : nil
    }
}
