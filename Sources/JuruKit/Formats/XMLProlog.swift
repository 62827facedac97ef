import Foundation

/// Checks made on an XML file's raw bytes before the XML parser sees it.
enum XMLProlog {
    /// Whether the file's prolog (what comes before the root element) declares
    /// entities: that is how entity-expansion ("billion laughs") and external-entity
    /// attacks begin, and neither TMX nor TBX ever needs one. Nil when the file
    /// cannot be opened.
    static func definesEntities(_ url: URL) -> Bool? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 1 << 20)
        let text: String
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            let littleEndian = head.first == 0xFF
            var units: [UInt16] = []
            var index = head.startIndex + 2
            while index + 1 < head.endIndex {
                let (a, b) = (UInt16(head[index]), UInt16(head[index + 1]))
                units.append(littleEndian ? b << 8 | a : a << 8 | b)
                index += 2
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: head, as: UTF8.self)
        }
        // The prolog ends at the first element that is not a declaration.
        var prologEnd = text.endIndex
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "<") {
            let next = text.index(after: open)
            if next < text.endIndex, text[next] != "?", text[next] != "!" { prologEnd = open; break }
            search = next
        }
        return text[..<prologEnd].range(of: "<!ENTITY", options: .caseInsensitive) != nil
    }
}
