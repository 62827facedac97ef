import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XLIFF file (1.2 or 2.x) as a tree, its segments found in file order, every other
/// part of it kept for the export.
public final class XLIFFFile {
    public enum Version: Sendable, Equatable { case v1_2, v2 }

    public let document: XMLDocument
    public let version: Version
    public let path: String
    /// The source language the file declares (1.2: the first file's; 2.x: srcLang).
    public let sourceLanguage: String?

    public convenience init(url: URL) throws {
        guard let data = try? Data(contentsOf: url) else { throw XLIFFError.unreadable(url.path) }
        try self.init(data: data, path: url.path)
    }

    public init(data: Data, path: String) throws {
        if let defines = XLIFFFile.definesEntities(data), defines { throw XLIFFError.entityDefinitions(path) }
        // The byte checks the TMX, TBX and SRX readers make first: bytes that are not
        // UTF-8 where UTF-8 is declared, a thousand-attribute tag (libxml2 stalls on it),
        // an empty processing instruction (FoundationXML crashes on it).
        if let bad = UTF8Check.firstFailure(in: data) {
            throw XLIFFError.malformed(path, line: bad.line, column: bad.column, reason: bad.reason)
        }
        if let tag = TagCheck.firstFailure(in: data) {
            throw XLIFFError.malformed(path, line: tag.line, column: tag.column, reason: tag.reason)
        }
        try XLIFFWellFormedness.check(data, path: path)
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, options: [.nodePreserveWhitespace, .nodeLoadExternalEntitiesNever])
        } catch {
            throw XLIFFError.malformed(path, line: 1, column: 1, reason: "not well-formed XML")
        }
        guard let root = document.rootElement() else { throw XLIFFError.notXLIFF(path, root: "") }
        guard root.bareName == "xliff" else { throw XLIFFError.notXLIFF(path, root: root.bareName) }
        let declared = root.value(of: "version") ?? ""
        if declared.hasPrefix("1.") { version = .v1_2 }
        else if declared.hasPrefix("2.") { version = .v2 }
        else { throw XLIFFError.unsupportedVersion(path, declared.isEmpty ? "(none)" : declared) }
        self.document = document
        self.path = path
        switch version {
        case .v1_2: sourceLanguage = root.childElements("file").first?.value(of: "source-language")
        case .v2: sourceLanguage = root.value(of: "srcLang")
        }
    }

    /// Entity declarations anywhere in the first megabyte (see ``XMLProlog``).
    private static func definesEntities(_ data: Data) -> Bool? {
        let head = String(decoding: data.prefix(1 << 20), as: UTF8.self)
        return head.contains("<!ENTITY")
    }

    public var root: XMLElement { document.rootElement()! }

    /// Whether the source language is Indonesian (`id`, or the old code `in`).
    public var isIndonesian: Bool {
        guard let language = sourceLanguage?.lowercased() else { return true }
        return language == "id" || language == "in" || language.hasPrefix("id-") || language.hasPrefix("in-")
    }

    /// Every segment to translate, in file order. Units marked translate="no" (or in a
    /// group or file so marked) are left out, and left as they are in the export.
    public func segments() -> [XLIFFSegment] {
        var found: [XLIFFSegment] = []
        var unitIndex = 0
        func visit(_ element: XMLElement, translatable: Bool) {
            let translatable = translatable && element.value(of: "translate") != "no"
            switch (version, element.bareName) {
            case (.v1_2, "trans-unit"):
                if translatable { found += XLIFF12.segments(of: element, unit: unitIndex) }
                unitIndex += 1
            case (.v2, "unit"):
                if translatable { found += XLIFF2.segments(of: element, unit: unitIndex) }
                unitIndex += 1
            default:
                for child in element.children ?? [] { if let child = child as? XMLElement { visit(child, translatable: translatable) } }
            }
        }
        visit(root, translatable: true)
        return found
    }
}

/// One segment of an XLIFF file, with where it lives in the tree.
public struct XLIFFSegment {
    /// The unit it belongs to (1.2 trans-unit, 2.x unit), counted from 0 in the file.
    public var unit: Int
    /// 1.2: the trans-unit; 2.x: the segment.
    let holder: XMLElement
    /// 1.2 with seg-source: the `mrk` segment's id.
    let markId: String?
    public var text: String
    public var codes: [InlineCode]
    public var target: String?
    public var state: SegmentState
    public var notes: [String]
}

extension XMLElement {
    func childElements(_ name: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.filter { $0.bareName == name }
    }

    func childElement(_ name: String) -> XMLElement? { childElements(name).first }

    /// An attribute's value by its local name: FoundationXML's lookup by name misses
    /// attributes of elements in a default namespace.
    func value(of name: String) -> String? {
        attributeNode(name)?.stringValue
    }

    func attributeNode(_ name: String) -> XMLNode? {
        (attributes ?? []).first { $0.bareName == name }
    }

    /// Sets an attribute, replacing its value when it is there.
    func set(_ name: String, to value: String) {
        if let existing = attributeNode(name) { existing.stringValue = value; return }
        addAttribute(XMLNode.attribute(withName: name, stringValue: value) as! XMLNode)
    }

    /// The start tag as the file has it, attributes in order.
    var startTag: String {
        let attributes = (self.attributes ?? []).map { " \($0.name ?? "")=\"\(XMLText.escape($0.stringValue ?? ""))\"" }.joined()
        return "<\(name ?? "")\(attributes)>"
    }
}

extension XMLNode {
    /// The name without its namespace prefix, from the qualified name: FoundationXML's
    /// `localName` and `prefix` crash on some nodes of a default namespace.
    var bareName: String {
        let qualified = name ?? ""
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}
