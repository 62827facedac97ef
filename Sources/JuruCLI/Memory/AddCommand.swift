import ArgumentParser
import Foundation
import JuruKit

/// `juru tm add`: one translation, by hand.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an Indonesian sentence and its English translation to the project memory."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The Indonesian source.")
    var source: String

    @Argument(help: "The English translation.")
    var target: String

    @Option(help: "A note kept with the unit.")
    var note: String?

    func validate() throws {
        if source.trimmingWhitespace().isEmpty || target.trimmingWhitespace().isEmpty {
            throw ValidationError("Source and translation must both have text.")
        }
    }

    func run() throws {
        try TranslationText.check(source.trimmingWhitespace(), role: "source")
        try TranslationText.check(target.trimmingWhitespace())
        let store = try workspace.openStore()
        let project = try store.projectMemory()
        let existing = try store.projectUnitID(source: source.trimmingWhitespace(), target: target.trimmingWhitespace())
        let id = try store.add(StoredUnit(memoryId: project.id!, source: source.trimmingWhitespace(),
                                          target: target.trimmingWhitespace(), origin: "translator",
                                          createdBy: ProcessInfo.processInfo.environment["USER"], note: note))
        print(existing == nil ? "Added unit \(id)." : "Unit \(id) already has this pair; nothing added.")
    }
}
