/// Escaping for text and attribute values written into XML.
public enum XMLText {
    /// `text` with `<`, `>`, `&` and `"` escaped, and the control characters that XML
    /// 1.0 cannot carry at all (everything below U+0020 but tab, newline and return)
    /// left out: a file with one of them would be refused by every reader.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    @inline(__always)
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3C, 0x3E, 0x26, 0x22: true
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
