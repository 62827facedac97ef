import Foundation

/// Finds the article on a saved page from its structure: where running text is dense
/// and links are sparse (readability's scoring), helped by what the page marks as the
/// article (schema.org `articleBody`, the `article` and `main` elements, the JSON-LD
/// articleBody), and never by which site it is.
public struct ArticleExtractor {
    public init() {}

    /// JURU_DEBUG_EXTRACT=1 prints the block chosen as the article's.
    /// (`getenv`, not `ProcessInfo.environment`: that copies the whole environment into a
    /// dictionary, a noticeable part of a one-page `juru extract`.)
    private let debug = getenv("JURU_DEBUG_EXTRACT") != nil

    public func extract(_ page: SavedPage) -> PageArticle {
        let metadata = PageMetadata(page: page.root)
        var blocks = attempt(page.root, metadata: metadata, skipUnlikely: true)
        if blocks.reduce(0, { $0 + $1.text.count }) < 250 {
            let retry = attempt(page.root, metadata: metadata, skipUnlikely: false)
            if retry.reduce(0, { $0 + $1.text.count }) > blocks.reduce(0, { $0 + $1.text.count }) { blocks = retry }
        }
        // Pages that draw their text with scripts still give it in their JSON-LD.
        if let body = metadata.articleBody {
            blocks = LinkedDataGuide(articleBody: body).review(blocks, body: body)
        }
        return PageArticle(headline: metadata.headline, dateline: metadata.published,
                           byline: metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", "),
                           blocks: blocks)
    }

    private func words(in blocks: [PageArticle.Block]) -> Int {
        blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
    }

    private func attempt(_ root: PageNode, metadata: PageMetadata, skipUnlikely: Bool) -> [PageArticle.Block] {
        reset(root)
        drop(in: root, skipUnlikely: skipUnlikely)
        measure(root)
        guard let body = root.first("body") ?? Optional(root) else { return [] }
        // Scoring runs even when the page marks its article: the scores tell the
        // paragraphs inside it from the furniture inside it.
        let best = bestCandidate(body)
        let microdata = microdataArticle(body)
        let roots: [PageNode]
        if let marked = marked(body) { roots = [marked] }
        else if let microdata, best.map({ !$0.isInside(microdata) }) ?? true { roots = [microdata] }
        else if let best {
            let found = StoryChunks.roots(around: best, siblings: contentRoots(around: best))
            // The article the page marks up bounds the story: blocks beside it are not
            // more of it.
            roots = microdata.map { article in found.filter { $0.isInside(article) } } ?? found
        } else { return [] }
        if debug {
            for root in roots { print("content: \(root.name).\(root.classAndId) score \(root.score) line \(root.line)") }
        }
        return ArticleText(headline: metadata.headline).blocks(of: roots)
    }

    // MARK: - Dropping furniture

    private func reset(_ node: PageNode) {
        node.isDropped = false; node.score = 0; node.isCandidate = false
        for child in node.children where !child.isText { reset(child) }
    }

    private func drop(in node: PageNode, skipUnlikely: Bool) {
        for child in node.children where !child.isText {
            if PageStructure.furniture.contains(child.name) || PageStructure.isHidden(child)
                || (skipUnlikely && isUnlikely(child)) {
                child.isDropped = true
            } else {
                drop(in: child, skipUnlikely: skipUnlikely)
            }
        }
    }

    private func isUnlikely(_ node: PageNode) -> Bool {
        if ["body", "a", "article", "main", "html"].contains(node.name) { return false }
        let names = node.classAndId
        if node["role"].map({ ["complementary", "navigation", "banner", "contentinfo", "dialog"].contains($0) }) == true {
            return true
        }
        guard names.count > 1, PageStructure.mentions(names, any: PageStructure.unlikely) else { return false }
        return !PageStructure.mentions(names, any: PageStructure.maybe)
    }

    // MARK: - Measuring text and links

    private func measure(_ node: PageNode) {
        var text = 0, links = 0, commas = 0, paragraphs = 0, inline = 0
        for child in node.children {
            if child.isText {
                let (length, childCommas) = ArticleExtractor.visibleLength(child.text)
                text += length; commas += childCommas; inline += length
                if node.name == "a" { links += length }
            } else if !child.isDropped {
                measure(child)
                text += child.textLength; commas += child.commas
                links += node.name == "a" ? child.textLength : child.linkLength
                if child.name == "p" {
                    if child.linkLength * 2 < child.textLength { paragraphs += child.textLength }
                } else {
                    paragraphs += child.paragraphLength
                }
                if !PageStructure.blocks.contains(child.name) { inline += child.textLength - child.linkLength }
            }
        }
        node.textLength = text; node.linkLength = links; node.commas = commas
        node.paragraphLength = paragraphs; node.inlineLength = inline
    }

    /// Characters other than whitespace, and commas, in a run of text.
    static func visibleLength(_ text: String) -> (Int, Int) {
        var length = 0, commas = 0
        for byte in text.utf8 where byte > 32 {
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == 44 { commas += 1 }
        }
        return (length, commas)
    }

    static func linkDensity(_ node: PageNode) -> Double {
        node.textLength == 0 ? 0 : Double(node.linkLength) / Double(node.textLength)
    }

    // MARK: - What the page marks as its article

    /// The element the page marks as the article body (schema.org `articleBody`), or its
    /// only `article` element, when it holds most of the running text.
    private func marked(_ body: PageNode) -> PageNode? {
        let bodies = body.descendants { !$0.isDropped && ($0["itemprop"]?.lowercased().contains("articlebody") == true) }
            .filter { !$0.isDropped && isVisible($0) && $0.textLength > 300 }
        if let best = bodies.max(by: { $0.textLength < $1.textLength }) { return best }
        return nil
    }

    /// The element the page marks up as a schema.org article with microdata
    /// (`itemtype=".../NewsArticle"`, `BlogPosting`), when it holds paragraphs of its
    /// own: it wins over a scored block outside it (the next post in a list of posts).
    private func microdataArticle(_ body: PageNode) -> PageNode? {
        body.descendants { node in
            guard !node.isDropped, let type = node["itemtype"]?.lowercased(), type.contains("schema.org/") else { return false }
            return type.hasSuffix("article") || type.hasSuffix("blogposting") || type.hasSuffix("report")
        }.filter { isVisible($0) && $0.textLength > 300 && $0.paragraphLength >= 200 }.first
    }

    private func isVisible(_ node: PageNode) -> Bool {
        var current: PageNode? = node
        while let n = current { if n.isDropped { return false }; current = n.parent }
        return true
    }

    // MARK: - Scoring (readability)

    private func bestCandidate(_ body: PageNode) -> PageNode? {
        var candidates: [PageNode] = []
        func visit(_ node: PageNode) {
            for child in node.children where !child.isText && !child.isDropped {
                if isParagraphLike(child) { score(child, into: &candidates) }
                // Text written straight into a block, between its other blocks
                // (paragraphs split by <br>), counts as a paragraph of that block.
                else if ["div", "section", "article", "td"].contains(child.name) && child.inlineLength >= 100 {
                    score(child, length: child.inlineLength, into: &candidates, includingSelf: true)
                }
                visit(child)
            }
        }
        visit(body)
        var best: PageNode?
        for candidate in candidates {
            candidate.score *= 1 - ArticleExtractor.linkDensity(candidate)
            if best == nil || candidate.score > best!.score { best = candidate }
        }
        guard var top = best else { return nil }
        // A candidate that is one of several paragraphs of a larger scored block
        // stands for that block.
        while let parent = top.parent, parent.isCandidate, parent.name != "body",
              parent.score >= top.score * 0.7 || (parent.children.filter { !$0.isText && !$0.isDropped }.count == 1) {
            top = parent
        }
        return top
    }

    private func isParagraphLike(_ node: PageNode) -> Bool {
        switch node.name {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section", "span":
            return !node.children.contains { !$0.isText && !$0.isDropped && PageStructure.blocks.contains($0.name) && $0.name != "br" }
        default: return false
        }
    }

    private func score(_ node: PageNode, length: Int? = nil, into candidates: inout [PageNode], includingSelf: Bool = false) {
        let length = length ?? node.textLength
        guard length >= 25 else { return }
        let score = 1 + Double(includingSelf ? 0 : node.commas) + min(Double(length) / 100, 3)
        var ancestor = includingSelf ? node : node.parent
        var level = 0
        while let current = ancestor, level < 5, current.name != "html" {
            if !current.isCandidate {
                current.isCandidate = true
                current.score = initialScore(current)
                candidates.append(current)
            }
            let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
            current.score += score / divider
            ancestor = current.parent
            level += 1
        }
    }

    private func initialScore(_ node: PageNode) -> Double {
        var score = PageStructure.classWeight(node)
        switch node.name {
        case "div", "article": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    /// The top candidate and those of its siblings that read as more of the article.
    private func contentRoots(around top: PageNode) -> [PageNode] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, top.score * 0.2)
        var roots: [PageNode] = []
        let topClass = top["class"] ?? ""
        for sibling in parent.children where !sibling.isText && !sibling.isDropped {
            if sibling === top { roots.append(sibling); continue }
            var bonus = 0.0
            if !topClass.isEmpty && sibling["class"] == topClass { bonus = top.score * 0.2 }
            if sibling.isCandidate && sibling.score + bonus >= threshold {
                roots.append(sibling)
            } else if sibling.name == "p" {
                let density = ArticleExtractor.linkDensity(sibling)
                let length = sibling.textLength
                if length > 80 && density < 0.25 { roots.append(sibling) }
                else if length > 0 && length <= 80 && density == 0 && sibling.textContent.last == "." { roots.append(sibling) }
            }
        }
        return roots
    }
}
