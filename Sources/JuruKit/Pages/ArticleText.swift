/// The paragraphs of the article's part of a page, with boilerplate blocks inside it
/// (share bars, link lists, ad slots, bylines) left out by their link density, their
/// class and their make-up (readability's conditional cleaning).
struct ArticleText {
    var headline: String?

    func blocks(of roots: [PageNode]) -> [PageArticle.Block] {
        var builder = Builder()
        for root in roots { walk(root, isRoot: true, kind: .body, into: &builder) }
        builder.flush()
        let headline = headline?.foldingWhitespace().lowercased()
        return builder.blocks.filter { block in
            !(block.kind == .headline || (block.kind == .subheading && block.text.lowercased() == headline))
        }
    }

    private func walk(_ node: PageNode, isRoot: Bool, kind: ParagraphKind, into builder: inout Builder) {
        if node.isText { builder.append(node, inLink: false); return }
        if node.isDropped { return }
        guard PageStructure.blocks.contains(node.name) else {
            inline(node, inLink: node.name == "a", into: &builder)
            return
        }
        if node.name == "br" { builder.flush(); return }
        if !isRoot && isBoilerplate(node) { builder.flush(); return }
        builder.flush()
        var kind = kind
        switch node.name {
        case "h1": kind = .headline
        case "h2", "h3", "h4", "h5", "h6": kind = .subheading
        case "figcaption", "caption": kind = .caption
        case "div", "figure", "section": if !isRoot && isPictureWithCaption(node) { kind = .caption }
        default: break
        }
        builder.kind = kind
        builder.line = node.line
        for child in node.children {
            if child.isText { builder.append(child, inLink: false) }
            else { walk(child, isRoot: false, kind: kind, into: &builder) }
            builder.kind = kind
        }
        builder.flush()
    }

    private func inline(_ node: PageNode, inLink: Bool, into builder: inout Builder) {
        for child in node.children {
            if child.isText { builder.append(child, inLink: inLink) }
            else if !child.isDropped {
                if PageStructure.blocks.contains(child.name) {
                    // The text after a caption inside a run of text is the run's again.
                    let kind = builder.kind
                    walk(child, isRoot: false, kind: kind, into: &builder)
                    builder.kind = kind
                }
                else { inline(child, inLink: inLink || child.name == "a", into: &builder) }
            }
        }
    }

    /// A block inside the article that is not article text.
    private func isBoilerplate(_ node: PageNode) -> Bool {
        let weight = PageStructure.classWeight(node)
        // A boilerplate name drops a block unless its own paragraphs outweigh it
        // ("widget-container" around the story's paragraphs stays).
        if weight < 0 && node.score + weight < 0 { return true }
        let density = ArticleExtractor.linkDensity(node)
        switch node.name {
        case "div", "section", "ul", "ol", "table", "aside", "form", "fieldset", "figure", "header", "footer", "dl":
            break
        case "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote":
            return node.textLength > 0 && density > 0.5
        default:
            return false
        }
        if node.name == "footer" || node.name == "aside" { return true }
        // A block that holds much of the story's paragraphs is not furniture, whatever
        // else it holds: what is inside it is judged block by block.
        if node.paragraphLength >= 400 && node.paragraphLength * 2 >= node.textLength { return false }
        if node.commas >= 10 { return false }
        let isList = node.name == "ul" || node.name == "ol"
        let paragraphs = count(node, ["p"]), images = count(node, ["img"]), items = count(node, ["li"]) - (isList ? 0 : 0)
        let embeds = count(node, ["iframe", "embed", "object", "video"])
        let length = node.textLength
        if node.name == "figure" { return false }
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 && length < 200 { return true }
        if !isList && items > paragraphs && density > 0.2 { return true }
        if !isList && length < 25 && (images == 0 || images > 2) { return true }
        if weight < 25 && density > 0.33 && length > 0 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if isList && density > 0.5 { return true }
        if embeds > 1 || (embeds == 1 && length < 75) { return true }
        return false
    }

    /// A picture and a line or two about it, marked up without `figure`: the text is
    /// its caption, not the story's.
    private func isPictureWithCaption(_ node: PageNode) -> Bool {
        node.textLength > 0 && node.textLength < 250 && count(node, ["img", "picture"]) == 1 && count(node, ["p"]) <= 1
    }

    private func count(_ node: PageNode, _ names: Set<String>) -> Int {
        var total = 0
        for child in node.children where !child.isText && !child.isDropped {
            if names.contains(child.name) { total += 1 }
            total += count(child, names)
        }
        return total
    }

    /// Gathers inline text into paragraphs.
    struct Builder {
        var blocks: [PageArticle.Block] = []
        var kind: ParagraphKind = .body
        var line = 0
        private var text = ""
        private var linkLength = 0
        private var textNodes: [Int] = []

        mutating func append(_ run: PageNode, inLink: Bool) {
            text += run.text
            textNodes.append(run.order)
            if inLink { linkLength += ArticleExtractor.visibleLength(run.text).0 }
        }

        mutating func flush() {
            defer { text = ""; linkLength = 0; textNodes.removeAll(keepingCapacity: true) }
            let folded = text.foldingWhitespace()
            guard !folded.isEmpty else { return }
            let length = ArticleExtractor.visibleLength(folded).0
            // A line that is mostly a link is a link to elsewhere ("Read more: ...").
            if length > 0 && Double(linkLength) / Double(length) > 0.6 { return }
            blocks.append(PageArticle.Block(kind: kind, text: folded, line: line, textNodes: textNodes))
        }
    }
}
