import ArgumentParser
import Foundation
import JuruKit

/// `juru glossary export`: every loaded entry in one file.
struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace's glossaries to one TBX or OmegaT TSV file.",
        discussion: """
            TBX 2008 by default (what OmegaT 3.6 and translate-toolkit read); \
            --tbx-version 3 writes TBX-Basic v3. --format tsv writes OmegaT's \
            tab-separated glossary (forbidden translations, which it cannot mark, are \
            left out).
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "tbx or tsv.")
    var format: GlossaryFile.Format = .tbx

    @Option(name: .customLong("tbx-version"), help: "2008 or 3.")
    var tbxVersion: TBXWriter.Version = .tbx2008

    @Argument(help: "The file to write.")
    var output: String

    func validate() throws {
        if format == .csv { throw ValidationError("Export writes tbx or tsv.") }
    }

    func run() throws {
        let (_, glossary) = try workspace.loadGlossary()
        let url = URL(fileURLWithPath: output)
        switch format {
        case .tsv: try OmegaTGlossary.write(glossary.entries, to: url)
        default: try TBXWriter.write(glossary.entries, to: url, version: tbxVersion)
        }
        print("\(output): \(count(glossary.entries.count, "entry")) written")
    }
}
