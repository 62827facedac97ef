import ArgumentParser
import Foundation
import JuruKit

/// `juru translate`: the REPL, segment by segment.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a document segment by segment, with memory matches and glossary terms.",
        discussion: """
            Starts at the first segment that is not translated. Type the translation and \
            press Enter; :h lists the commands. On a terminal the line is edited with \
            libedit (arrows, history) and starts with the best match when it scores \
            --prefill or more. When standard input is not a terminal, each line is a \
            translation of the segment in hand or a command: \
            printf 'First.\\nSecond.\\n:q\\n' | juru translate DOC confirms two segments. \
            Every confirmation is stored before the next prompt.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The document (its file name, as `juru add` stored it); the last one added when left out.")
    var document: String?

    @Option(help: "Show matches from this score (75, 0.75 or 75%).")
    var min: MatchThreshold = MatchThreshold(fraction: 0.5)

    @Option(help: "Put the best match in the edit line when it scores this much or more.")
    var prefill: MatchThreshold = MatchThreshold(fraction: 0.75)

    func run() throws {
        let store = try workspace.openStore()
        let chosen = try workspace.document(named: document, in: store)
        let memory = try TranslationMemory(store: store)
        let (_, glossary) = try workspace.loadGlossary()
        let session = try TranslationSession(document: chosen, memory: memory, glossary: glossary, threshold: min.fraction)
        guard !session.isEmpty else { throw TranslateError.empty(chosen.name) }
        try TranslationLoop(session: session, prefill: prefill.fraction, live: TeamLive()).run()
    }
}

enum TranslateError: Error, LocalizedError {
    case noDocument(String)
    case noDocuments
    case empty(String)

    var errorDescription: String? {
        switch self {
        case .noDocument(let name): "no document named \(name) in this workspace (juru add it first)"
        case .noDocuments: "no documents in this workspace yet: add an article with juru add ARTICLE"
        case .empty(let name): "\(name) has no segments"
        }
    }
}
