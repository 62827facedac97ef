import Foundation
import JuruKit

extension WorkspaceOptions {
    /// The workspace's store, with the reference TMX files in `memory/` imported
    /// first if they are new or changed.
    func openStore() throws -> MemoryStore {
        let workspace = try resolved()
        let store = try MemoryStore(workspace: workspace)
        var bar: ProgressBar?
        if store.isReadOnly {
            warn("\(store.url.path) is read-only: reading works, writes are off")
            return store
        }
        let (reports, problems) = try store.syncReferenceFiles(in: workspace.memory) { name, fraction in
            if bar == nil { bar = ProgressBar("Importing \(name)") }
            bar?.update(fraction)
        }
        bar?.finish()
        for report in reports {
            var line = "reference memory \(report.file): \(count(report.added, "unit")) stored"
            if let note = report.overlongNote { line += ", " + note }
            warn(line)
        }
        for problem in problems {
            warn("reference memory \(problem.message); going on without it")
        }
        TeamHook.opened(store)  // the team's latest, when in one
        return store
    }
}

/// A line on standard error, `juru: …`, that does not stop the command.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("juru: \(message)\n".utf8))
}

/// `1 unit`, `2 units`: a count with its noun, in the singular for one.
func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
    Plural.count(number, noun, plural: plural)  // one rule for the CLI and JuruKit's messages
}

/// A command's closing line: on standard output, or on standard error when standard
/// output carries the export itself.
func report(_ line: String, toStandardError: Bool) {
    if toStandardError { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
}
