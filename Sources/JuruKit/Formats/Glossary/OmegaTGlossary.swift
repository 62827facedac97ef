import Foundation

/// OmegaT's tab-separated glossary (`glossary.txt`, `.utf8`, `.tab`, `.tsv`): one
/// `source<TAB>target<TAB>comment` per line; lines starting with `#` are comments.
/// Several lines may share a source: each is one translation of it. A comment that
/// starts `pos:noun;` (as Juru's shipped glossary writes them) gives the part of speech.
public enum OmegaTGlossary {
    public static func read(_ url: URL) throws(GlossaryError) -> GlossaryFile.Contents {
        let name = url.lastPathComponent
        var contents = GlossaryFile.Contents()
        // A tab-separated table with a header row (source, target, pos, …) is read by
        // column name, as CSV is; OmegaT's own files have none.
        var header: GlossaryHeader?
        var headed: [GlossaryTable.Row] = []
        var isFirstLine = true
        for line in try GlossaryLines.read(url) {
            guard let text = line.text else {
                contents.problems.append(GlossaryProblem(file: url.path, line: line.number, reason: "not UTF-8"))
                continue
            }
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { continue }
            var fields = text.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if isFirstLine {
                isFirstLine = false
                if let named = GlossaryHeader(fields) {
                    header = named
                    continue
                }
            }
            if header != nil {
                headed.append(GlossaryTable.Row(line: line.number, fields: fields))
                continue
            }
            // OmegaT accepts a line ending in tabs.
            while fields.count > 3, fields.last?.isEmpty == true { fields.removeLast() }
            if let reason = GlossaryFile.problem(with: fields, columns: "source, target and an optional comment") {
                contents.problems.append(GlossaryProblem(file: url.path, line: line.number, reason: reason))
                continue
            }
            // The comment is about this translation: lines sharing a source merge.
            let (partOfSpeech, comment) = splitComment(fields.count > 2 ? fields[2] : "")
            contents.entries.append(GlossaryEntry(sourceTerms: [GlossaryTerm(fields[0], partOfSpeech: partOfSpeech)],
                                                  targetTerms: [GlossaryTerm(fields[1], note: comment)],
                                                  origin: name))
        }
        if let header {
            GlossaryTable.read(headed, header: header, file: url, synonymSeparator: ";", into: &contents)
        }
        return contents
    }

    /// The entries as OmegaT reads them: one line per source term and translation,
    /// forbidden translations left out (OmegaT has no way to mark them).
    public static func write(_ entries: [GlossaryEntry], to url: URL) throws(GlossaryError) {
        // No header line: OmegaT would skip it, but translate-toolkit reads it as a term.
        var text = ""
        for entry in entries { text += lines(for: entry) }
        try GlossaryFile.write(text, to: url)
    }

    /// An entry's lines: one per source term and translation.
    static func lines(for entry: GlossaryEntry) -> String {
        var text = ""
        for source in entry.sourceTerms {
            for target in entry.allowedTargets {
                let partOfSpeech = source.partOfSpeech.map { "pos:\($0)" }
                let comment = [partOfSpeech, entry.note, target.note].compactMap { $0 }.joined(separator: "; ")
                text += [source.text, target.text, comment].map(clean).joined(separator: "\t") + "\n"
            }
        }
        return text
    }

    /// A comment that starts `pos:verb;` gives the source term's part of speech,
    /// which a tab-separated glossary has no column for; the rest is the note.
    static func splitComment(_ comment: String) -> (partOfSpeech: String?, note: String?) {
        var note = comment
        var partOfSpeech: String?
        if comment.lowercased().hasPrefix("pos:") {
            let value = comment.dropFirst(4).prefix { $0 != ";" }
            partOfSpeech = value.trimmingCharacters(in: .whitespaces)
            note = String(comment.dropFirst(4 + value.count).drop { $0 == ";" || $0 == " " })
            if partOfSpeech?.isEmpty == true { partOfSpeech = nil }
        }
        note = note.trimmingCharacters(in: .whitespaces)
        return (partOfSpeech, note.isEmpty ? nil : note)
    }

    /// Tabs and line breaks would split the field; they become spaces.
    private static func clean(_ field: String) -> String {
        field.components(separatedBy: CharacterSet(charactersIn: "\t\r\n")).joined(separator: " ")
    }
}
