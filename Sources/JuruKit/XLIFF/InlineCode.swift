/// An inline code of an XLIFF segment (bold, a link, a variable, a line break): the
/// translator sees it as a placeholder — `{1}` … `{/1}` around text, `{1/}` alone —
/// moves it with the words it belongs to, and cannot break it: the code itself stays
/// in the file and comes back in the export.
public struct InlineCode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case open, close, standalone }

    public var number: Int
    public var kind: Kind
    /// The code's own XML as the file has it: the start tag, the end tag, or the whole
    /// element.
    public var xml: String

    public var placeholder: String {
        switch kind {
        case .open: "{\(number)}"
        case .close: "{/\(number)}"
        case .standalone: "{\(number)/}"
        }
    }
}

/// Placeholders in segment text: found, checked and turned back into codes.
public enum Placeholders {
    /// A piece of segment text: words, or a placeholder.
    enum Piece: Equatable {
        case text(String)
        case placeholder(String, number: Int, kind: InlineCode.Kind)
    }

    /// `text` cut at its placeholders. Braces that do not form one stay text.
    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var plain = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            plain += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let (number, kind) = parse(after[..<close]) {
                if !plain.isEmpty { pieces.append(.text(plain)); plain = "" }
                pieces.append(.placeholder(String(rest[open...close]), number: number, kind: kind))
                rest = after[after.index(after: close)...]
            } else {
                plain += "{"
                rest = after
            }
        }
        plain += rest
        if !plain.isEmpty { pieces.append(.text(plain)) }
        return pieces
    }

    /// "1" (open), "/1" (close), "1/" (standalone).
    private static func parse(_ inside: Substring) -> (Int, InlineCode.Kind)? {
        var body = inside, kind = InlineCode.Kind.open
        if body.hasPrefix("/") { body = body.dropFirst(); kind = .close }
        else if body.hasSuffix("/") { body = body.dropLast(); kind = .standalone }
        guard !body.isEmpty, body.count <= 4, body.allSatisfy(\.isASCII), let number = Int(body), number > 0 else { return nil }
        return (number, kind)
    }

    /// The placeholders of `text`, in order.
    public static func placeholders(in text: String) -> [String] {
        pieces(of: text).compactMap { if case .placeholder(let token, _, _) = $0 { token } else { nil } }
    }

    /// What is wrong with the placeholders of a translation: each placeholder of the
    /// source missing from it, given twice, or not in the source at all, and a pair
    /// closed before it is opened.
    public static func problems(source: String, target: String) -> [String] {
        let expected = placeholders(in: source)
        guard !expected.isEmpty || target.contains("{") else { return [] }
        let found = placeholders(in: target)
        var problems: [String] = []
        var counts: [String: Int] = [:]
        for token in found { counts[token, default: 0] += 1 }
        for token in expected where counts[token] == nil { problems.append("placeholder \(token) is missing") }
        for token in Set(found) where !expected.contains(token) { problems.append("placeholder \(token) is not in the source") }
        for (token, count) in counts where count > 1 && expected.contains(token) {
            problems.append("placeholder \(token) is there \(count) times")
        }
        if problems.isEmpty && !isNested(target) { problems.append("placeholders are not nested as pairs") }
        return problems.sorted()
    }

    /// Whether every `{n}` is closed by its `{/n}`, pairs nested inside each other.
    static func isNested(_ text: String) -> Bool {
        var open: [Int] = []
        for piece in pieces(of: text) {
            guard case .placeholder(_, let number, let kind) = piece else { continue }
            switch kind {
            case .open: open.append(number)
            case .close: if open.popLast() != number { return false }
            case .standalone: break
            }
        }
        return open.isEmpty
    }

    /// The XML for a translation: its words escaped, each placeholder replaced by its
    /// code. A translation whose placeholders are broken keeps its words, and its codes
    /// follow at the end in the source's order, so that the file stays well-formed and
    /// no code is lost (QA has reported the problem).
    static func xml(for text: String, codes: [InlineCode]) -> String {
        let byToken = Dictionary(codes.map { ($0.placeholder, $0.xml) }, uniquingKeysWith: { first, _ in first })
        let intact = problems(source: codes.map(\.placeholder).joined(), target: text).isEmpty
        var xml = ""
        for piece in pieces(of: text) {
            switch piece {
            case .text(let words): xml += XMLText.escape(words)
            case .placeholder(let token, _, _):
                if intact, let code = byToken[token] { xml += code } else if !intact && byToken[token] != nil { continue }
                else { xml += XMLText.escape(token) }
            }
        }
        if !intact { xml += codes.map(\.xml).joined() }
        return xml
    }
}
