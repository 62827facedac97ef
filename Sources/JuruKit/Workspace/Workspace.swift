import Foundation

/// The folder a translator works in, laid out like Juru's own repository:
/// `glossaries/` (glossary files loaded at start), `memory/` (reference TMX files and
/// the working store) and an optional `segmentation.srx` with the translator's own
/// segmentation rules.
public struct Workspace: Sendable {
    /// The environment variable that names the workspace when `--workspace` is not given.
    public static let environmentVariable = "JURU_WORKSPACE"

    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The workspace named on the command line, else by `JURU_WORKSPACE`, else the
    /// current directory.
    public static func resolve(_ path: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Workspace {
        let chosen = path ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let url = chosen.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return Workspace(root: url)
    }

    public var glossaries: URL { root.appendingPathComponent("glossaries", isDirectory: true) }
    public var memory: URL { root.appendingPathComponent("memory", isDirectory: true) }
    public var segmentationRules: URL { root.appendingPathComponent(SegmentationRules.workspaceFileName) }

    /// Checks that the workspace folder exists, so that a typo in `--workspace` is an
    /// error rather than an empty workspace.
    public func validate() throws(WorkspaceError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .missing(root.path)
        }
        guard isDirectory.boolValue else { throw .notAFolder(root.path) }
    }
}

/// What can go wrong with the workspace folder itself.
public enum WorkspaceError: Error, LocalizedError, Equatable {
    case missing(String)
    case notAFolder(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): workspace folder does not exist; create it or pass another --workspace"
        case .notAFolder(let path): "\(path): workspace is not a folder; pass a folder to --workspace"
        }
    }
}
