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
        try TeamHook.addTerm(entry, workspace: workspace) { try glossaries.add(entry) }  // shared when in a team
        print("Added: \(TermPrinter.line(for: entry)) → glossaries/\(glossaries.addedTermsFile.lastPathComponent)")
    }
}
