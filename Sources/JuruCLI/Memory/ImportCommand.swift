import ArgumentParser
import Foundation
import JuruKit

/// `juru tm import`: TMX files into the project memory.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import TMX files (1.1 to 1.4b) into the project memory.",
        discussion: """
            Indonesian variants become sources and English ones targets, whatever the \
            file's srclang. Each file is imported whole or not at all.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: ArgumentHelp("TMX files to import.", valueName: "file"))
    var files: [String]

    @Flag(help: "Also put the units new to the memory on the team server, for every member (the workspace must be in a team).")
    var team = false

    func run() throws {
        let store = try workspace.openStore()
        for file in files {
            var bar = ProgressBar("Importing \(file)")
            let report = try store.importTMX(URL(fileURLWithPath: file), forTeam: team) { bar.update($0) }
            bar.finish()
            var line = "\(file): \(count(report.units, "unit")) read: \(report.added) new, \(report.updated) updated"
            if report.duplicates > 0 { line += ", \(count(report.duplicates, "duplicate")) within the file" }
            if report.alreadyThere > 0 { line += ", \(report.alreadyThere) already in the memory" }
            if report.skipped > 0 { line += ", \(report.skipped) skipped (no Indonesian–English pair or an empty segment)" }
            if let note = report.overlongNote { line += ", " + note }
            if team { line += "; the \(count(report.added, "new unit")) queued for the team" }
            print(line)
        }
    }
}
