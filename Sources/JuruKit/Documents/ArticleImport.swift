import Foundation

/// An article read for translation: cleaned of its page furniture, cut into
/// segments by the workspace's rules, each segment with its paragraph.
public enum ArticleImport {
    /// The article's segments, and how many over-long ones were cut into pieces
    /// (``OverlongSegments``).
    public static func segments(of url: URL, workspace: Workspace) throws -> (segments: [StoredSegment], cut: Int) {
        let segmenter = try Segmenter(rules: SegmentationRules.effective(for: .indonesian, workspace: workspace.root))
        var segments: [StoredSegment] = []
        var cut = 0
        // A saved page's article is found first; its text is then cleaned like any other.
        let article: (text: String, kinds: [String: ParagraphKind])
        if PageImport.isPage(url) { article = try PageImport.read(at: url) } else { article = (try TextFile.read(url), [:]) }
        for var paragraph in ArticleCleaner().clean(article.text).paragraphs {
            paragraph.kind = article.kinds[paragraph.text] ?? paragraph.kind
            for sentence in segmenter.segments(in: paragraph.text) {
                let pieces = OverlongSegments.pieces(of: sentence)
                if pieces.count > 1 { cut += 1 }
                for text in pieces {
                    segments.append(StoredSegment(documentId: 0, position: segments.count, paragraph: paragraph.index,
                                                  paragraphKind: paragraph.kind, source: text))
                }
            }
        }
        return (segments, cut)
    }

    /// Cleans, segments and stores `url` as a document named by its file name.
    @discardableResult
    public static func add(_ url: URL, to store: MemoryStore, workspace: Workspace,
                           replace: Bool = false) throws -> MemoryStore.AddReport {
        if XLIFFImport.isXLIFF(url) { return try XLIFFImport.add(url, to: store, replace: replace) }
        let (segments, cut) = try segments(of: url, workspace: workspace)
        var report = try store.addDocument(name: url.lastPathComponent, path: url.standardizedFileURL.path,
                                           segments: segments, replace: replace)
        if PageImport.isPage(url), let page = try? Data(contentsOf: url) {
            try store.setSource(DocumentSource(format: .html, original: page), of: report.document)
        }
        report.overlongCut = cut
        return report
    }
}
