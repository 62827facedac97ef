import Foundation

/// Turns a news page saved as text into an ``Article``: the headline, dateline,
/// bylines, subheadings, captions and body paragraphs kept, page furniture set aside.
///
/// Cleaning works from the shape of lines and their place on the page, not from any
/// outlet's wording: labels and credits recognised one line at a time
/// (``BoilerplateRules``, ``FurnitureShapes``), then the page as a whole — where the body
/// runs, which line is the headline, what is printed twice, what stands outside the
/// article (``PageLayout``). A line that reads as a paragraph of the body is never set
/// aside by position, so body text is not lost. Everything set aside is kept in
/// ``Article/setAside`` with its reason, for review.
///
/// ```swift
/// let article = ArticleCleaner().clean(try TextFile.read(url))
/// for paragraph in article.paragraphs { … }
/// ```
public struct ArticleCleaner: Sendable {
    public init() {}

    /// A line longer than this is body text by any measure: the page is read with its
    /// start in its place, and the line is kept whole, as body, so a 10 MB line costs no
    /// more to clean than a page (read in full, it took 11 s).
    static let longLine = 20_000

    public func clean(_ page: String) -> Article {
        let pageLines = page.sourceLines().filter { !$0.text.isEmpty }
        var longLines: [Int: String] = [:]
        var lines = pageLines.map { number, text in
            guard text.utf8.count > Self.longLine else { return PageLine(number: number, text: text) }
            longLines[number] = text
            return PageLine(number: number, text: String(text.prefix(2_000)))
        }
        markForeignLines(&lines)
        markLineByLine(&lines)
        var layout = PageLayout(lines: lines)
        layout.decide()

        var result: [ArticleLine] = []
        var keptCount = 0
        for line in layout.lines {
            if let whole = longLines[line.number] {
                result.append(.kept(Paragraph(index: keptCount, line: line.number, text: whole, kind: .body)))
                keptCount += 1
                continue
            }
            if let reason = line.furniture {
                result.append(.setAside(SetAsideLine(line: line.number, text: line.text, reason: reason)))
                continue
            }
            result.append(.kept(Paragraph(index: keptCount, line: line.number, text: line.kept, kind: line.kind ?? .body)))
            keptCount += 1
            if let credit = line.credit {
                result.append(.setAside(SetAsideLine(line: line.number, text: credit, reason: .photoCredit)))
            }
            if let code = line.editorCode {
                result.append(.setAside(SetAsideLine(line: line.number, text: code, reason: .editorCode)))
            }
        }
        return Article(lines: result)
    }

    /// English lines are the site's banners only on a page whose running text is not
    /// English: the English edition of an article is cleaned like the Indonesian one.
    private func markForeignLines(_ lines: inout [PageLine]) {
        let long = lines.filter { $0.words >= 8 }
        let indonesian = long.filter { LineLanguage.isIndonesian($0.kept) }.count
        guard indonesian * 2 > long.count else { return }
        for index in lines.indices where LineLanguage.isEnglish(lines[index].kept) { lines[index].isForeign = true }
    }

    /// Furniture that one line shows by itself, and the short entries of a page section
    /// ("Terpopuler", "Tags", a copyright block) once the article has begun.
    private func markLineByLine(_ lines: inout [PageLine]) {
        var section: Boilerplate?
        var seenProse = false
        for index in lines.indices {
            let text = lines[index].text
            // Labels are read without raw markup: `<link …><caption> Baca juga …</caption></link>`.
            if let reason = BoilerplateRules.reason(for: Markup.stripped(text)) ?? FurnitureShapes.reason(for: text) {
                lines[index].furniture = reason
                if seenProse, [.pageSection, .copyright, .tagList].contains(reason) { section = reason }
                // "Baca juga:" alone heads a list of links, one a line.
                if reason == .relatedLink, lines[index].words <= 3 { section = reason }
                continue
            }
            // The entries of a list are short, or bulleted titles ("- Utang 3 BUMN Paling Tinggi versi Erick Thohir0").
            let entry = BoilerplateRules.isSectionEntry(lines[index].kept)
                || lines[index].startsWithBullet && lines[index].words <= 20 && !lines[index].endsLikeSentence
            if let current = section, entry,
               !ParagraphKinds.isByline(lines[index].kept), !ParagraphKinds.isDateline(lines[index].kept) {
                lines[index].furniture = current
                continue
            }
            section = nil
            if lines[index].isProse { seenProse = true }
        }
    }
}
