import Foundation

/// Why a glossary file could not be read at all. Every case names the file.
public enum GlossaryError: Error, LocalizedError, Equatable {
    /// Checks that `url` is a regular, non-empty file, in this error's terms.
    static func checkFile(_ url: URL) throws(GlossaryError) {
        do { try InputFile.checkNotEmpty(url) } catch .missing(let path) { throw .missing(path) } catch { throw .notAFile(error) }
    }

    case missing(String)
    case unreadable(String)
    case unwritable(String)
    case unknownFormat(String)
    case notText(String, reason: String)
    case malformed(String, line: Int, column: Int, reason: String)
    case entityDefinitions(String)
    case notTBX(String, root: String)
    /// Not a regular file (a folder, a pipe, a device), or empty.
    case notAFile(TextFileError)
    case unknownEntity(String, line: Int, column: Int, name: String)
    /// Not one entry could be read: nothing is written into the workspace.
    case noEntries(String, skipped: [GlossaryProblem])

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .unreadable(let path): "\(path): cannot be read (check its permissions)"
        case .unwritable(let path): "\(path): cannot be written (check that its folder exists and is writable)"
        case .unknownFormat(let path):
            "\(path): not a glossary format Juru reads (.txt, .utf8, .tab, .tsv for OmegaT's tab-separated glossary; .csv; .tbx)"
        case .notText(let path, let reason): "\(path): not a text file: \(reason)"
        case .malformed(let path, let line, let column, let reason): "\(path):\(line):\(column): malformed TBX: \(reason)"
        case .entityDefinitions(let path): "\(path): refused: the file defines XML entities (<!ENTITY>), which TBX never needs"
        case .notAFile(let problem): problem.errorDescription ?? "\(problem)"
        case .unknownEntity(let path, let line, let column, let name):
            "\(path):\(line):\(column): unknown entity &\(name); (neither XML's own nor an XHTML name); write the character itself or &#NNN;"
        case .noEntries(let path, let skipped):
            "\(path): no term pair could be read, so nothing was imported"
                + (skipped.first.map { " (\(skipped.count) skipped; the first, line \($0.line): \($0.reason))" } ?? " (the file holds no terms)")
        case .notTBX(let path, let root): "\(path): not a TBX file (root element <\(root)>, expected <martif> or <tbx>)"
        }
    }
}

/// A line of a glossary file that was skipped, and why. The rest of the file loads.
public struct GlossaryProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// Where on the line, for files whose lines hold many entries (a TBX on one line).
    public var column: Int?
    public var reason: String

    public init(file: String, line: Int, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(reason); skipped" }
}
