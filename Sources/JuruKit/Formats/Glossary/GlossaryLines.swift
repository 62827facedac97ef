import Foundation

/// The lines of a tab- or comma-separated glossary, decoded one by one, so that a
/// line in another encoding is reported and skipped instead of failing the file.
///
/// UTF-8 with or without a byte-order mark, and UTF-16 with one, are read; CR LF
/// line ends (translate-toolkit writes them) lose their CR.
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
        var number = 0
        for var line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.last == 0x0D { line = line.dropLast() }
            lines.append(Line(number: number, text: String(validating: line, as: UTF8.self)))
        }
        if lines.last?.text == "" { lines.removeLast() }
        return lines
    }

    private static func split(_ text: String) -> [Line] {
        // "\r\n" is one Character in Swift: split on scalars.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            var scalars = String.UnicodeScalarView(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return Line(number: index + 1, text: String(scalars))
        }
        if lines.last?.text == "" { lines.removeLast() }
        return lines
    }
}
