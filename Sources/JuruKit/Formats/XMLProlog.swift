import Foundation

/// Checks made on an XML file before the XML parser sees it.
///
/// Entity declarations are how entity-expansion ("billion laughs") and
/// external-entity attacks begin, and no TMX, TBX or SRX file ever needs one. They
/// can only stand in the DOCTYPE's internal subset, which comes before the root
/// element: the check reads the prolog to its end, however long, and stops at the
/// root, so `<!ENTITY` written in a comment or in CDATA is only text. The file is
/// decoded first (UTF-8, or UTF-16 with or without a byte-order mark), so a UTF-16
/// declaration is seen as well.
enum XMLProlog {
    /// Whether the prolog of the file at `url` declares entities, read in chunks.
    static func definesEntities(_ url: URL) throws(TextFileError) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .unreadable(url.path) }
        defer { try? handle.close() }
        var scanner = PrologScanner()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 16) } catch { throw .unreadable(url.path) }
            guard let chunk, !chunk.isEmpty else { return false }
            if let found = scanner.feed(chunk) { return found }
        }
    }

    /// Whether the prolog of `data` declares entities.
    static func definesEntities(in data: Data) -> Bool {
        var scanner = PrologScanner()
        return scanner.feed(data) ?? false
    }
}

/// Follows an XML prolog (declaration, processing instructions, comments, DOCTYPE)
/// unit by unit up to the root element. Only ASCII matters to it, so UTF-8 bytes
/// and UTF-16 code units are both read as numbers.
struct PrologScanner {
    private enum State {
        /// Between prolog items; `markup` holds a `<…` whose kind is not known yet.
        case between
        case processingInstruction
        /// `doctypeDepth`: the comment is inside the DOCTYPE, at that bracket depth.
        case comment(doctypeDepth: Int?)
        /// Inside `<!DOCTYPE …>`: the subset's bracket depth and the open quote.
        case doctype(depth: Int, quote: UInt32?)
    }

    private var state = State.between
    private var markup: [UInt32] = []
    /// The last few units read, lowercased, to find `-->`, `?>` and `<!entity`.
    private var recent: [UInt32] = []
    private var encoding: (unitSize: Int, bigEndian: Bool)?
    private var pendingByte: UInt8?

    private static let comment = Array("<!--".unicodeScalars.map(\.value))
    private static let doctype = Array("<!doctype".unicodeScalars.map(\.value))
    private static let entity = Array("<!entity".unicodeScalars.map(\.value))

    /// Reads more bytes. Returns whether entities are declared once that is known
    /// (at the root element, or at a declaration), nil while the prolog goes on.
    mutating func feed(_ data: Data) -> Bool? {
        var bytes = [UInt8](data)
        if encoding == nil { encoding = Self.detectEncoding(bytes) }
        guard let encoding else { return nil }
        if encoding.unitSize == 1 {
            for byte in bytes { if let found = read(UInt32(byte)) { return found } }
            return nil
        }
        if let pending = pendingByte { bytes.insert(pending, at: 0); pendingByte = nil }
        var index = 0
        while index + 1 < bytes.count {
            let (a, b) = (UInt32(bytes[index]), UInt32(bytes[index + 1]))
            if let found = read(encoding.bigEndian ? a << 8 | b : b << 8 | a) { return found }
            index += 2
        }
        if index < bytes.count { pendingByte = bytes[index] }
        return nil
    }

    /// UTF-16 when the bytes say so, with a byte-order mark or without (a NUL beside
    /// each ASCII character), as the XML parser detects it too.
    private static func detectEncoding(_ bytes: [UInt8]) -> (unitSize: Int, bigEndian: Bool) {
        if bytes.starts(with: [0xFE, 0xFF]) { return (2, true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (2, false) }
        let head = bytes.prefix(64)
        let evenNULs = stride(from: 0, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let oddNULs = stride(from: 1, to: head.count, by: 2).filter { head[$0] == 0 }.count
        if evenNULs > 8 || oddNULs > 8 { return (2, evenNULs > oddNULs) }
        return (1, false)
    }

    private mutating func read(_ raw: UInt32) -> Bool? {
        let unit = (65...90).contains(raw) ? raw + 32 : raw  // ASCII lowercase
        recent.append(unit)
        if recent.count > 9 { recent.removeFirst() }
        switch state {
        case .between:
            if markup.isEmpty {
                if unit == 0x3C { markup = [unit] }  // "<"
                return nil
            }
            markup.append(unit)
            if markup == [0x3C, 0x3F] {  // "<?"
                state = .processingInstruction
            } else if markup == Self.comment {
                state = .comment(doctypeDepth: nil)
            } else if markup == Self.doctype {
                state = .doctype(depth: 0, quote: nil)
            } else if Self.comment.starts(with: markup) || Self.doctype.starts(with: markup) {
                return nil
            } else {
                return false  // the root element: the prolog is over
            }
            markup = []
        case .processingInstruction:
            if recent.suffix(2) == [0x3F, 0x3E] { state = .between }  // "?>"
        case .comment(let doctypeDepth):
            if recent.suffix(3) == [0x2D, 0x2D, 0x3E] {  // "-->"
                state = doctypeDepth.map { .doctype(depth: $0, quote: nil) } ?? .between
                recent = []
            }
        case .doctype(let depth, let quote):
            if let quote {
                if unit == quote { state = .doctype(depth: depth, quote: nil) }
            } else if unit == 0x22 || unit == 0x27 {
                state = .doctype(depth: depth, quote: unit)
            } else if unit == 0x5B {  // "["
                state = .doctype(depth: depth + 1, quote: nil)
            } else if unit == 0x5D {  // "]"
                state = .doctype(depth: max(0, depth - 1), quote: nil)
            } else if unit == 0x3E && depth == 0 {  // ">"
                state = .between
            } else if recent.suffix(4) == Self.comment[...] {
                state = .comment(doctypeDepth: depth)
                recent = []
            } else if recent.suffix(8) == Self.entity[...] {
                return true
            }
        }
        return nil
    }
}
