/// The article found on a saved page: its parts in page order, each a paragraph of
/// one kind, and what the page says about it.
public struct PageArticle: Sendable {
    public struct Block: Sendable, Equatable {
        public var kind: ParagraphKind
        public var text: String
        /// The line of the page it starts on.
        public var line: Int
        /// The text nodes it was read from (``PageNode/order``), in page order; none for
        /// text the page gives only in its metadata.
        public var textNodes: [Int] = []
    }

    public var headline: String?
    public var dateline: String?
    public var byline: String?
    public var blocks: [Block]

    /// The body as the extraction benchmark reads it: body paragraphs, subheadings and
    /// captions inside the text, one a line; no headline, dateline or byline.
    public var bodyText: String {
        blocks.filter { $0.kind == .body || $0.kind == .subheading }.map(\.text).joined(separator: "\n")
    }

    /// The whole article for translation: headline, dateline, byline, then the blocks.
    public var paragraphs: [(kind: ParagraphKind, text: String)] {
        var all: [(kind: ParagraphKind, text: String)] = []
        if let headline { all.append((kind: .headline, text: headline)) }
        if let dateline { all.append((kind: .dateline, text: dateline)) }
        if let byline { all.append((kind: .byline, text: byline)) }
        for block in blocks { all.append((kind: block.kind, text: block.text)) }
        return all
    }
}
