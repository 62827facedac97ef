import Foundation

/// JSON-LD as publishers write it, made readable by a strict JSON parser: raw line
/// breaks and tabs inside strings become spaces, and a comma before a closing `}` or
/// `]` (templates that print a comma after every item) is left out, and what follows
/// the first complete value (a stray closing brace, then more) is dropped. Strings
/// are followed with their escapes, so that nothing inside one is touched.
enum LenientJSON {
    static func repair(_ json: String) -> Data {
        let bytes = Array(json.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false, escaped = false
        var pendingComma: Int? = nil
        var depth = 0
        for byte in bytes {
            if inString {
                if escaped { escaped = false }
                else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false }
                out.append(byte < 0x20 ? UInt8(ascii: " ") : byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                pendingComma = nil
                inString = true
            case UInt8(ascii: ","):
                pendingComma = out.count
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                pendingComma = nil
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { out[comma] = UInt8(ascii: " ") }
                pendingComma = nil
                depth -= 1
                if depth == 0 { out.append(byte); return Data(out) }
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                pendingComma = nil
            }
            out.append(byte)
        }
        return Data(out)
    }
}
