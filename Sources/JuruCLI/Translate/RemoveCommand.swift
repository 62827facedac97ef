import ArgumentParser
import Foundation
import JuruKit

/// `juru remove`: take a document out of the workspace.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents and their segments from the workspace.",
        discussion: "The translations confirmed in them stay in the memory (juru tm delete removes those)."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The documents, as juru add named them.")
    var documents: [String]

    func run() throws {
        let store = try workspace.openStore()
        let chosen = try documents.map { try workspace.document(named: $0, in: store) }
        for document in chosen {
            try store.removeDocument(document)
            print("Removed \(document.name).")
        }
    }
}
