import Foundation

/// An article read for translation: cleaned of its page furniture, cut into
/// segments by the workspace's rules, each segment with its paragraph.
public enum ArticleImport {
    public static func segments(of url: URL, workspace: Workspace) throws -> [StoredSegment] {
        let segmenter = try Segmenter(rules: SegmentationRules.effective(for: .indonesian, workspace: workspace.root))
        var segments: [StoredSegment] = []
        for paragraph in ArticleCleaner().clean(try TextFile.read(url)).paragraphs {
            for text in segmenter.segments(in: paragraph.text) {
                segments.append(StoredSegment(documentId: 0, position: segments.count, paragraph: paragraph.index,
                                              paragraphKind: paragraph.kind, source: text))
            }
        }
        return segments
    }

    /// Cleans, segments and stores `url` as a document named by its file name.
    @discardableResult
    public static func add(_ url: URL, to store: MemoryStore, workspace: Workspace,
                           replace: Bool = false) throws -> MemoryStore.AddReport {
        let segments = try segments(of: url, workspace: workspace)
        return try store.addDocument(name: url.lastPathComponent, path: url.standardizedFileURL.path,
                                     segments: segments, replace: replace)
    }
}
