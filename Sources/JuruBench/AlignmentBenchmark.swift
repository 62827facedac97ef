import ArgumentParser
import Foundation
import JuruKit

/// The aligner on one long document pair: the gold set's documents joined end to
/// end, so that the dynamic programme's band and the cue extraction are measured at
/// the size of a long report.
struct AlignmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Time the aligner on one long document pair made of a gold set's documents."
    )

    @Option(help: "A JSON Lines gold set ({\"source\", \"target\"} per line).")
    var gold = "../shared/data/align/bible.jsonl"

    @Option(help: "Indonesian sentences in the pair.")
    var sentences = 2_000

    @Option(help: "Runs; the median is reported.")
    var runs = 5

    @Option(help: "A folder of glossary files to use as a dictionary.")
    var glossaries = "glossaries"

    private struct Document: Decodable {
        var source: [String]
        var target: [String]
    }

    func run() throws {
        var source: [String] = [], target: [String] = []
        for line in try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n") {
            let document = try JSONDecoder().decode(Document.self, from: Data(line.utf8))
            source += document.source
            target += document.target
            if source.count >= sentences { break }
        }
        // Keep the English that goes with the Indonesian kept (in proportion).
        let kept = min(sentences, source.count)
        let targetKept = target.count * kept / max(1, source.count)
        source = Array(source.prefix(kept))
        target = Array(target.prefix(targetKept))
        let glossary = WorkspaceGlossary(workspace: Workspace(root: URL(fileURLWithPath: glossaries).deletingLastPathComponent()))
            .load().glossary
        var times: [Double] = []
        var links = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            links = SentenceAligner(glossary: glossary).align(source: source, target: target).count
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        print(String(format: "%d Indonesian × %d English sentences, %d links: median %.3f s, fastest %.3f s (%d runs, glossary of %d entries)",
                     source.count, target.count, links, times[times.count / 2], times[0], runs, glossary.entries.count))
    }
}
