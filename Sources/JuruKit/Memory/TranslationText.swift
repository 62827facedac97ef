import Foundation

/// What a unit's text may hold: text that TMX (XML 1.0) can carry. A control character
/// would be dropped by every export without a word, so it is refused where the text
/// comes in, naming the character.
public enum TranslationText {
    /// Throws when `text` is only white space or holds a character XML cannot carry.
    public static func check(_ text: String, role: String = "translation") throws(TranslationTextError) {
        if text.allSatisfy(\.isWhitespace) { throw .blank(role) }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isAllowed(scalar) {
            throw .controlCharacter(role, String(format: "U+%04X", scalar.value), offset + 1)
        }
    }

    /// XML 1.0's characters: tab, line breaks and everything from U+0020, less U+FFFE/FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

public enum TranslationTextError: Error, LocalizedError, Equatable {
    case blank(String)
    case controlCharacter(String, String, Int)

    public var errorDescription: String? {
        switch self {
        case .blank(let role): "the \(role) is empty or only spaces"
        case .controlCharacter(let role, let code, let place):
            "the \(role) has a control character (\(code), character \(place)) that TMX cannot hold; remove it"
        }
    }
}
