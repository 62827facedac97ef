import ArgumentParser
import Foundation
import JuruKit

/// `juru add`: articles into the workspace, ready to translate.
struct AddArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Clean, segment and store Indonesian articles in the workspace.",
        discussion: """
            Each article becomes a document named by its file name, its segments in order \
            with their paragraphs. Adding a changed article again keeps the translations \
            of the segments whose text did not change.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Article files: text (UTF-8 or UTF-16), saved web pages (.html), or XLIFF 1.2/2.x (.xlf, .xliff).")
    var articles: [String]

    @Flag(help: "Replace a document of the same name that came from another file.")
    var replace = false

    func run() throws {
        let root = try workspace.resolved()
        let store = try MemoryStore(workspace: root)
        for article in articles {
            let report = try ArticleImport.add(URL(fileURLWithPath: article), to: store, workspace: root, replace: replace)
            let kept = report.isNew ? "" : " (updated; \(count(report.keptTranslations, "translation")) kept)"
            print("\(report.document): \(count(report.segments, "segment"))\(kept)")
            if report.overlongCut > 0 {
                warn("\(report.document): \(count(report.overlongCut, "segment")) longer than \(OverlongSegments.limit) characters cut into pieces at commas or spaces")
            }
        }
    }
}
