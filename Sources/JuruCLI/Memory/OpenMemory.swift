import Foundation
import JuruKit

extension WorkspaceOptions {
    /// The workspace's store, with the reference TMX files in `memory/` imported
    /// first if they are new or changed.
    func openStore() throws -> MemoryStore {
        let workspace = try resolved()
        let store = try MemoryStore(workspace: workspace)
        var bar: ProgressBar?
        let reports = try store.syncReferenceFiles(in: workspace.memory) { name, fraction in
            if bar == nil { bar = ProgressBar("Importing \(name)") }
            bar?.update(fraction)
        }
        bar?.finish()
        for report in reports {
            FileHandle.standardError.write(Data("juru: reference memory \(report.file): \(Plural.count(report.units, "unit"))\n".utf8))
        }
        return store
    }
}
