import JuruKit

/// How a glossary entry reads in the terminal.
enum TermPrinter {
    /// `Korut → North Korea · abbrev. of Korea Utara  [news.id-en.tsv]`, forbidden
    /// translations marked.
    static func line(for entry: GlossaryEntry) -> String {
        let sources = entry.sourceTerms.map(\.text).joined(separator: ", ")
        let targets = entry.targetTerms.map { term in
            var text = term.text
            if term.status == .forbidden { text = "✗ " + text + " (do not use)" }
            if let note = term.note { text += " · " + note }
            return text
        }.joined(separator: "; ")
        var line = "\(sources) → \(targets)"
        if let note = entry.note { line += " · " + note }
        if let origin = entry.origin { line += "  [\(origin)]" }
        return line
    }
}
