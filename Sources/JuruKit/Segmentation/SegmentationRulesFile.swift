import Foundation

/// Writes the workspace's own `segmentation.srx`.
public enum SegmentationRulesFile {
    /// Installs checked SRX bytes as the workspace's rules. The file is written whole
    /// or not at all; a previous one is kept as `segmentation.srx.bak`.
    public static func install(_ data: Data, in workspace: Workspace) throws {
        let target = workspace.segmentationRules
        let backup = target.appendingPathExtension("bak")
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path) {
                if manager.fileExists(atPath: backup.path) { try manager.removeItem(at: backup) }
                try manager.copyItem(at: target, to: backup)
            }
            try data.write(to: target, options: .atomic)
        } catch {
            throw SegmentationError.malformedSRX(file: target.path, line: 0, column: 0,
                                                 reason: "cannot be written (\(error.localizedDescription))")
        }
    }
}
