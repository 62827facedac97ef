import ArgumentParser
import Foundation
import JuruKit

/// `juru glossary add`: one term, written at once.
struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a term to the workspace's own glossary (glossaries/glossary.utf8)."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The Indonesian term.")
    var source: String

    @Argument(help: "Its English translation.")
    var target: String

    @Option(help: "A note shown with the term.")
    var note: String?

    func validate() throws {
        if source.trimmingWhitespace().isEmpty || target.trimmingWhitespace().isEmpty {
            throw ValidationError("Term and translation must both have text.")
        }
        if (source + target + (note ?? "")).contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            throw ValidationError("Term, translation and note cannot hold tabs or line breaks.")
        }
    }

    func run() throws {
        let glossaries = WorkspaceGlossary(workspace: try workspace.resolved())
        let entry = GlossaryEntry(sourceTerms: [GlossaryTerm(source.trimmingWhitespace())],
                                  targetTerms: [GlossaryTerm(target.trimmingWhitespace(), note: note)])
        // Shared when the workspace is in a team: queued in the same step as the write.
        switch try TeamHook.addTerm(entry, workspace: workspace, write: { try glossaries.add(entry) }) {
        case .added:
            print("Added: \(TermPrinter.line(for: entry)) → glossaries/\(glossaries.addedTermsFile.lastPathComponent)")
        case .alreadyThere(let file):
            print("Already in glossaries/\(file): \(TermPrinter.line(for: entry)); nothing changed")
        }
    }
}
