import ArgumentParser
import Foundation
import JuruKit

/// `juru tm lookup`: fuzzy matches for a sentence.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the memory's best matches for an Indonesian sentence.",
        discussion: """
            With --stdin it speaks the TM benchmark's protocol (../shared/bench/tm/score.py) \
            against the workspace's memory: once the memory is open it prints \
            {"ready": true}, then answers each "qid<TAB>source" line on standard input with \
            one JSON line of ranked matches, each named by the tuid its unit came with \
            from TMX (else its unit number). With --load-tsv it indexes a benchmark TSV \
            (id, source, target) instead.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The sentence to look up.")
    var text: String?

    @Option(help: ArgumentHelp("Lowest similarity shown: a percentage (75) or a fraction (0.75).", valueName: "threshold"))
    var min: MatchThreshold = MatchThreshold(fraction: 0.5)

    @Option(help: "Rank by word-level (OmegaT's) or character-level similarity.")
    var metric: MatchMetric = .word

    @Option(help: "How many matches to show.")
    var limit: Int = 5

    @Option(name: .customLong("load-tsv"), help: ArgumentHelp("Index this benchmark TSV instead of the workspace's memory.", valueName: "file"))
    var loadTSV: String?

    @Flag(help: "Answer queries from standard input in the TM benchmark's protocol (qid<TAB>sentence a line).")
    var stdin = false

    @Flag(help: "Print the matches as one JSON object per line.")
    var json = false

    func validate() throws {
        if stdin && text != nil { throw ValidationError("Give a sentence or --stdin, not both.") }
        if !stdin && text == nil { throw ValidationError("Give a sentence to look up, or --stdin.") }
        if loadTSV != nil && json { throw ValidationError("--load-tsv always answers in the benchmark's JSON.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        if let loadTSV {
            let (index, ids) = try BenchmarkMemory.load(URL(fileURLWithPath: loadTSV))
            var output = OutputBuffer()
            output.write("{\"ready\": true}\n")
            output.flush()
            if let text {
                try BenchmarkMemory.answer(query: text, index: index, ids: ids, metric: metric,
                                           threshold: min.fraction, limit: limit, output: &output)
            } else {
                try BenchmarkMemory.answerQueries(index: index, ids: ids, metric: metric, threshold: min.fraction,
                                                  limit: limit, output: &output)
            }
            return
        }
        let memory = try TranslationMemory(store: workspace.openStore())
        var output = OutputBuffer()
        if stdin {
            try BenchmarkMemory.answerQueries(memory: memory, metric: metric, threshold: min.fraction, limit: limit, output: &output)
            return
        }
        let matches = try memory.matches(for: text!, threshold: min.fraction, limit: limit, metric: metric)
        if json {
            output.writeJSON(MatchRecord.records(for: text!, matches))
        } else {
            output.write(MatchPrinter.describe(matches, for: text!, threshold: min))
        }
        output.flush()
    }
}
