import Foundation

/// What the parts of a page template are called: element names and the words page
/// templates use in `class` and `id`. These are the structure readers go by, the same
/// on every site; no site is named.
enum PageStructure {
    /// Never article text.
    static let furniture: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "nav",
        "button", "input", "select", "textarea", "option", "label", "head", "title", "meta", "link",
        "video", "audio", "map", "dialog", "menu",
    ]
    /// Elements that start a new paragraph of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "header",
        "footer", "aside", "dl", "dt", "dd", "br", "hr", "address", "center", "form", "fieldset", "body",
        "caption", "details", "summary", "picture",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Words of boilerplate parts: comments, sharing, related stories, ads, menus.
    static let unlikely: [[UInt8]] = bytes([
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "pagination",
        "pager", "popup", "modal", "newsletter", "subscribe", "signup", "promo", "share", "sharing", "recommend",
        "trending", "most-popular", "mostpopular", "outbrain", "taboola", "cookie", "consent", "toolbar",
        "read-more", "readmore", "more-stories", "navigation", "masthead", "teaser", "byline", "dateline",
    ])
    /// Words of the article's own container, which save an element named also by an
    /// unlikely word ("article-header" is not a page header).
    static let maybe: [[UInt8]] = bytes(["and", "article", "body", "column", "content", "main", "shadow", "story", "post-", "entry"])

    static let negative: [[UInt8]] = bytes([
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "byline", "author", "dateline", "caption", "credit", "newsletter",
        "subscribe", "social", "advert", "recirc", "signup", "taboola", "teaser", "card",
    ])
    static let positive: [[UInt8]] = bytes([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
        "paragraph", "prose",
    ])

    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    static func mentions(_ classAndId: String, any words: [[UInt8]]) -> Bool {
        let haystack = Array(classAndId.utf8)
        return words.contains { contains(haystack, $0) }
    }

    /// Byte search: String.contains goes through Foundation and is too slow for every
    /// class name of a page.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// +25 for an article-like class or id, -25 for a boilerplate one (readability's weights).
    static func classWeight(_ node: PageNode) -> Double {
        let names = node.classAndId
        if names.count < 2 { return 0 }
        var weight = 0.0
        let classes = (node["class"] ?? "").lowercased(), id = (node["id"] ?? "").lowercased()
        for part in [classes, id] where !part.isEmpty {
            if mentions(part, any: negative) { weight -= 25 }
            if mentions(part, any: positive) { weight += 25 }
        }
        return weight
    }

    /// Hidden from readers by the page itself.
    static func isHidden(_ node: PageNode) -> Bool {
        if node["hidden"] != nil { return true }
        if node["aria-hidden"] == "true" && node.name != "div" { return true }
        if let style = node["style"]?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }
}
