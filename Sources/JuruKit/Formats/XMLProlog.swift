import Foundation

/// Checks made on an XML file's raw bytes before the XML parser sees it.
enum XMLProlog {
    /// Whether the file's first megabyte declares entities: that is how
    /// entity-expansion ("billion laughs") and external-entity attacks begin, and
    /// neither TMX nor TBX ever needs one. Nil when the file cannot be read.
    static func definesEntities(_ url: URL) -> Bool? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 20) else { return nil }
        // Read as UTF-16 when the bytes say so, with a byte-order mark or without (a NUL
        // beside each ASCII character), which the XML parser also detects.
        let bytes = [UInt8](head)
        let evenNULs = stride(from: 0, to: min(bytes.count, 64), by: 2).filter { bytes[$0] == 0 }.count
        let oddNULs = stride(from: 1, to: min(bytes.count, 64), by: 2).filter { bytes[$0] == 0 }.count
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || evenNULs > 8 || oddNULs > 8 {
            let bigEndian = bytes.starts(with: [0xFE, 0xFF]) || (!bytes.starts(with: [0xFF, 0xFE]) && evenNULs > oddNULs)
            var units: [UInt16] = []
            var index = 0
            while index + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(bigEndian ? a << 8 | b : b << 8 | a)
                index += 2
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        // Anywhere in the head, not only before the root: a comment can hide where the
        // prolog ends. The parser's delegates refuse declarations past it as well.
        return text.range(of: "<!ENTITY", options: .caseInsensitive) != nil
    }
}
