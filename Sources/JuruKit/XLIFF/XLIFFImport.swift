import Foundation

/// An XLIFF file into the workspace: its segments as the file cuts them, with their
/// placeholders, translations and states; the file itself kept for the export.
public enum XLIFFImport {
    public static func isXLIFF(_ url: URL) -> Bool {
        ["xlf", "xliff", "xlz"].contains(url.pathExtension.lowercased())
    }

    /// The segments to store, in file order, each unit a paragraph.
    public static func segments(of file: XLIFFFile) throws -> [StoredSegment] {
        guard file.isIndonesian else { throw XLIFFError.sourceLanguage(file.path, found: file.sourceLanguage ?? "?") }
        let segments = file.segments().enumerated().map { position, segment in
            StoredSegment(documentId: 0, position: position, paragraph: segment.unit, paragraphKind: .body,
                          source: segment.text.trimmingCharacters(in: .whitespacesAndNewlines),
                          target: segment.target?.trimmingCharacters(in: .whitespacesAndNewlines), state: segment.state)
        }
        guard !segments.isEmpty else { throw XLIFFError.noSegments(file.path) }
        return segments
    }

    @discardableResult
    public static func add(_ url: URL, to store: MemoryStore, replace: Bool = false) throws -> MemoryStore.AddReport {
        guard let data = try? Data(contentsOf: url) else { throw XLIFFError.unreadable(url.path) }
        let file = try XLIFFFile(data: data, path: url.path)
        let report = try store.addDocument(name: url.lastPathComponent, path: url.standardizedFileURL.path,
                                           segments: try segments(of: file), replace: replace)
        try store.setSource(DocumentSource(format: .xliff, original: data), of: report.document)
        return report
    }
}
