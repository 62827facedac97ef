#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif

/// Segment content (text and inline elements) as text with placeholders, and back.
enum InlineContent {
    /// Codes that enclose text: shown as `{n}` … `{/n}`.
    static let paired: Set<String> = ["g", "pc", "mrk"]

    /// The text of `element`'s content with a placeholder for each inline code.
    static func read(_ element: XMLElement) -> (text: String, codes: [InlineCode]) {
        var text = "", codes: [InlineCode] = []
        func visit(_ node: XMLNode) {
            for child in node.children ?? [] {
                if let element = child as? XMLElement {
                    let number = codes.count(where: { $0.kind != .close }) + 1
                    if paired.contains(element.bareName) {
                        let open = InlineCode(number: number, kind: .open, xml: element.startTag)
                        codes.append(open)
                        text += open.placeholder
                        visit(element)
                        let close = InlineCode(number: number, kind: .close, xml: "</\(element.name ?? "")>")
                        codes.append(close)
                        text += close.placeholder
                    } else {
                        let code = InlineCode(number: number, kind: .standalone, xml: element.xmlString)
                        codes.append(code)
                        text += code.placeholder
                    }
                } else if child.kind == .text {
                    text += child.stringValue ?? ""
                }
            }
        }
        visit(element)
        return (text, codes)
    }

    /// A target's content read with the source's placeholders: each code of the target
    /// takes the number of the source code it is the same as (same element, same id).
    static func read(_ target: XMLElement, like codes: [InlineCode]) -> String {
        let (text, own) = read(target)
        var numbers: [Int: Int] = [:]
        var used: Set<Int> = []
        for code in own where code.kind != .close {
            let match = codes.first { $0.kind == code.kind && !used.contains($0.number) && sameCode($0.xml, code.xml) }
            if let match { numbers[code.number] = match.number; used.insert(match.number) }
        }
        var result = ""
        for piece in Placeholders.pieces(of: text) {
            switch piece {
            case .text(let words): result += words
            case .placeholder(_, let number, let kind):
                if let mapped = numbers[number] {
                    result += InlineCode(number: mapped, kind: kind, xml: "").placeholder
                }
            }
        }
        return result
    }

    private static func sameCode(_ a: String, _ b: String) -> Bool {
        a == b || idAttribute(a) == idAttribute(b) && idAttribute(a) != nil && a.prefix(3) == b.prefix(3)
    }

    private static func idAttribute(_ xml: String) -> String? {
        guard let range = xml.range(of: " id=\"") else { return nil }
        let rest = xml[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Replaces `element`'s content by `xml` (text and inline codes). Content that does
    /// not parse (it always should) goes in as plain text.
    static func replaceContent(of element: XMLElement, with xml: String, plain: String) {
        element.setChildren(nil)
        let wrapper = "<w>\(xml)</w>"
        if let parsed = try? XMLElement(xmlString: wrapper) {
            for child in parsed.children ?? [] {
                child.detach()
                element.addChild(child)
            }
        } else {
            element.stringValue = plain
        }
    }
}
