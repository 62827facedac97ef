import ArgumentParser
import Foundation
import JuruKit

/// `juru glossary`: the workspace's glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, look up, import, export and add glossary terms.",
        discussion: """
            Glossaries are the files in the workspace's glossaries/ folder: OmegaT's \
            tab-separated glossary (.txt, .utf8, .tab, .tsv), CSV (.csv) and TBX (.tbx, \
            2008 or v3). They load at start. Terms are found in a sentence however they \
            are inflected (menandatangani, ditandatanganinya ← tanda tangan).
            """,
        subcommands: [GlossaryListCommand.self, GlossaryLookupCommand.self, GlossaryImportCommand.self,
                      GlossaryExportCommand.self, GlossaryAddCommand.self]
    )
}

extension WorkspaceOptions {
    /// The workspace's glossaries, loaded; lines and files that could not be read
    /// are reported on standard error, one line each.
    func loadGlossary(quiet: Bool = false) throws -> (WorkspaceGlossary, Glossary) {
        let glossaries = WorkspaceGlossary(workspace: try resolved())
        let loaded = glossaries.load()
        if !quiet {
            for problem in loaded.problems { FileHandle.standardError.write(Data("juru: \(problem)\n".utf8)) }
        }
        for failure in loaded.failures {
            FileHandle.standardError.write(Data("juru: \(failure.localizedDescription)\n".utf8))
        }
        return (glossaries, loaded.glossary)
    }
}

extension TBXWriter.Version: ExpressibleByArgument {}
extension GlossaryFile.Format: ExpressibleByArgument {}
