import Foundation

/// OmegaT's tab-separated glossary (`glossary.txt`, `.utf8`, `.tab`, `.tsv`): one
/// `source<TAB>target<TAB>comment` per line; lines starting with `#` are comments.
/// Several lines may share a source: each is one translation of it.
public enum OmegaTGlossary {
    public static func read(_ url: URL) throws(GlossaryError) -> GlossaryFile.Contents {
        let name = url.lastPathComponent
        var contents = GlossaryFile.Contents()
        for line in try GlossaryLines.read(url) {
            guard let text = line.text else {
                contents.problems.append(GlossaryProblem(file: url.path, line: line.number, reason: "not UTF-8"))
                continue
            }
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if let reason = GlossaryFile.problem(with: fields, columns: "source, target and an optional comment") {
                contents.problems.append(GlossaryProblem(file: url.path, line: line.number, reason: reason))
                continue
            }
            // The comment is about this translation: lines sharing a source merge.
            let comment = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            contents.entries.append(GlossaryEntry(sourceTerms: [GlossaryTerm(fields[0])],
                                                  targetTerms: [GlossaryTerm(fields[1], note: comment)],
                                                  origin: name))
        }
        return contents
    }

    /// The entries as OmegaT reads them: one line per source term and translation,
    /// forbidden translations left out (OmegaT has no way to mark them).
    public static func write(_ entries: [GlossaryEntry], to url: URL) throws(GlossaryError) {
        var text = "# Juru glossary, Indonesian -> English: source<TAB>target<TAB>comment\n"
        for entry in entries { text += lines(for: entry) }
        try GlossaryFile.write(text, to: url)
    }

    /// An entry's lines: one per source term and translation.
    static func lines(for entry: GlossaryEntry) -> String {
        var text = ""
        for source in entry.sourceTerms {
            for target in entry.allowedTargets {
                let comment = [entry.note, target.note].compactMap { $0 }.joined(separator: "; ")
                text += [source.text, target.text, comment].map(clean).joined(separator: "\t") + "\n"
            }
        }
        return text
    }

    /// Tabs and line breaks would split the field; they become spaces.
    private static func clean(_ field: String) -> String {
        field.components(separatedBy: CharacterSet(charactersIn: "\t\r\n")).joined(separator: " ")
    }
}
