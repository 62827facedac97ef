import Foundation

/// The rows of a glossary table that has a header, read into entries by column name
/// (see ``GlossaryHeader``), each pair turned round when the file runs
/// English→Indonesian, the part of speech and note columns kept on the entry.
enum GlossaryTable {
    struct Row {
        var line: Int
        var fields: [String]
    }

    /// - Parameter synonymSeparator: splits a cell into several terms (`Braket;Kurung`),
    ///   or nil when the file's own delimiter is that character.
    static func read(_ rows: [Row], header: GlossaryHeader, file: URL, synonymSeparator: Character?,
                     into contents: inout GlossaryFile.Contents) {
        var header = header
        header.decideFromText(rows.map(\.fields))
        let columnCount = header.roles.count
        var turnedRound = 0
        var otherLanguages: [String: Int] = [:]
        for row in rows {
            var fields = row.fields
            // A row may leave out trailing empty cells.
            if fields.count < columnCount && fields.count > max(header.indonesian, header.english) {
                fields += Array(repeating: "", count: columnCount - fields.count)
            }
            guard fields.count == columnCount else {
                contents.problems.append(GlossaryProblem(file: file.path, line: row.line,
                                                         reason: "\(fields.count) column\(fields.count == 1 ? "" : "s") where the header has \(columnCount)"))
                continue
            }
            var (indonesian, english) = (header.indonesian, header.english)
            if case .languageColumns(let sourceColumn, let targetColumn) = header.direction {
                switch (GlossaryHeader.language(ofCode: fields[sourceColumn]), GlossaryHeader.language(ofCode: fields[targetColumn])) {
                case (.indonesian, .english):
                    break
                case (.english, .indonesian):
                    swap(&indonesian, &english)
                    turnedRound += 1
                default:
                    let pair = "\(fields[sourceColumn]) → \(fields[targetColumn])"
                    otherLanguages[pair, default: 0] += 1
                    contents.problems.append(GlossaryProblem(file: file.path, line: row.line,
                                                             reason: "\(pair) is not a pair of Indonesian and English"))
                    continue
                }
            } else if header.turnedRound {
                turnedRound += 1
            }
            let indonesianTerms = terms(in: fields[indonesian], separator: synonymSeparator)
            let englishTerms = terms(in: fields[english], separator: synonymSeparator)
            if indonesianTerms.isEmpty || englishTerms.isEmpty {
                let missing = indonesianTerms.isEmpty ? "Indonesian" : "English"
                contents.problems.append(GlossaryProblem(file: file.path, line: row.line,
                                                         reason: "no \(missing) term (column ‘\(header.names[indonesianTerms.isEmpty ? indonesian : english])’)"))
                continue
            }
            let partOfSpeech = header.partOfSpeechColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let notes = header.noteColumns.map { fields[$0] }.filter { !$0.isEmpty }
            contents.entries.append(GlossaryEntry(
                sourceTerms: indonesianTerms.map { GlossaryTerm($0, partOfSpeech: partOfSpeech) },
                targetTerms: englishTerms.map { GlossaryTerm($0, partOfSpeech: partOfSpeech) },
                note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                origin: file.lastPathComponent))
        }
        contents.notes.append(directionNote(header, turnedRound: turnedRound, read: contents.entries.count))
    }

    private static func terms(in cell: String, separator: Character?) -> [String] {
        let parts = separator.map { cell.split(separator: $0).map(String.init) } ?? [cell]
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// One line that says which way the file was read, and why.
    private static func directionNote(_ header: GlossaryHeader, turnedRound: Int, read: Int) -> String {
        let indonesian = "‘\(header.names[header.indonesian])’", english = "‘\(header.names[header.english])’"
        switch header.direction {
        case .named where header.turnedRound:
            return "read as English→Indonesian (the header names \(indonesian) as the Indonesian column): every pair turned round"
        case .named:
            return "read as Indonesian→English (the header names \(indonesian) Indonesian and \(english) English)"
        case .languageColumns:
            if turnedRound == 0 { return "read as Indonesian→English (each row's languages say so)" }
            let all = turnedRound == read ? "every pair" : "\(turnedRound) of \(read) pairs"
            return "read as English→Indonesian where each row's languages say so: \(all) turned round"
        case .unknown where header.turnedRound:
            return "read as English→Indonesian (the header does not say; the text of \(english) reads as English): every pair turned round"
        case .unknown:
            return "read as Indonesian→English (the header does not say; the text of \(indonesian) reads as Indonesian, or neither column clearly does)"
        }
    }
}
