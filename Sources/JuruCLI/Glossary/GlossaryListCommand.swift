import ArgumentParser
import JuruKit

/// `juru glossary list`: every entry, one per line.
struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the glossary entries, source → translations."
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let (_, glossary) = try workspace.loadGlossary()
        var output = OutputBuffer()
        for entry in glossary.entries {
            output.write(TermPrinter.line(for: entry) + "\n")
        }
        output.write("\(count(glossary.entries.count, "entry"))\n")
        output.flush()
    }
}
