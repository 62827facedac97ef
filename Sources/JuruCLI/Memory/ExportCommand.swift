import ArgumentParser
import Foundation
import JuruKit

/// `juru tm export`: the memory as TMX 1.4b.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the memory as TMX 1.4b (UTF-8, Indonesian source).",
        discussion: "By default only the project memory; --all adds the reference memories."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: ArgumentHelp("The TMX file to write; - for standard output.", valueName: "out.tmx"))
    var output: String

    @Flag(help: "Include the read-only reference memories.")
    var all = false

    func run() throws {
        let store = try workspace.openStore()
        let writer = try TMXWriter(path: output)
        do {
            writer.reserve(try store.numericTUIDs(inMemories: all ? nil : [StoredMemory.projectName]))
            try store.forEachUnit(inMemories: all ? nil : [StoredMemory.projectName]) { try writer.write($0) }
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
        report("\(output == "-" ? "standard output" : output): \(count(writer.unitsWritten, "unit")) written", toStandardError: output == "-")
    }
}
