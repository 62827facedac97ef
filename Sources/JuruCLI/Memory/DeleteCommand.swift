import ArgumentParser
import Foundation
import JuruKit

/// `juru tm delete`: take a wrong unit out of the project memory.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a unit of the project memory, by id or by its Indonesian source.",
        discussion: """
            Ids are shown by juru tm lookup and juru tm search. The translation stays in \
            the unit's history (juru tm history SOURCE) and is never offered as a match. \
            Reference memories change only with their file in memory/.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The unit's id.")
    var id: Int64?

    @Option(help: "Delete every project-memory unit with exactly this source instead.")
    var source: String?

    func validate() throws {
        if (id == nil) == (source == nil) { throw ValidationError("Give a unit id or --source TEXT, not both.") }
    }

    func run() throws {
        let store = try workspace.openStore()
        if let id {
            try store.deleteUnit(id: id)
            print("Deleted unit \(id).")
        } else if let source {
            let deleted = try store.deleteUnits(source: source.trimmingWhitespace())
            guard deleted > 0 else { throw UnitCommandError.noSource(source) }
            print("Deleted \(count(deleted, "unit")).")
        }
    }
}

enum UnitCommandError: Error, LocalizedError {
    case noSource(String)

    var errorDescription: String? {
        switch self {
        case .noSource(let source): "the project memory has no unit with the source \"\(source)\""
        }
    }
}
