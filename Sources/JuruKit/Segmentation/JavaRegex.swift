/// SRX files from OmegaT, Okapi and LanguageTool are written for Java's regular
/// expressions; Juru compiles them with ICU's, which are nearly the same. The one
/// difference real files trip on: Java reads a `}` that closes no `{m,n}` as a literal
/// (LanguageTool's `<0}`), ICU refuses it. Such braces are escaped.
enum JavaRegex {
    /// `pattern` as ICU reads it, and the UTF-16 offsets (in the result) of the
    /// backslashes added, to map an ICU error offset back to the pattern as written.
    static func icuPattern(_ pattern: String) -> (pattern: String, added: [Int]) {
        guard pattern.contains("}") else { return (pattern, []) }
        var result = ""
        var added: [Int] = []
        var escaped = false
        var classDepth = 0
        var openQuantifier = false
        for character in pattern {
            if escaped {
                result.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\":
                escaped = true
            case "[":
                classDepth += 1
            case "]" where classDepth > 0:
                classDepth -= 1
            case "{" where classDepth == 0:
                openQuantifier = true
            case "}" where classDepth == 0:
                if openQuantifier {
                    openQuantifier = false
                } else {
                    added.append(result.utf16.count)
                    result.append("\\")
                }
            default:
                break
            }
            result.append(character)
        }
        return (result, added)
    }

    /// An offset in the ICU pattern, as an offset in characters into the pattern as written.
    static func writtenOffset(_ icuOffset: Int, in written: String, added: [Int]) -> Int {
        let utf16 = icuOffset - added.filter { $0 < icuOffset }.count
        let clamped = min(max(utf16, 0), written.utf16.count)
        let index = String.Index(utf16Offset: clamped, in: written)
        return written.distance(from: written.startIndex, to: index)
    }
}
