import Foundation

/// The lines of a tab- or comma-separated glossary, decoded one by one, so that a
/// line in another encoding is reported and skipped instead of failing the file.
///
/// UTF-8 with or without a byte-order mark, and UTF-16 with one, are read; lines end
/// with LF, CR LF (translate-toolkit writes them) or a lone CR.
enum GlossaryLines {
    struct Line {
        var number: Int
        /// Nil when the line is not valid UTF-8.
        var text: String?
    }

    static func read(_ url: URL) throws(GlossaryError) -> [Line] {
        let path = url.path
        try GlossaryError.checkFile(url)
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard data.count <= TextFile.sizeLimit else {
            throw .notText(path, reason: "larger than \(TextFile.sizeLimit / 1_048_576) MB")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let text: String
            do { text = try TextFile.decode(data, name: path) } catch { throw .notText(path, reason: "invalid UTF-16") }
            return split(text)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { throw .notText(path, reason: "it holds NUL bytes (a binary file, or UTF-16 without a byte-order mark)") }
        var lines: [Line] = []
        for line in splitLines(bytes, lineFeed: 0x0A, carriageReturn: 0x0D) {
            lines.append(Line(number: lines.count + 1, text: String(validating: line, as: UTF8.self)))
        }
        if lines.last?.text == "" { lines.removeLast() }
        return lines
    }

    private static func split(_ text: String) -> [Line] {
        // "\r\n" is one Character in Swift: split on scalars.
        let scalars = Array(text.unicodeScalars)
        var lines = splitLines(scalars, lineFeed: "\n", carriageReturn: "\r").enumerated().map { index, line in
            Line(number: index + 1, text: String(String.UnicodeScalarView(line)))
        }
        if lines.last?.text == "" { lines.removeLast() }
        return lines
    }

    /// Lines ended by LF, CR LF or a lone CR: old Mac editors and some spreadsheet
    /// exports end lines with CR alone, and a tab-separated field never holds one.
    private static func splitLines<Unit: Equatable>(_ units: [Unit], lineFeed: Unit, carriageReturn: Unit) -> [ArraySlice<Unit>] {
        var lines: [ArraySlice<Unit>] = []
        var start = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit == lineFeed || unit == carriageReturn {
                lines.append(units[start..<index])
                if unit == carriageReturn && index + 1 < units.count && units[index + 1] == lineFeed { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(units[start...])
        return lines
    }
}
