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
        root = SavedPage.build(top, parent: nil)
    }

    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw PageError.unreadable(url.path) }
        guard !data.isEmpty else { throw PageError.emptyFile(url.path) }
        try self.init(bytes: [UInt8](data))
    }

    /// The attributes the article is found by; the others (links, image sources, data
    /// attributes, handlers) are not copied out of libxml2's tree.
    static let readAttributes: Set<String> = [
        "class", "id", "role", "hidden", "aria-hidden", "style", "itemprop", "itemtype", "property", "name",
        "content", "type", "lang",
    ]
    static let unread: Set<String> = ["style", "svg", "template", "iframe", "object", "embed", "canvas", "math", "noscript"]

    private static func build(_ raw: JuruPageNode, parent: PageNode?) -> PageNode {
        let node: PageNode
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
                            text: "", line: juru_node_line(raw))
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
                            line: juru_node_line(raw))
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

    public var errorDescription: String? {
        switch self {
        case .empty: "the page is empty"
        case .emptyFile(let path): "\(path):1:1: the page is empty"
        case .unreadable(let path): "\(path): cannot be read"
        case .noArticle(let path): "\(path):1:1: no article found on the page (no block of running text)"
        }
    }
}
