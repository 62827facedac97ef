import CSV
import Foundation

/// A glossary in CSV (RFC 4180, as spreadsheets and translate-toolkit's csv2po
/// write it), with or without a header row: source, target and an optional comment.
///
/// A first row that names a term column on each side is a header (see
/// ``GlossaryHeader``): columns are then found by name in any order, the direction
/// from the header, each row's language columns or the text, and extra columns (part
/// of speech, description, notes) kept on the entry. A spreadsheet that separates
/// with semicolons is read too.
public enum CSVGlossary {
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

        var header: GlossaryHeader?
        var headed: [GlossaryTable.Row] = []
        var line = 1
        var isFirstRow = true
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            var fields = row.map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) { continue }
            if isFirstRow {
                isFirstRow = false
                if let named = GlossaryHeader(fields) {
                    header = named
                    continue
                }
            }
            if header != nil {
                headed.append(GlossaryTable.Row(line: rowLine, fields: fields))
                continue
            }
            // Without a header: source, target and an optional comment, in that order.
            if fields.count == 2 { fields.append("") }
            if let reason = GlossaryFile.problem(with: fields, columns: "source, target and an optional comment") {
                contents.problems.append(GlossaryProblem(file: url.path, line: rowLine, reason: reason))
                continue
            }
            // The comment is about this translation: lines sharing a source merge.
            let comment = !fields[2].isEmpty ? fields[2] : nil
            contents.entries.append(GlossaryEntry(sourceTerms: [GlossaryTerm(fields[0])],
                                                  targetTerms: [GlossaryTerm(fields[1], note: comment)],
                                                  origin: url.lastPathComponent))
        }
        if let header {
            GlossaryTable.read(headed, header: header, file: url, synonymSeparator: delimiter == ";" ? nil : ";",
                               into: &contents)
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
}
