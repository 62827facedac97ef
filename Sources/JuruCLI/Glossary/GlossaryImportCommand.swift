import ArgumentParser
import Foundation
import JuruKit

/// `juru glossary import`: copy glossary files into the workspace.
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import glossary files (OmegaT TSV, CSV, TBX 2008 or v3) into the workspace.",
        discussion: """
            Each file's entries are written into glossaries/ (TSV and CSV as OmegaT's \
            .utf8, TBX as TBX 2008), replacing an earlier import of the same name; a \
            file named like the added terms (glossary.tsv) becomes glossary-imported.utf8. Lines \
            that cannot be read are reported with their line number and skipped. A CSV or \
            TSV file with a header row is read by column name (source/target, \
            sourceString/targetString, id/en, Indonesian/English, Istilah/Padanan, pos, \
            description, notes); an English→Indonesian file is turned round, and the \
            message says so. A file that gives no entry writes nothing and exits 1.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Glossary files.")
    var files: [String]

    func run() throws {
        let glossaries = WorkspaceGlossary(workspace: try workspace.resolved())
        for file in files {
            let report = try glossaries.importFile(URL(fileURLWithPath: file))
            for problem in report.problems { FileHandle.standardError.write(Data("juru: \(problem)\n".utf8)) }
            let skipped = report.problems.isEmpty ? "" : ", \(count(report.problems.count, "line")) skipped"
            let how = report.notes.isEmpty ? "" : " (\(report.notes.joined(separator: "; ")))"
            print("\(file): \(count(report.entries, "entry")) imported\(skipped)\(how) → glossaries/\(report.storedAs.lastPathComponent)")
        }
    }
}
