import Foundation

/// What a page says about its article outside the text: `og:` and `article:` meta
/// tags, schema.org JSON-LD (headline, date, author, articleBody).
public struct PageMetadata: Sendable, Equatable {
    public var headline: String?
    public var published: String?
    public var authors: [String] = []
    /// The article's text as the publisher's JSON-LD gives it, when it does.
    public var articleBody: String?
    public var language: String?

    public init(page root: PageNode) {
        language = root["lang"]
        var metas: [String: String] = [:]
        var scripts: [String] = []
        func visit(_ node: PageNode) {
            for child in node.children where !child.isText {
                if child.name == "meta", let key = child["property"] ?? child["name"] ?? child["itemprop"],
                   let content = child["content"], metas[key.lowercased()] == nil {
                    metas[key.lowercased()] = content.foldingWhitespace()
                } else if child.name == "script", child["type"]?.lowercased().contains("ld+json") == true {
                    scripts.append(child.children.map(\.text).joined())
                }
                visit(child)
            }
        }
        visit(root)
        for script in scripts { readLinkedData(script) }
        headline = headline ?? metas["og:title"] ?? metas["twitter:title"]
        published = published ?? metas["article:published_time"] ?? metas["datepublished"] ?? metas["date"]
        if authors.isEmpty, let author = metas["author"] ?? metas["article:author"], !author.hasPrefix("http") {
            authors = [author]
        }
    }

    /// The first schema.org article (NewsArticle, BlogPosting, ...) in a JSON-LD block,
    /// which may be an object, an array or an `@graph`.
    private mutating func readLinkedData(_ json: String) {
        // Publishers often leave raw line breaks inside JSON strings and commas after
        // the last item; read those too.
        guard let value = (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]))
            ?? (try? JSONSerialization.jsonObject(with: LenientJSON.repair(json), options: [.fragmentsAllowed]))
        else { return }
        var queue: [Any] = [value]
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let list = item as? [Any] { queue += list; continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) else {
                continue
            }
            if headline == nil { headline = (object["headline"] as? String)?.foldingWhitespace() }
            if published == nil { published = object["datePublished"] as? String }
            if authors.isEmpty { authors = PageMetadata.names(object["author"]) }
            if articleBody == nil, let body = object["articleBody"] as? String, body.count > 200 {
                articleBody = body
            }
        }
    }

    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let name as String: return [name.foldingWhitespace()]
        case let object as [String: Any]: return names(object["name"])
        case let list as [Any]: return list.flatMap { names($0) }
        default: return []
        }
    }
}
