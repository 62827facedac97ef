/// A news page after cleaning: the paragraphs a translator translates, and the lines
/// set aside as page boilerplate, in the order the page had them.
public struct Article: Sendable {
    public var lines: [ArticleLine]

    public init(lines: [ArticleLine]) {
        self.lines = lines
    }

    /// Every non-empty line kept as a body paragraph, nothing set aside.
    public init(rawText: String) {
        var lines: [ArticleLine] = []
        for (number, line) in rawText.sourceLines() where !line.isEmpty {
            lines.append(.kept(Paragraph(index: lines.count, line: number, text: line, kind: .body)))
        }
        self.lines = lines
    }

    /// The paragraphs kept for translation, in order.
    public var paragraphs: [Paragraph] {
        lines.compactMap { if case .kept(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// The lines (or line ends) set aside, in order.
    public var setAside: [SetAsideLine] {
        lines.compactMap { if case .setAside(let line) = $0 { line } else { nil } }
    }
}

/// One line of a cleaned page: kept, or set aside.
public enum ArticleLine: Sendable, Equatable {
    case kept(Paragraph)
    case setAside(SetAsideLine)
}

/// A paragraph kept for translation. Its boundaries are hard segment boundaries.
public struct Paragraph: Sendable, Equatable {
    /// Its place among the kept paragraphs, from 0.
    public var index: Int
    /// The line of the source file it came from, from 1.
    public var line: Int
    /// The text, whitespace trimmed at both ends.
    public var text: String
    public var kind: ParagraphKind

    public init(index: Int, line: Int, text: String, kind: ParagraphKind) {
        self.index = index
        self.line = line
        self.text = text
        self.kind = kind
    }
}

/// What part of a news article a kept paragraph is.
public enum ParagraphKind: String, Sendable, Codable, CaseIterable {
    case headline
    /// Date and time of publication.
    case dateline
    /// Author, editor, reporter or source lines.
    case byline
    /// Headings inside the article, the standfirst under the headline, section labels.
    case subheading
    /// A photo or infographic caption.
    case caption
    case body
}

/// A line (or the tail of one, such as a photo credit) that cleaning set aside.
public struct SetAsideLine: Sendable, Equatable {
    public var line: Int
    public var text: String
    public var reason: Boilerplate

    public init(line: Int, text: String, reason: Boilerplate) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// Why a line is page boilerplate rather than article text.
public enum Boilerplate: String, Sendable, Codable, CaseIterable {
    case navigation
    case consentNotice = "consent-notice"
    case relatedLink = "related-link"
    case advertisement
    case pageSection = "page-section"
    case photoCredit = "photo-credit"
    case repeatedHeadline = "repeated-headline"
    case copyright
    case pageRendering = "page-rendering"
    case tagList = "tag-list"
    case textControls = "text-controls"
    case promotion
    case editorCode = "editor-code"
    case rubric
    case repeatedText = "repeated-text"
    case teaser
    case pageInterface = "page-interface"
    case notice

    public var description: String {
        switch self {
        case .navigation: "navigation"
        case .consentNotice: "cookie or consent notice"
        case .relatedLink: "related-article link"
        case .advertisement: "advertisement"
        case .pageSection: "page section"
        case .photoCredit: "photo credit"
        case .repeatedHeadline: "headline repeated"
        case .copyright: "copyright"
        case .pageRendering: "page rendering"
        case .tagList: "tag list"
        case .textControls: "text-size controls"
        case .promotion: "promotion"
        case .editorCode: "editor's code"
        case .rubric: "rubric or category label"
        case .repeatedText: "text repeated"
        case .teaser: "teaser of another story"
        case .pageInterface: "page interface"
        case .notice: "site notice or disclaimer"
        }
    }
}

extension String {
    /// The lines of a text file with their numbers from 1, whitespace (no-break spaces
    /// included) trimmed. CRLF, CR and LF all end a line.
    func sourceLines() -> [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        var number = 0
        for line in split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            number += 1
            result.append((number, line.trimmingWhitespace()))
        }
        return result
    }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }
}
