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

    @Flag(help: ArgumentHelp("Walk the translated segments not yet reviewed: Enter on a line left as it is marks it reviewed, an edited line is confirmed and marked reviewed."))
    var review = false

    func run() throws {
        let store = try workspace.openStore()
        let chosen = try workspace.document(named: document, in: store)
        let memory = try TranslationMemory(store: store)
        let (_, glossary) = try workspace.loadGlossary()
        let session = try TranslationSession(document: chosen, memory: memory, glossary: glossary, threshold: min.fraction,
                                             reviewing: review)
        guard !session.isEmpty else { throw TranslateError.empty(chosen.name) }
        if review {
            let waiting = session.segments.filter { $0.state == .translated }.count
            guard waiting > 0 else {
                print("There is nothing to review in \(chosen.name): no segment is translated and not yet reviewed.")
                return
            }
            print("Review of \(chosen.name): \(count(waiting, "segment")) translated and not yet reviewed. "
                  + "Enter on a line left as it is marks it reviewed; an edited line is confirmed and marked reviewed.")
        }
        try TranslationLoop(session: session, prefill: prefill.fraction, exportCommand: exportCommand(for: chosen),
                            live: TeamLive()).run()
    }

    /// The command line that writes the document out, to copy: its name, English
    /// text and TMX beside the workspace, and the workspace when one was given.
    private func exportCommand(for document: StoredDocument) -> String {
        let base = (document.name as NSString).deletingPathExtension
        var words = ["juru", "export", document.name, "--text", base + ".en.txt", "--tmx", base + ".tmx"]
        if let folder = workspace.workspace { words += ["--workspace", folder] }
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word as a shell reads it back: in single quotes when it has anything but
    /// letters, digits and `-._/+=:,@`.
    static func shellQuoted(_ word: String) -> String {
        let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._/+=:,@"))
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ plain.contains($0) && $0.isASCII }) else {
            return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        return word
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
