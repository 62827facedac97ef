import ArgumentParser
import Foundation
import JuruKit

/// `juru pretranslate`: fill untranslated segments from the memory before translating.
struct PretranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretranslate",
        abstract: "Fill untranslated segments from the memory: exact matches as translated, lower ones as drafts.",
        discussion: """
            An exact match (100 % by words and characters), or a translation confirmed in \
            the same document, fills a segment as translated; a match from --min up fills \
            it as a draft, numbers adapted, for the translator to check; repetitions follow \
            the first. Only new segments are filled. --undo takes back every fill not \
            confirmed since.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Documents; the last one added when left out.")
    var documents: [String] = []

    @Flag(help: "Every document of the workspace.")
    var all = false

    @Option(help: "Fill drafts from matches scoring this much (100, 85%, 0.75).")
    var min: MatchThreshold = MatchThreshold(fraction: 1)

    @Flag(help: "Take back what pretranslation filled and nobody confirmed since.")
    var undo = false

    func validate() throws {
        if all && !documents.isEmpty { throw ValidationError("Give documents or --all, not both.") }
    }

    func run() throws {
        let store = try workspace.openStore()
        let chosen = all ? try workspace.documents(named: nil, in: store)
            : documents.isEmpty ? [try workspace.document(named: nil, in: store)]
            : try documents.map { try workspace.document(named: $0, in: store) }
        if undo {
            for document in chosen {
                let reverted = try Pretranslation.undo(document, in: store)
                print("\(document.name): \(count(reverted, "segment")) new again")
            }
            return
        }
        let memory = try TranslationMemory(store: store)
        for document in chosen {
            let report = try Pretranslation.run(document, memory: memory, minimum: min.fraction)
            let bands = DocumentAnalysis.Band.allCases.compactMap { band in
                report.filled[band].map { "\(band.rawValue) \($0)" }
            }
            print("\(document.name): \(report.translated) translated, \(count(report.drafts, "draft")), "
                  + "\(report.left) left" + (bands.isEmpty ? "" : " (" + bands.joined(separator: " · ") + ")"))
        }
    }
}
