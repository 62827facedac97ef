/// One node of a saved page: an element with its attributes and children, or a run
/// of text. Built once from libxml2's tree (``SavedPage``), then read many times.
public final class PageNode {
    /// Lower-case element name; empty for text.
    public let name: String
    /// The attributes extraction reads (``SavedPage/readAttributes``), names in lower case.
    public let attributes: [String: String]
    public internal(set) var children: [PageNode] = []
    public internal(set) weak var parent: PageNode?
    /// The text of a text node; empty for elements.
    public let text: String
    /// Line in the page, from 1.
    public let line: Int
    /// Place among the page's nodes in document order, from 0: the same for the same
    /// page every time it is parsed, so a block can name the text it came from.
    public let order: Int
    /// Byte offsets of an element in the page (``SavedPage/init(utf8WithSpans:)``): its
    /// start tag's `<` and just past its end; -1 when not known.
    var begin = -1
    var end = -1

    // Extraction's working state (``ArticleExtractor``), kept on the node for speed.
    var isDropped = false
    var textLength = 0
    var linkLength = 0
    var commas = 0
    /// Text of the paragraphs (`p`) below that are not mostly links.
    var paragraphLength = 0
    /// Text directly inside, not in a block element below.
    var inlineLength = 0
    var score = 0.0
    var isCandidate = false

    init(name: String, attributes: [String: String], text: String, line: Int, order: Int) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.line = line
        self.order = order
    }

    public var isText: Bool { name.isEmpty }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// `class` and `id` together, lower-cased: what page templates name their parts by.
    public lazy var classAndId: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Every element below this one, depth first, in page order.
    public func descendants(where include: (PageNode) -> Bool) -> [PageNode] {
        var found: [PageNode] = []
        func visit(_ node: PageNode) {
            for child in node.children where !child.isText {
                if include(child) { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }

    /// The first element below this one named `name`.
    public func first(_ name: String) -> PageNode? {
        for child in children where !child.isText {
            if child.name == name { return child }
            if let found = child.first(name) { return found }
        }
        return nil
    }

    /// All the text below, whitespace runs folded to one space, trimmed.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return out.foldingWhitespace()
    }

    func appendText(to out: inout String) {
        if isText { out += text; return }
        for child in children { child.appendText(to: &out) }
    }

    public func isInside(_ other: PageNode) -> Bool {
        var node: PageNode? = self
        while let current = node {
            if current === other { return true }
            node = current.parent
        }
        return false
    }
}

extension Substring {
    func foldingWhitespaceSubstring() -> String { String(self).foldingWhitespace() }
}

extension String {
    /// Runs of whitespace (including no-break spaces) as one space, ends trimmed.
    func foldingWhitespace() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isFoldedAsSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// Whitespace, the zero-width space and the byte-order mark. ASCII is answered
    /// without Unicode's property tables: most of a page's text is ASCII, and the table
    /// lookup was a tenth of extracting an article.
    var isFoldedAsSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace || value == 0x200B || value == 0xFEFF
    }
}
