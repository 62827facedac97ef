/// A translated article as clean, semantic HTML: the headline an `h1`, subheadings
/// `h2`, captions `figure`/`figcaption`, body paragraphs `p`, the date and byline as
/// metadata, in English (`lang="en"`). Untranslated segments stay in Indonesian,
/// marked with `lang="id"`.
public enum TranslatedPage {
    public static func html(_ document: StoredDocument, segments: [StoredSegment]) -> String {
        var paragraphs: [(kind: ParagraphKind, html: String, plain: String)] = []
        var current: Int?
        for segment in segments {
            let translated = segment.target.map { XMLText.escape($0) }
            let piece = translated ?? "<span lang=\"id\">\(XMLText.escape(segment.source))</span>"
            if segment.paragraph != current {
                paragraphs.append((segment.paragraphKind, piece, segment.target ?? segment.source))
                current = segment.paragraph
            } else {
                paragraphs[paragraphs.count - 1].html += " " + piece
                paragraphs[paragraphs.count - 1].plain += " " + (segment.target ?? segment.source)
            }
        }
        let title = paragraphs.first { $0.kind == .headline }?.plain ?? document.name
        var head = "<meta charset=\"utf-8\">\n<title>\(XMLText.escape(title))</title>\n"
        var body = ""
        for paragraph in paragraphs {
            switch paragraph.kind {
            case .headline: body += "<h1>\(paragraph.html)</h1>\n"
            case .dateline:
                head += "<meta name=\"date\" content=\"\(XMLText.escape(paragraph.plain))\">\n"
                body += "<p class=\"dateline\"><time>\(paragraph.html)</time></p>\n"
            case .byline:
                head += "<meta name=\"author\" content=\"\(XMLText.escape(paragraph.plain))\">\n"
                body += "<p class=\"byline\">\(paragraph.html)</p>\n"
            case .subheading: body += "<h2>\(paragraph.html)</h2>\n"
            case .caption: body += "<figure><figcaption>\(paragraph.html)</figcaption></figure>\n"
            case .body: body += "<p>\(paragraph.html)</p>\n"
            }
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n\(head)</head>\n<body>\n<article>\n\(body)</article>\n</body>\n</html>\n"
    }
}
