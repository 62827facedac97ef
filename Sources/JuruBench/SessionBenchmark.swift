import ArgumentParser
import Foundation
import JuruKit

/// What the REPL does on every move: the next segment's memory matches and
/// glossary terms, timed over every segment of a document in a workspace.
struct SessionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Time moving to each segment of a document (matches and terms) in a workspace."
    )

    @Option(help: "The workspace (its memory/ and glossaries/).")
    var workspace: String

    @Option(help: "The document, as juru add named it; the last one added when left out.")
    var document: String?

    @Option(help: "Passes over the document.")
    var rounds = 3

    func run() throws {
        let root = Workspace(root: URL(fileURLWithPath: workspace))
        let store = try MemoryStore(workspace: root)
        let openStart = ContinuousClock.now
        let memory = try TranslationMemory(store: store)
        let opened = ContinuousClock.now - openStart
        let glossary = WorkspaceGlossary(workspace: root).load().glossary
        guard let chosen = try document.map({ try store.document(named: $0) }) ?? store.documents().last else {
            throw ValidationError("No such document in \(workspace).")
        }
        let session = try TranslationSession(document: chosen, memory: memory, glossary: glossary)
        var times: [Double] = []
        for _ in 0..<rounds {
            for number in 1...session.segments.count {
                session.go(to: number)
                let start = ContinuousClock.now
                let matches = try session.matches()
                let terms = session.terms()
                let elapsed = ContinuousClock.now - start
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
                if matches.count + terms.count < 0 { print("") }
            }
        }
        times.sort()
        print(String(format: "%@: %d units in memory (opened in %.1f s), %d segments × %d: median %.2f ms, p95 %.2f ms, max %.2f ms per move",
                     chosen.name, memory.count, Double(opened.components.seconds) + Double(opened.components.attoseconds) / 1e18,
                     session.segments.count, rounds, times[times.count / 2], times[Int(Double(times.count) * 0.95)], times.last!))
    }
}
