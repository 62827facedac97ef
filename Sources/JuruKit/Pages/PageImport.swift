import Foundation

/// Saved web pages as Juru reads them: parsed, their article found.
public enum PageImport {
    /// Whether a file is read as a saved page rather than as text: by its extension.
    public static func isPage(_ url: URL) -> Bool {
        ["html", "htm", "xhtml"].contains(url.pathExtension.lowercased())
    }

    /// The article as lines of text, headline first, for the cleaner and segmenter.
    public static func text(at url: URL) throws -> String {
        try article(at: url).paragraphs.map(\.text).joined(separator: "\n") + "\n"
    }

    /// The article's text, and the kind the page gives each of its non-body lines
    /// (headline, date, byline, subheadings, captions), which the text cleaner cannot see.
    public static func read(at url: URL) throws -> (text: String, kinds: [String: ParagraphKind]) {
        let paragraphs = try article(at: url).paragraphs
        var kinds: [String: ParagraphKind] = [:]
        for paragraph in paragraphs where paragraph.kind != .body { kinds[paragraph.text] = paragraph.kind }
        return (paragraphs.map(\.text).joined(separator: "\n") + "\n", kinds)
    }

    /// The article on a saved page; a page with no running text is an error.
    public static func article(at url: URL) throws -> PageArticle {
        try article(atPath: url.path)
    }

    public static func article(atPath path: String) throws -> PageArticle {
        let article = ArticleExtractor().extract(try SavedPage(atPath: path))
        guard !article.blocks.isEmpty else { throw PageError.noArticle(path) }
        return article
    }
}
