import Foundation

/// Why a TMX file could not be read. Every case names the file; positions are
/// `line:column`.
public enum TMXError: Error, LocalizedError, Equatable {
    case missing(String)
    case unreadable(String)
    case unwritable(String)
    case malformed(String, line: Int, column: Int, reason: String)
    case entityDefinitions(String)
    case notTMX(String, root: String)
    case noPair(String, found: [String])
    case unknownEntity(String, line: Int, column: Int, name: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .unreadable(let path): "\(path): cannot be read (check its permissions)"
        case .unwritable(let path): "\(path): cannot be written (check that its folder exists and is writable)"
        case .malformed(let path, let line, let column, let reason): "\(path):\(line):\(column): malformed TMX: \(reason)"
        case .entityDefinitions(let path): "\(path): refused: the file defines XML entities (<!ENTITY>), which TMX never needs"
        case .notTMX(let path, let root): "\(path): not a TMX file (root element <\(root)>, expected <tmx>)"
        case .unknownEntity(let path, let line, let column, let name):
            "\(path):\(line):\(column): unknown entity &\(name); (neither XML's own nor an XHTML name); write the character itself or &#NNN;"
        case .noPair(let path, let found): "\(path): no unit has both Indonesian and English (languages found: \(found.joined(separator: ", ")))"
        }
    }
}
