import Foundation

/// Where each paragraph of a stored page document is on the page, and the bytes that
/// put its translation there (``TranslatedSavedPage``).
///
/// A paragraph is found by its words in the blocks the extractor read, in order (the
/// cleaner may have cut a block into a dateline and a body paragraph, or left a
/// "Baca juga" run out of it). The headline, date and byline come from the page's
/// metadata: they are found as the innermost element of the body whose words are
/// theirs, when the page shows them so.
struct ParagraphPlacement {
    struct Place {
        /// The text nodes the paragraphs' text is in, in page order.
        var textNodes: [PageNode]
        var paragraphs: [DocumentParagraph]
    }

    let page: SavedPage
    let spans: PageSpans
    let blocks: [PageArticle.Block]
    private let nodes: [Int: PageNode]
    /// Bytes of text below each element.
    private let textBytes: [ObjectIdentifier: Int]

    init(page: SavedPage, bytes: [UInt8], blocks: [PageArticle.Block]) {
        self.page = page
        spans = PageSpans(bytes: bytes)
        self.blocks = blocks.filter { !$0.textNodes.isEmpty }
        var nodes: [Int: PageNode] = [:]
        var textBytes: [ObjectIdentifier: Int] = [:]
        func visit(_ node: PageNode) -> Int {
            if node.isText { nodes[node.order] = node; return node.text.utf8.count }
            let length = node.children.reduce(0) { $0 + visit($1) }
            textBytes[ObjectIdentifier(node)] = length
            return length
        }
        _ = visit(page.root)
        self.nodes = nodes
        self.textBytes = textBytes
    }

    static func words(_ text: String) -> [String] {
        LinkedDataGuide.words(text).map { $0.lowercased() }
    }

    // MARK: - Finding the paragraphs

    func places(for paragraphs: [DocumentParagraph]) -> [Place] {
        let blockWords = blocks.map { ParagraphPlacement.words($0.text) }
        var byBlock: [Int: Place] = [:]
        var elementPlaces: [Place] = []
        var usedElements: [PageNode] = []
        var block = 0, offset = 0
        for paragraph in paragraphs {
            let words = ParagraphPlacement.words(paragraph.source)
            guard !words.isEmpty else { continue }
            if [.headline, .dateline, .byline].contains(paragraph.kind),
               let element = element(saying: words, outside: usedElements) {
                usedElements.append(element)
                elementPlaces.append(Place(textNodes: textNodes(below: element), paragraphs: [paragraph]))
                continue
            }
            // A short paragraph is looked for only near the last one found: its few
            // words could be anywhere further on.
            let last = words.count >= 4 ? blockWords.count : min(blockWords.count, block + 2)
            for candidate in block..<last {
                let from = candidate == block ? offset : 0
                guard let at = ParagraphPlacement.find(words, in: blockWords[candidate], from: from) else { continue }
                if byBlock[candidate] == nil {
                    let textNodes = blocks[candidate].textNodes.compactMap { nodes[$0] }
                    byBlock[candidate] = Place(textNodes: textNodes, paragraphs: [])
                }
                byBlock[candidate]!.paragraphs.append(paragraph)
                block = candidate
                offset = at + words.count
                break
            }
        }
        // Elements chosen for the headline or byline that hold a block are not theirs.
        let blockNodes = Set(byBlock.values.flatMap { $0.textNodes.map(\.order) })
        let elementsApart = elementPlaces.filter { !$0.textNodes.contains { blockNodes.contains($0.order) } }
        return elementsApart + byBlock.keys.sorted().map { byBlock[$0]! }
    }

    static func find(_ words: [String], in haystack: [String], from start: Int) -> Int? {
        guard words.count <= haystack.count - start else { return nil }
        var position = start
        while position + words.count <= haystack.count {
            if haystack[position] == words[0] && Array(haystack[position..<position + words.count]) == words { return position }
            position += 1
        }
        return nil
    }

    /// The innermost element of the body whose text is exactly these words.
    private func element(saying words: [String], outside used: [PageNode]) -> PageNode? {
        let letters = words.reduce(0) { $0 + $1.utf8.count }
        func deepest(in node: PageNode) -> PageNode? {
            for child in node.children where !child.isText {
                // Only elements about as long as the words are read word by word.
                let length = textBytes[ObjectIdentifier(child)] ?? 0
                guard length >= letters else { continue }
                if length <= letters * 3 + 40, ParagraphPlacement.words(child.textContent) == words,
                   !used.contains(where: { child.isInside($0) || $0.isInside(child) }) {
                    return deepest(in: child) ?? child
                }
                if let inner = deepest(in: child) { return inner }
            }
            return nil
        }
        return deepest(in: page.root.first("body") ?? page.root)
    }

    private func textNodes(below node: PageNode) -> [PageNode] {
        var found: [PageNode] = []
        func visit(_ node: PageNode) {
            for child in node.children {
                if child.isText { found.append(child) } else { visit(child) }
            }
        }
        visit(node)
        return found
    }

    // MARK: - Writing the translation in

    /// The bytes that replace the paragraphs' text with `translation`; nil when the page
    /// does not say where that text is.
    func edit(_ place: Place, translation: String, asASCII: Bool) -> (range: Range<Int>, bytes: [UInt8])? {
        guard let first = place.textNodes.first, let last = place.textNodes.last,
              let container = commonParent(first, last) else { return nil }
        guard let firstTop = child(of: container, holding: first), let lastTop = child(of: container, holding: last),
              let start = container.children.firstIndex(where: { $0 === firstTop }),
              let finish = container.children.firstIndex(where: { $0 === lastTop }), start <= finish,
              let begin = spans.span(ofChild: firstTop)?.lowerBound, let end = spans.span(ofChild: lastTop)?.upperBound,
              begin <= end else { return nil }
        let bytes = spans.bytes
        var out: [UInt8] = []
        // The run's own leading and trailing whitespace (a newline and indentation).
        var textBegin = begin, textEnd = end
        if firstTop.isText { while textBegin < end && bytes[textBegin] <= 32 { textBegin += 1 } }
        if lastTop.isText { while textEnd > textBegin && bytes[textEnd - 1] <= 32 { textEnd -= 1 } }
        out += bytes[begin..<textBegin]
        let own = Set(place.textNodes.map(\.order))
        var wraps: [(element: PageNode, text: String)] = []
        // What is not the paragraph's text (an image, a hidden run, a script, a comment)
        // is kept as it was, before the text.
        var kept: [Range<Int>] = []
        for child in container.children[start...finish] where !child.isText {
            if textNodes(below: child).contains(where: { own.contains($0.order) }) {
                wraps.append((child, child.textContent))
                for inner in child.descendants(where: { PageSpans.neverText.contains($0.name) }) {
                    guard let span = spans.span(of: inner) else { return nil }
                    if !kept.contains(where: { $0.overlaps(span) }) { kept.append(span) }
                }
            } else {
                guard let span = spans.span(of: child) else { return nil }
                kept.append(span)
            }
        }
        kept += spans.comments(in: begin..<end, outside: kept)
        for range in kept.sorted(by: { $0.lowerBound < $1.lowerBound }) { out += bytes[range] }
        out += InlineWrapping(spans: spans, asASCII: asASCII).write(translation, keeping: wraps)
        out += bytes[textEnd..<end]
        return (begin..<end, out)
    }

    private func commonParent(_ first: PageNode, _ last: PageNode) -> PageNode? {
        if first === last { return first.parent }
        var ancestors: [ObjectIdentifier] = []
        var node = first.parent
        while let current = node { ancestors.append(ObjectIdentifier(current)); node = current.parent }
        node = last.parent
        while let current = node {
            if ancestors.contains(ObjectIdentifier(current)) { return current }
            node = current.parent
        }
        return nil
    }

    private func child(of container: PageNode, holding node: PageNode) -> PageNode? {
        var current: PageNode? = node
        while let candidate = current {
            if candidate.parent === container { return candidate }
            current = candidate.parent
        }
        return nil
    }

    /// `lang="en"` on the `html` element: its value replaced, or the attribute added.
    func languageEdit() -> (range: Range<Int>, bytes: [UInt8])? {
        guard page.root.name == "html", let span = spans.span(of: page.root),
              let tag = StartTag(bytes: spans.bytes, at: span.lowerBound) else { return nil }
        if let lang = tag.attributes.first(where: { $0.name == "lang" }) {
            let quoted = lang.value.lowerBound > 0 && [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "=")]
                .contains(spans.bytes[lang.value.lowerBound - 1])
            return (lang.value, Array((quoted ? "en" : "=\"en\"").utf8))
        }
        return (tag.nameEnd..<tag.nameEnd, Array(" lang=\"en\"".utf8))
    }
}

/// The translation as HTML text, with the inline elements whose text it still has
/// (names, places) put back around that text, start tag byte for byte.
struct InlineWrapping {
    let spans: PageSpans
    let asASCII: Bool

    func write(_ translation: String, keeping elements: [(element: PageNode, text: String)]) -> [UInt8] {
        var marks: [(range: Range<String.Index>, open: [UInt8], close: [UInt8])] = []
        var searchFrom = translation.startIndex
        for (element, text) in elements where text.count >= 2 {
            guard let span = spans.span(of: element), let tag = StartTag(bytes: spans.bytes, at: span.lowerBound),
                  let found = translation.range(of: text, range: searchFrom..<translation.endIndex) else { continue }
            marks.append((found, Array(spans.bytes[span.lowerBound..<tag.end]), Array("</\(element.name)>".utf8)))
            searchFrom = found.upperBound
        }
        var out: [UInt8] = []
        var position = translation.startIndex
        for mark in marks {
            out += escape(translation[position..<mark.range.lowerBound])
            out += mark.open + escape(translation[mark.range]) + mark.close
            position = mark.range.upperBound
        }
        out += escape(translation[position...])
        return out
    }

    private func escape(_ text: Substring) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += Array("&amp;".utf8)
            case "<": out += Array("&lt;".utf8)
            case ">": out += Array("&gt;".utf8)
            default:
                if asASCII && scalar.value >= 0x80 { out += Array("&#\(scalar.value);".utf8) }
                else { out += Array(String(scalar).utf8) }
            }
        }
        return out
    }
}
