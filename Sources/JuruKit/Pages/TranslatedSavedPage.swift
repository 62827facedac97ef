/// The saved page itself with its article translated (`juru export DOC --html OUT
/// --in-page`): the text of each paragraph whose segments are all translated is
/// replaced by the translation; every other byte of the page (head, scripts,
/// navigation, styles, attributes, comments, untranslated paragraphs) stays as it was,
/// except `lang="en"` on `html`.
///
/// The paragraphs are found again by extracting the stored page once more, the same
/// way (``ArticleExtractor``), with libxml2 telling where each element is in the bytes.
/// Inline markup in a translated paragraph: when the whole paragraph sits in one
/// element (`<p><strong>…</strong></p>`) the translation goes inside it; an inline
/// element whose text the translation still has unchanged (a name, a place) keeps its
/// tags around that text; an element without text (an image) stays, before the text;
/// the other inline tags are dropped, their words being translated into the paragraph.
public enum TranslatedSavedPage {
    public struct Report: Equatable, Sendable {
        /// Paragraphs whose text the page now has in English.
        public var translated = 0
        /// Paragraphs left in Indonesian because some of their segments are not
        /// translated (or only drafts).
        public var untranslated = 0
        /// Translated paragraphs that could not be found in the page's markup (text the
        /// page gives only in its metadata, or elements libxml2 could not place).
        public var notPlaced = 0
    }

    public static func bytes(page: [UInt8], segments: [StoredSegment], path: String) throws -> (bytes: [UInt8], report: Report) {
        guard String(validating: page, as: UTF8.self) != nil else { throw PageError.notUTF8(path) }
        // A page that declares another charset was read in it when it was added: its
        // text would not be the stored one unless it is plain ASCII.
        let declared = try SavedPage(bytes: page).declaredEncoding?.lowercased()
        let isUTF8 = declared == nil || declared == "utf-8" || declared == "utf8"
        if !isUTF8 && page.contains(where: { $0 >= 0x80 }) { throw PageError.notUTF8(path) }
        let saved = try SavedPage(utf8WithSpans: page)
        let article = ArticleExtractor().extract(saved)
        let placement = ParagraphPlacement(page: saved, bytes: page, blocks: article.blocks)
        let paragraphs = DocumentParagraph.all(segments)
        var report = Report()
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        let places = placement.places(for: paragraphs)
        report.notPlaced = paragraphs.count - places.reduce(0) { $0 + $1.paragraphs.count }
        for place in places {
            let count = place.paragraphs.count
            guard place.paragraphs.allSatisfy({ $0.translation != nil }) else { report.untranslated += count; continue }
            let translation = place.paragraphs.compactMap(\.translation).joined(separator: " ")
            // Two paragraphs whose text shares bytes (a run the page does not split)
            // cannot both be written: the second is counted as not placed.
            if let edit = placement.edit(place, translation: translation, asASCII: !isUTF8),
               !edits.contains(where: { $0.range.overlaps(edit.range) || $0.range.lowerBound == edit.range.lowerBound }) {
                edits.append(edit)
                report.translated += count
            } else {
                report.notPlaced += count
            }
        }
        if let lang = placement.languageEdit() { edits.append(lang) }
        return (apply(edits, to: page), report)
    }

    /// The page with non-overlapping edits made; an edit overlapping an earlier one is
    /// left out.
    static func apply(_ edits: [(range: Range<Int>, bytes: [UInt8])], to page: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(page.count + page.count / 4)
        var position = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= position {
            out += page[position..<edit.range.lowerBound]
            out += edit.bytes
            position = edit.range.upperBound
        }
        out += page[position...]
        return out
    }
}

/// One paragraph of the stored document: its source and, when every segment is
/// translated (not a draft), its translation.
struct DocumentParagraph {
    var kind: ParagraphKind
    var source: String
    var translation: String?

    static func all(_ segments: [StoredSegment]) -> [DocumentParagraph] {
        var paragraphs: [DocumentParagraph] = []
        var current: Int?
        for segment in segments.sorted(by: { $0.position < $1.position }) {
            let done = segment.state == .translated || segment.state == .reviewed ? segment.target : nil
            if segment.paragraph != current {
                paragraphs.append(DocumentParagraph(kind: segment.paragraphKind, source: segment.source, translation: done))
                current = segment.paragraph
            } else {
                paragraphs[paragraphs.count - 1].source += " " + segment.source
                let before = paragraphs[paragraphs.count - 1].translation
                paragraphs[paragraphs.count - 1].translation = before.flatMap { previous in done.map { previous + " " + $0 } }
            }
        }
        return paragraphs
    }
}
