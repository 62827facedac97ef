import ArgumentParser
import Foundation
import JuruKit

/// `juru doctor`: is the store sound, and what to do when it is not.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the workspace's store with SQLite's integrity check, and say how to recover.",
        discussion: "Changes nothing. Exit status 1 when something is wrong."
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let url = try workspace.resolved().memory.appendingPathComponent(MemoryStore.fileName)
        let diagnosis = StoreDoctor.examine(url)
        if diagnosis.isSound {
            print("\(url.path): sound (SQLite's integrity check: ok).")
            return
        }
        for problem in diagnosis.problems { print("  \(problem)") }
        print("""
            How to recover:
              1. Copy the memory/ folder somewhere safe before anything else.
              2. Export what can still be read: juru tm export saved.tmx (and juru export DOC --tsv …).
            """)
        if let backup = diagnosis.backups.first {
            print("  3. Or go back to the backup made before the last schema change: move \(url.lastPathComponent) away and copy \(backup.lastPathComponent) to \(url.lastPathComponent).")
        } else {
            print("  3. SQLite's own tool can rebuild what is readable: sqlite3 \(url.lastPathComponent) .recover | sqlite3 recovered.sqlite")
        }
        throw ExitCode.failure
    }
}
