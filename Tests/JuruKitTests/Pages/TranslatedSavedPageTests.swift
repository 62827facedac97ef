import Foundation
import Testing
@testable import JuruKit

/// `juru export DOC --html OUT --in-page`: the saved page with its article translated
/// and every other byte as it was. The pages are the page fixtures (Juru's own, see
/// Fixtures/pages/README.md) and the benchmark's 181 real pages in `../shared/data/html`.
struct TranslatedSavedPageTests {
    /// The document `juru add` stores for a page, every segment "translated" with a
    /// marked text of its own so that each can be found in the output.
    static func document(of page: [UInt8], translating share: (Int) -> Bool = { _ in true }) throws -> [StoredSegment] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juru-inpage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("page.html")
        try Data(page).write(to: url)
        var segments = try ArticleImport.segments(of: url, workspace: Workspace(root: Fixtures.repositoryRoot)).segments
        for index in segments.indices where share(segments[index].paragraph) {
            segments[index].target = "English text \(index) of paragraph \(segments[index].paragraph) & more."
            segments[index].state = .translated
        }
        return segments
    }

    static func paragraphText(_ segments: [StoredSegment], _ paragraph: Int) -> String {
        segments.filter { $0.paragraph == paragraph }.map(\.source).joined(separator: " ")
    }

    @Test func replacesTheArticleTextAndLeavesTheRestByteForByte() throws {
        let page = [UInt8](try Data(contentsOf: Fixtures.url("pages/berita-banjir.html")))
        let segments = try Self.document(of: page)
        let (out, report) = try TranslatedSavedPage.bytes(page: page, segments: segments, path: "berita-banjir.html")
        let html = String(decoding: out, as: UTF8.self)
        for segment in segments where report.notPlaced == 0 {
            #expect(html.contains(XMLText.escape(segment.target!)), "\(segment.target!)")
        }
        #expect(report.translated > 0 && report.untranslated == 0)
        // The body paragraphs are all in the page's markup.
        let body = Set(segments.filter { $0.paragraphKind == .body }.map(\.paragraph))
        #expect(report.translated >= body.count, "\(report)")
        for paragraph in body {
            #expect(!html.contains(Self.paragraphText(segments, paragraph)), "still in Indonesian: paragraph \(paragraph)")
        }
        #expect(html.contains("<html lang=\"en\">"))
        let source = String(decoding: page, as: UTF8.self)
        // Head, navigation, scripts, comments and footer untouched.
        let head = try #require(source.range(of: "<head>")).lowerBound..<(try #require(source.range(of: "</head>")).upperBound)
        #expect(html.contains(source[head]))
        for furniture in ["<nav", "Baca Juga", "Terpopuler", "Hak cipta", "<footer", "<!--"] {
            #expect(source.components(separatedBy: furniture).count == html.components(separatedBy: furniture).count, "\(furniture)")
        }
        try Self.expectOnlyTheArticleChanged(page, out)
    }

    @Test func untranslatedParagraphsStayInIndonesianAndAreCounted() throws {
        let page = [UInt8](try Data(contentsOf: Fixtures.url("pages/berita-banjir.html")))
        let segments = try Self.document(of: page, translating: { $0 % 2 == 0 })
        let (out, report) = try TranslatedSavedPage.bytes(page: page, segments: segments, path: "berita-banjir.html")
        let html = String(decoding: out, as: UTF8.self)
        let odd = Set(segments.map(\.paragraph).filter { $0 % 2 == 1 })
        let bodyOdd = odd.filter { p in segments.first { $0.paragraph == p }?.paragraphKind == .body }
        #expect(report.untranslated >= bodyOdd.count && report.untranslated <= odd.count, "\(report)")
        #expect(report.translated + report.untranslated + report.notPlaced == Set(segments.map(\.paragraph)).count)
        for paragraph in odd where segments.first(where: { $0.paragraph == paragraph })?.paragraphKind == .body {
            let text = Self.paragraphText(segments, paragraph)
            #expect(try SavedPage(bytes: out).root.textContent.contains(text), "\(text)")
        }
        #expect(html.contains("English text 0 of paragraph 0"))
    }

    @Test func aPageInAnotherCharsetIsRefused() throws {
        let page = [UInt8](try Data(contentsOf: Fixtures.url("pages/berita-latin1.html")))
        #expect(throws: PageError.notUTF8("berita-latin1.html")) {
            try TranslatedSavedPage.bytes(page: page, segments: [], path: "berita-latin1.html")
        }
    }

    @Test func inlineElementsKeepTheirTagsAroundTextTheTranslationKeeps() throws {
        let page = Array("""
            <!DOCTYPE html><html><head><title>t</title></head><body><article>
            <p>Presiden <a href="/tokoh/joko-widodo">Joko Widodo</a> meresmikan <em>jembatan</em> baru di Kalimantan Timur pada Senin pagi, didampingi para menteri.</p>
            <p><strong>Acara itu dihadiri ribuan warga yang datang dari berbagai daerah sejak pagi hari, menurut panitia.</strong></p>
            </article></body></html>
            """.utf8)
        var segments = try Self.document(of: page, translating: { _ in false })
        for index in segments.indices {
            segments[index].target = segments[index].source.hasPrefix("Presiden")
                ? "President Joko Widodo opened a new bridge in East Kalimantan on Monday morning, with his ministers."
                : segments[index].source.hasPrefix("Acara") ? "Thousands of residents attended, the organisers said." : segments[index].source
            segments[index].state = .translated
        }
        let (out, _) = try TranslatedSavedPage.bytes(page: page, segments: segments, path: "inline.html")
        let html = String(decoding: out, as: UTF8.self)
        #expect(html.contains("<p>President <a href=\"/tokoh/joko-widodo\">Joko Widodo</a> opened a new bridge in East Kalimantan on Monday morning, with his ministers.</p>"))
        #expect(html.contains("<p><strong>Thousands of residents attended, the organisers said.</strong></p>"))
        #expect(!html.contains("<em>"))
    }

    /// Every real page of the extraction benchmark that is in UTF-8: each translated
    /// body paragraph placed, its Indonesian (here: English) source gone, the output
    /// parsed again with the translations in its text, and the bytes outside the
    /// article as they were.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func benchmarkPagesKeepEverythingOutsideTheArticle() throws {
        let folder = SharedData.root!.appendingPathComponent("data/html/pages")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }.sorted()
        var pages = 0, paragraphs = 0, placed = 0
        for file in files {
            let page = try ShingleScore.gunzip(folder.appendingPathComponent(file))
            guard String(validating: page, as: UTF8.self) != nil,
                  (try? SavedPage(bytes: page).declaredEncoding?.lowercased()).map({ $0 == nil || $0!.hasPrefix("utf") }) ?? false,
                  let segments = try? Self.document(of: page) else { continue }
            let (out, report) = try TranslatedSavedPage.bytes(page: page, segments: segments, path: file)
            pages += 1
            paragraphs += Set(segments.map(\.paragraph)).count
            placed += report.translated
            let text = try SavedPage(bytes: out).root.textContent
            for segment in segments {
                // A segment placed in the page is in its text after a new parse.
                if text.contains(segment.target!) { continue }
                #expect(report.notPlaced > 0, "\(file): \(segment.target!) missing with every paragraph placed")
            }
            try Self.expectOnlyTheArticleChanged(page, out, file: file)
        }
        #expect(pages >= 150)
        #expect(Double(placed) >= Double(paragraphs) * 0.9, "\(placed) of \(paragraphs) paragraphs placed on \(pages) pages")
    }

    /// The bytes before `<body` are the page's (but for `lang="en"`), and every script,
    /// style and comment of the page is still in it, byte for byte.
    static func expectOnlyTheArticleChanged(_ page: [UInt8], _ out: [UInt8], file: String = "") throws {
        let source = String(decoding: page, as: UTF8.self), html = String(decoding: out, as: UTF8.self)
        if let body = source.range(of: "<body"), let headEnd = source.range(of: "</head>"), headEnd.upperBound < body.lowerBound {
            let head = source[source.index(after: source.startIndex)..<headEnd.upperBound]
            if let htmlTag = head.range(of: "<html") {
                #expect(html.contains(head[head.index(htmlTag.lowerBound, offsetBy: 0)...].drop { $0 != ">" }), "\(file): head")
            }
        }
        for (open, close) in [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->")] {
            var rest = source[...]
            while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
                let piece = rest[start.lowerBound..<end.upperBound]
                #expect(html.contains(piece), "\(file): \(piece.prefix(80)) changed")
                rest = rest[end.upperBound...]
            }
        }
        #expect(out.count > page.count / 2, "\(file)")
    }
}
