import Foundation

/// The two forms of a sentence that fuzzy matching compares.
///
/// - The *character form* is the NFC text with every run of white space made one
///   space and the ends trimmed; case and punctuation are kept, because a match
///   that differs in them is not an exact match.
/// - The *words* are the runs of letters, digits and `_` (what `\w+` matches),
///   lowercased: OmegaT's tokens when it does not stem.
enum MatchText {
    /// The character form of `text`.
    static func characterForm(_ text: String) -> String {
        // ASCII is already NFC; Foundation's normalisation costs a microsecond a sentence.
        let nfc = text.nfc
        var needsWork = false
        var previousWasSpace = true
        for scalar in nfc.unicodeScalars {
            let isSpace = isWhitespace(scalar)
            if isSpace && (previousWasSpace || scalar != " ") { needsWork = true; break }
            previousWasSpace = isSpace
        }
        if !needsWork && !previousWasSpace { return nfc }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Calls `body` with the UTF-8 bytes of each lowercased word of `text`, in order.
    /// The buffer is reused between calls.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        func flush() {
            if !word.isEmpty {
                word.withUnsafeBufferPointer(body)
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: word.append(UInt8(value + 0x20))
                case 0x61...0x7A, 0x30...0x39, 0x5F: word.append(UInt8(value))
                default: flush()
                }
            } else if isWordCharacter(scalar) {
                let lower = scalar.properties.lowercaseMapping
                word.append(contentsOf: lower.utf8)
            } else {
                flush()
            }
        }
        flush()
    }

    /// The lowercased words of `text`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? scalar == " " || (0x09...0x0D).contains(scalar.value)
            : scalar.properties.isWhitespace
    }

    /// Python's `\w`: letters, numbers and the underscore.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar == "_"
        }
    }
}

extension String {
    /// The text in Unicode normalisation form C. ASCII is returned as it is:
    /// Foundation's normalisation costs microseconds a sentence, which a
    /// million-unit import notices.
    var nfc: String {
        utf8.allSatisfy({ $0 < 0x80 }) ? self : precomposedStringWithCanonicalMapping
    }
}
