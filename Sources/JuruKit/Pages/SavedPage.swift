import CPageTree
import Foundation

/// A web page as a browser saved it, parsed by libxml2's HTML parser into ``PageNode``s.
public struct SavedPage {
    public let root: PageNode
    /// The charset the page declared, if it declared one.
    public let declaredEncoding: String?

    /// Parses a page. A page that declares its charset is read in it; one that does not
    /// is read as UTF-8 when its bytes are UTF-8, else as Windows-1252 (what browsers
    /// assume for Latin-1).
    public init(bytes: [UInt8]) throws {
        let guess = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
        guard let page = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    juru_page_parse($0, buffer.count, guess)
                }
            }
        }) else { throw PageError.empty }
        defer { juru_page_free(page) }
        declaredEncoding = juru_page_declared_encoding(page).map { String(cString: $0) }
        guard let top = juru_page_root(page) else { throw PageError.empty }
        var builder = TreeBuilder(page: nil)
        root = builder.build(top, parent: nil)
    }

    /// Parses a page saved in UTF-8 and keeps where each element is in `bytes`
    /// (``PageNode/begin``, ``PageNode/end``), for writing the page back with its
    /// article translated. The tree is the one ``init(bytes:)`` gives for that page.
    public init(utf8WithSpans bytes: [UInt8]) throws {
        guard let page = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    juru_page_parse_utf8_with_spans($0, buffer.count)
                }
            }
        }) else { throw PageError.empty }
        defer { juru_page_free(page) }
        declaredEncoding = nil
        guard let top = juru_page_root(page) else { throw PageError.empty }
        var builder = TreeBuilder(page: page)
        root = builder.build(top, parent: nil)
    }

    public init(contentsOf url: URL) throws {
        try self.init(atPath: url.path)
    }

    public init(atPath path: String) throws {
        let bytes = try InputFile.bytes(atPath: path)
        guard !bytes.isEmpty else { throw PageError.emptyFile(path) }
        try self.init(bytes: bytes)
    }

    /// The attributes the article is found by; the others (links, image sources, data
    /// attributes, handlers) are not copied out of libxml2's tree.
    static let readAttributes: Set<String> = [
        "class", "id", "role", "hidden", "aria-hidden", "style", "itemprop", "itemtype", "property", "name",
        "content", "type", "lang",
    ]
    static let unread: Set<String> = ["style", "svg", "template", "iframe", "object", "embed", "canvas", "math", "noscript"]

}

/// Copies libxml2's tree into ``PageNode``s, numbering them in page order.
private struct TreeBuilder {
    /// Given when the page was parsed with spans.
    let page: OpaquePointer?
    var next = 0

    mutating func build(_ raw: JuruPageNode, parent: PageNode?) -> PageNode {
        let node: PageNode
        let order = next
        next += 1
        switch juru_node_kind(raw) {
        case Int32(JURU_NODE_ELEMENT):
            var attributes: [String: String] = [:]
            var attribute = juru_node_first_attribute(raw)
            while let current = attribute {
                if let rawName = juru_attribute_name(current) {
                    let name = String(cString: rawName).lowercased()
                    if SavedPage.readAttributes.contains(name), let value = juru_attribute_value(raw, current) {
                        attributes[name] = String(cString: value)
                        juru_page_string_free(value)
                    }
                }
                attribute = juru_attribute_next(current)
            }
            node = PageNode(name: String(cString: juru_node_name(raw)!).lowercased(), attributes: attributes,
                            text: "", line: juru_node_line(raw), order: order)
            if let page {
                var begin = 0, end = 0
                if juru_node_span(page, raw, &begin, &end) != 0 { node.begin = begin; node.end = end }
            }
            // What is never text (styles, drawings, scripts other than JSON-LD) is kept
            // as an empty element: its name is all the extraction needs.
            if SavedPage.unread.contains(node.name)
                || node.name == "script" && attributes["type"]?.lowercased().contains("ld+json") != true {
                node.parent = parent
                return node
            }
            var child = juru_node_first_child(raw)
            while let current = child {
                let kind = juru_node_kind(current)
                if kind == Int32(JURU_NODE_ELEMENT) || kind == Int32(JURU_NODE_TEXT) || kind == Int32(JURU_NODE_CDATA) {
                    node.children.append(build(current, parent: node))
                }
                child = juru_node_next_sibling(current)
            }
        default:
            node = PageNode(name: "", attributes: [:], text: juru_node_text(raw).map { String(cString: $0) } ?? "",
                            line: juru_node_line(raw), order: order)
        }
        node.parent = parent
        return node
    }
}

public enum PageError: Error, LocalizedError, Equatable {
    case empty
    case emptyFile(String)
    case unreadable(String)
    case noArticle(String)
    case notUTF8(String)
    case notFromPage(String)

    public var errorDescription: String? {
        switch self {
        case .empty: "the page is empty"
        case .emptyFile(let path): "\(path):1:1: the page is empty"
        case .unreadable(let path): "\(path): cannot be read"
        case .noArticle(let path): "\(path):1:1: no article found on the page (no block of running text)"
        case .notFromPage(let name): "\(name) was not added from a saved page: --in-page needs one (--html alone writes a clean page)"
        case .notUTF8(let path):
            "\(path): --in-page writes back pages saved in UTF-8 only; this one is in another charset (use --html for a clean page)"
        }
    }
}
