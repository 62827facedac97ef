import CSV
import Foundation

/// A glossary in CSV (RFC 4180, as spreadsheets and translate-toolkit's csv2po
/// write it), with or without a header row: source, target and an optional comment.
///
/// A first row whose cells are all column names (`source`, `target`, `comment`,
/// `id`, `en`, …) is a header, and then columns are found by name in any order.
/// A spreadsheet that separates with semicolons is read too.
public enum CSVGlossary {
    static let sourceNames: Set<String> = ["source", "src", "term", "source term", "id", "indonesian", "bahasa indonesia", "istilah"]
    static let targetNames: Set<String> = ["target", "tgt", "translation", "target term", "en", "english", "terjemahan"]
    static let noteNames: Set<String> = ["comment", "comments", "note", "notes", "description", "definition", "keterangan", "catatan"]

    public static func read(_ url: URL) throws(GlossaryError) -> GlossaryFile.Contents {
        var contents = GlossaryFile.Contents()
        // Lines in another encoding are reported and left out before the CSV reader
        // sees the text; they stay as empty lines, so line numbers hold.
        var rows: [String] = []
        for line in try GlossaryLines.read(url) {
            if let lineText = line.text {
                rows.append(lineText)
            } else {
                rows.append("")
                contents.problems.append(GlossaryProblem(file: url.path, line: line.number, reason: "not UTF-8"))
            }
        }
        // The CSV reader takes an unclosed quote to the end of the file as one field,
        // swallowing the rows after it: the line that opens it is reported and left
        // out, and the rows after it are read as rows.
        var text = rows.map { $0 + "\n" }.joined()
        var unclosed = 0
        while text.unicodeScalars.lazy.filter({ $0 == "\"" }).count % 2 == 1 {
            unclosed += 1
            if unclosed > 100 { throw .notText(url.path, reason: "more than 100 quotes are never closed; not CSV") }
            let line = Self.lineOfUnclosedQuote(text)
            contents.problems.append(GlossaryProblem(file: url.path, line: line,
                                                     reason: "a quote opened here is never closed"))
            rows[line - 1] = ""
            text = rows.map { $0 + "\n" }.joined()
        }
        let delimiter = Self.delimiter(of: text)
        let reader: CSVReader
        do { reader = try CSVReader(string: text, delimiter: delimiter) } catch {
            throw .notText(url.path, reason: "not CSV")
        }

        var columns: (source: Int, target: Int, note: Int?) = (0, 1, 2)
        var columnCount: Int?
        var line = 1
        var isFirstRow = true
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            var fields = row.map { $0.trimmingCharacters(in: .whitespaces) }
            // A row may leave out the optional comment.
            if let expected = columnCount, fields.count < expected, fields.count >= 2 {
                fields += Array(repeating: "", count: expected - fields.count)
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            if isFirstRow {
                isFirstRow = false
                if let header = header(fields) {
                    columns = header
                    columnCount = fields.count
                    continue
                }
            }
            if let expected = columnCount, fields.count != expected {
                contents.problems.append(GlossaryProblem(file: url.path, line: rowLine,
                                                         reason: "\(fields.count) columns where the header has \(expected)"))
                continue
            }
            // With a header, the named columns; without, the row as it is (source, target, comment).
            var picked = fields
            if columnCount != nil {
                picked = [fields[columns.source], fields[columns.target]] + (columns.note.map { [fields[$0]] } ?? [])
            }
            if let reason = GlossaryFile.problem(with: picked, columns: "source, target and an optional comment") {
                contents.problems.append(GlossaryProblem(file: url.path, line: rowLine, reason: reason))
                continue
            }
            // The comment is about this translation: lines sharing a source merge.
            let comment = picked.count > 2 && !picked[2].isEmpty ? picked[2] : nil
            contents.entries.append(GlossaryEntry(sourceTerms: [GlossaryTerm(picked[0])],
                                                  targetTerms: [GlossaryTerm(picked[1], note: comment)],
                                                  origin: url.lastPathComponent))
        }
        if let error = reader.error {
            throw .notText(url.path, reason: "unreadable CSV (\(error))")
        }
        contents.problems.sort { $0.line < $1.line }
        return contents
    }

    /// Semicolons when the first lines hold more of them than commas, outside quotes.
    private static func delimiter(of text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false, lines = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": inQuotes.toggle()
            case "," where !inQuotes: commas += 1
            case ";" where !inQuotes: semicolons += 1
            case "\n" where !inQuotes:
                lines += 1
                if lines >= 5 { return semicolons > commas ? ";" : "," }
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }

    private static func lineOfUnclosedQuote(_ text: String) -> Int {
        var line = 1, openedAt = 1, inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                inQuotes.toggle()
                if inQuotes { openedAt = line }
            } else if scalar == "\n" {
                line += 1
            }
        }
        return openedAt
    }

    /// The columns of a header row, or nil when the row is data.
    private static func header(_ fields: [String]) -> (source: Int, target: Int, note: Int?)? {
        let names = fields.map { $0.lowercased() }
        guard let source = names.firstIndex(where: sourceNames.contains),
              let target = names.firstIndex(where: targetNames.contains) else { return nil }
        return (source, target, names.firstIndex(where: noteNames.contains))
    }
}
