/// Where a page's elements and text runs are in its bytes, from the element spans
/// libxml2 recorded (``SavedPage/init(utf8WithSpans:)``), checked against the bytes
/// themselves: a span that does not start with the element's own tag is not trusted.
struct PageSpans {
    let bytes: [UInt8]

    /// Elements that have no content and no end tag. libxml2 gives them their parent's
    /// start: their start is the last `<` before their end.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "frame", "keygen",
    ]

    /// Elements whose content is never the page's text.
    static let neverText: Set<String> = ["script", "style", "noscript", "template", "iframe", "svg", "object"]

    /// The comments (`<!-- … -->`) in a range of the page, outside the given ranges.
    func comments(in range: Range<Int>, outside skipped: [Range<Int>]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var position = range.lowerBound
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= range.upperBound && Array(bytes[index..<index + pattern.count]) == pattern
        }
        while position < range.upperBound {
            if let skip = skipped.first(where: { $0.contains(position) }) { position = skip.upperBound; continue }
            guard bytes[position] == UInt8(ascii: "<"), matches(open, at: position) else { position += 1; continue }
            var end = position + open.count
            while end < range.upperBound && !matches(close, at: end) { end += 1 }
            guard end < range.upperBound else { break }
            found.append(position..<end + close.count)
            position = end + close.count
        }
        return found
    }

    /// The element's bytes, start tag to end tag; nil when unknown or not trusted.
    func span(of element: PageNode) -> Range<Int>? {
        guard element.begin >= 0, element.end > element.begin, element.end <= bytes.count else { return nil }
        var begin = element.begin
        if PageSpans.voidElements.contains(element.name) {
            guard let open = lastIndex(of: UInt8(ascii: "<"), before: element.end, from: element.begin) else { return nil }
            begin = open
        }
        guard startsWithTag(element.name, at: begin) else { return nil }
        return begin..<element.end
    }

    /// Between the element's start tag and its end tag (or where the parser closed it).
    func content(of element: PageNode) -> Range<Int>? {
        guard let span = span(of: element), let tag = StartTag(bytes: bytes, at: span.lowerBound),
              tag.end <= span.upperBound else { return nil }
        return tag.end..<(endTagStart(of: element.name, in: span) ?? span.upperBound)
    }

    /// A child's bytes inside its parent: an element's own span; a text run's from the
    /// element before it (or the parent's start) to the element after it (or the
    /// parent's end). Runs next to each other (split by a comment) share those bounds.
    func span(ofChild child: PageNode) -> Range<Int>? {
        if !child.isText { return span(of: child) }
        guard let parent = child.parent, let index = parent.children.firstIndex(where: { $0 === child }),
              let inside = content(of: parent) else { return nil }
        var begin = inside.lowerBound, end = inside.upperBound
        if let before = parent.children[..<index].last(where: { !$0.isText }) {
            guard let span = span(of: before) else { return nil }
            begin = span.upperBound
        }
        if let after = parent.children[(index + 1)...].first(where: { !$0.isText }) {
            guard let span = span(of: after) else { return nil }
            end = span.lowerBound
        }
        return begin <= end ? begin..<end : nil
    }

    private func startsWithTag(_ name: String, at position: Int) -> Bool {
        let name = Array(name.utf8)
        guard position + name.count < bytes.count, bytes[position] == UInt8(ascii: "<") else { return false }
        for (offset, byte) in name.enumerated() where PageSpans.lower(bytes[position + 1 + offset]) != byte { return false }
        let next = bytes[position + 1 + name.count]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next <= 32
    }

    /// Where `</name>` starts when the span ends with it.
    private func endTagStart(of name: String, in span: Range<Int>) -> Int? {
        var position = span.upperBound - 1
        guard position > span.lowerBound, bytes[position] == UInt8(ascii: ">") else { return nil }
        position -= 1
        while position > span.lowerBound && bytes[position] <= 32 { position -= 1 }
        let name = Array(name.utf8)
        let start = position - name.count - 1
        guard start > span.lowerBound, bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "/") else { return nil }
        for (offset, byte) in name.enumerated() where PageSpans.lower(bytes[start + 2 + offset]) != byte { return nil }
        return start
    }

    private func lastIndex(of byte: UInt8, before end: Int, from start: Int) -> Int? {
        var position = end - 1
        while position >= start { if bytes[position] == byte { return position }; position -= 1 }
        return nil
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

/// A start tag read from the page's bytes: its name, its attributes' places, where it
/// ends. Attribute values may hold `>` inside quotes; this is where they are skipped.
struct StartTag {
    struct Attribute {
        var name: String
        /// The value without its quotes; empty range for an attribute without a value.
        var value: Range<Int>
    }

    var nameEnd: Int
    var attributes: [Attribute] = []
    /// Just past the closing `>`.
    var end: Int

    init?(bytes: [UInt8], at start: Int) {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return nil }
        var position = start + 1
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">"),
              bytes[position] != UInt8(ascii: "/") { position += 1 }
        nameEnd = position
        end = -1
        while position < bytes.count {
            let byte = bytes[position]
            if isSpace(byte) || byte == UInt8(ascii: "/") { position += 1; continue }
            if byte == UInt8(ascii: ">") { end = position + 1; return }
            let nameStart = position
            while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                  bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") { position += 1 }
            let name = String(decoding: bytes[nameStart..<position].map(PageSpans.lower), as: UTF8.self)
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                attributes.append(Attribute(name: name, value: position..<position))
                continue
            }
            position += 1
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return nil }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = position + 1
                position = valueStart
                while position < bytes.count, bytes[position] != quote { position += 1 }
                guard position < bytes.count else { return nil }
                attributes.append(Attribute(name: name, value: valueStart..<position))
                position += 1
            } else {
                let valueStart = position
                while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                attributes.append(Attribute(name: name, value: valueStart..<position))
            }
        }
        return nil
    }
}
