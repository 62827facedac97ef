import ArgumentParser
import Foundation
import JuruKit

/// `juru tm edit`: correct a unit's translation.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Give a unit of the project memory a corrected translation.",
        discussion: "The old translation stays in the unit's history (juru tm history SOURCE)."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The unit's id (juru tm lookup and juru tm search show it).")
    var id: Int64

    @Option(help: "The corrected English translation.")
    var target: String

    func run() throws {
        let target = self.target.trimmingWhitespace()
        try TranslationText.check(target)
        let store = try workspace.openStore()
        let unit = try store.editUnit(id: id, target: target)
        print(unit.id == id ? "Unit \(id) now reads: \(unit.target)" : "Unit \(id) was the same as unit \(unit.id!), which it joined.")
    }
}
