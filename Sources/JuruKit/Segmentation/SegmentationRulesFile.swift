import Foundation

/// Writes the workspace's own `segmentation.srx`.
public enum SegmentationRulesFile {
    /// Installs checked SRX bytes as the workspace's rules. The file is written whole
    /// or not at all; a previous one is kept as `segmentation.srx.bak`. With `alone`,
    /// the rules replace the shipped ones instead of adding to them.
    public static func install(_ data: Data, in workspace: Workspace, alone: Bool = false) throws {
        let target = workspace.segmentationRules
        let marker = workspace.root.appendingPathComponent(SegmentationRules.aloneMarkerFileName)
        let backup = target.appendingPathExtension("bak")
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path) {
                if manager.fileExists(atPath: backup.path) { try manager.removeItem(at: backup) }
                try manager.copyItem(at: target, to: backup)
            }
            try data.write(to: target, options: .atomic)
            if alone {
                try Data("The rules in segmentation.srx replace Juru's shipped rules (rules import --replace).\n".utf8)
                    .write(to: marker, options: .atomic)
            } else if manager.fileExists(atPath: marker.path) {
                try manager.removeItem(at: marker)
            }
        } catch {
            throw SegmentationError.malformedSRX(file: target.path, line: 0, column: 0,
                                                 reason: "cannot be written (\(error.localizedDescription))")
        }
    }
}
