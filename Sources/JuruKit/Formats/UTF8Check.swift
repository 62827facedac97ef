/// Checks, chunk by chunk, that the bytes of an XML file declared (or taken) as UTF-8
/// are UTF-8. Foundation's XML parser on Linux hands libxml2's bytes on unchecked,
/// and a stray byte in a comment or tag kills the process (found by fuzzing); the
/// readers refuse the file instead, naming the place.
struct UTF8Check {
    /// Where the first bad byte is: line and column (1-based, in bytes) and the byte.
    struct Failure: Equatable {
        var line: Int
        var column: Int
        var byte: UInt8
        var reason: String { "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8" }
    }

    private(set) var failure: Failure?
    private let enabled: Bool
    /// Continuation bytes still expected, and the allowed range of the next one.
    private var pending = 0
    private var nextLow: UInt8 = 0x80, nextHigh: UInt8 = 0xBF
    private var line = 1, column = 0

    /// `head`: the file's first bytes. UTF-16 files, and files that declare another
    /// encoding, are left to the parser, which converts them itself.
    init(head: some Collection<UInt8>) {
        let bytes = Array(head.prefix(256))
        // UTF-16 shows in its first two bytes: a byte-order mark, or "<" beside a zero.
        let isUTF16 = [[0xFF, 0xFE], [0xFE, 0xFF], [0x3C, 0x00], [0x00, 0x3C]].contains { bytes.starts(with: $0) }
        enabled = !isUTF16 && Self.declaresUTF8(bytes)
    }

    /// Whether the bytes are to be UTF-8: unless the XML declaration names, in its
    /// proper form (`encoding="…"`), one of the single-byte encodings the parser
    /// converts itself. A garbled declaration (fuzzing found `encoding=`"UTF-8"` and
    /// `encodinglatin="UTF-8"`) does not switch the check off: the parser reads such
    /// a file as UTF-8, and a bad byte in a tag name then crashed Foundation.
    static func declaresUTF8(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self).lowercased()
        guard text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"), let range = text.range(of: "encoding"),
              text[..<range.lowerBound].last?.isWhitespace == true else { return true }
        var rest = text[range.upperBound...].drop(while: \.isWhitespace)
        guard rest.first == "=" else { return true }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return true }
        let value = rest.dropFirst().prefix { $0 != quote }
        return !otherEncodings.contains(String(value))
    }

    /// Single-byte encodings news desks' files come in, by the names libxml2 knows.
    private static let otherEncodings: Set<String> = {
        var names: Set<String> = ["latin1", "latin-1", "latin2", "latin9"]
        for n in 1...16 { names.formUnion(["iso-8859-\(n)", "iso8859-\(n)", "iso_8859-\(n)"]) }
        for n in 0...8 { names.formUnion(["windows-125\(n)", "cp125\(n)"]) }
        return names
    }()

    /// Checks the next chunk. Returns false once a bad byte is found.
    @discardableResult
    mutating func check(_ chunk: some Sequence<UInt8>) -> Bool {
        guard enabled, failure == nil else { return failure == nil }
        for byte in chunk {
            column += 1
            if pending > 0 {
                guard byte >= nextLow && byte <= nextHigh else { return fail(byte) }
                pending -= 1
                nextLow = 0x80; nextHigh = 0xBF
                continue
            }
            switch byte {
            case 0x0A: line += 1; column = 0
            case 0x00...0x7F: break
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; nextLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; nextHigh = 0x9F  // no surrogates
            case 0xF0: pending = 3; nextLow = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; nextHigh = 0x8F
            default: return fail(byte)
            }
        }
        return true
    }

    /// Checks that the file did not end inside a character.
    mutating func finish() -> Bool {
        if enabled, failure == nil, pending > 0 { return fail(0) }
        return failure == nil
    }

    private mutating func fail(_ byte: UInt8) -> Bool {
        failure = Failure(line: line, column: max(1, column), byte: byte)
        return false
    }

    /// The first bad byte of `data`, if any.
    static func firstFailure(in data: some Collection<UInt8>) -> Failure? {
        var check = UTF8Check(head: data)
        check.check(data)
        _ = check.finish()
        return check.failure
    }
}
