import Foundation

/// Turns a news page saved as text into an ``Article``: the headline, dateline,
/// subheadings and body paragraphs kept, page boilerplate set aside.
///
/// Cleaning is conservative: a line is set aside only when it is recognisably
/// boilerplate (navigation, "Baca Juga" links, advertisements, photo credits, cookie
/// notices, copyright lines, the headline repeated in the body, ...). A line that reads
/// as a sentence is never set aside by position alone, so body text is never lost.
/// Everything set aside is kept in ``Article/setAside`` for review.
///
/// ```swift
/// let article = ArticleCleaner().clean(try TextFile.read(url))
/// for paragraph in article.paragraphs { … }
/// ```
public struct ArticleCleaner: Sendable {
    public init() {}

    /// A line longer than this is body text by any measure: it is kept whole without
    /// being read for labels, so a 10 MB line costs no more to clean than a page (it
    /// took 11 s).
    static let longLine = 20_000

    public func clean(_ page: String) -> Article {
        var lines: [ArticleLine] = []
        var headline: String?
        var keptCount = 0
        // Once a page section such as "Terpopuler" or "Tags" starts, its short entries
        // follow; a full sentence still ends the section.
        var section: Boilerplate?

        for (number, text) in page.sourceLines() where !text.isEmpty {
            if text.utf8.count > Self.longLine {
                lines.append(.kept(Paragraph(index: keptCount, line: number, text: text, kind: .body)))
                keptCount += 1
                section = nil
                continue
            }
            if let reason = BoilerplateRules.reason(for: text) {
                lines.append(.setAside(SetAsideLine(line: number, text: text, reason: reason)))
                if reason == .pageSection || reason == .copyright || reason == .tagList { section = reason }
                continue
            }
            if let headline, BoilerplateRules.repeats(headline: headline, line: text) {
                lines.append(.setAside(SetAsideLine(line: number, text: text, reason: .repeatedHeadline)))
                continue
            }
            if let current = section, BoilerplateRules.isSectionEntry(text) {
                lines.append(.setAside(SetAsideLine(line: number, text: text, reason: current)))
                continue
            }
            section = nil

            var kept = text
            var credit: String?
            if let split = BoilerplateRules.trailingPhotoCredit(in: text) {
                kept = split.caption
                credit = split.credit
            }
            let kind: ParagraphKind
            if headline == nil && ParagraphKinds.isHeadlineCandidate(kept) {
                headline = kept
                kind = .headline
            } else {
                kind = ParagraphKinds.kind(of: kept, hasCredit: credit != nil)
            }
            lines.append(.kept(Paragraph(index: keptCount, line: number, text: kept, kind: kind)))
            keptCount += 1
            if let credit {
                lines.append(.setAside(SetAsideLine(line: number, text: credit, reason: .photoCredit)))
            }
        }
        return Article(lines: lines)
    }
}
