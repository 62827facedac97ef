import Foundation

public enum XLIFFError: Error, LocalizedError, Equatable {
    case unreadable(String)
    case malformed(String, line: Int, column: Int, reason: String)
    case entityDefinitions(String)
    case notXLIFF(String, root: String)
    case unsupportedVersion(String, String)
    case sourceLanguage(String, found: String)
    case noSegments(String)
    case noSource(String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path): "\(path): cannot be read"
        case .malformed(let path, let line, let column, let reason): "\(path):\(line):\(column): \(reason)"
        case .entityDefinitions(let path): "\(path): refused: the file defines XML entities (<!ENTITY>), which XLIFF never needs"
        case .notXLIFF(let path, let root): "\(path):1:1: not XLIFF: the root element is <\(root)>, not <xliff>"
        case .unsupportedVersion(let path, let version): "\(path):1:1: XLIFF version \(version) is not read (1.2 and 2.x are)"
        case .sourceLanguage(let path, let found): "\(path): the source language is \(found), not Indonesian (id)"
        case .noSegments(let path): "\(path): no segment to translate (every unit is empty or marked translate=\"no\")"
        case .noSource(let name): "\(name): the document's original file is not in the store; add it again"
        }
    }
}
