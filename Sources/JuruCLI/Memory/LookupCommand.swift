import ArgumentParser
import Foundation
import JuruKit

/// `juru tm lookup`: fuzzy matches for a sentence.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the memory's best matches for an Indonesian sentence.",
        discussion: """
            With --load-tsv and --stdin it speaks the TM benchmark's protocol \
            (../shared/bench/tm/score.py): it indexes the TSV (id, source, target), prints \
            {"ready": true}, then answers each "qid<TAB>source" line on standard input with \
            one JSON line of ranked matches.
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

    @Flag(help: "Read queries from standard input, one per line (qid<TAB>sentence with --load-tsv).")
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
        let queries = stdin ? Array(AnyIterator { readLine() }) : [text!]
        var output = OutputBuffer()
        for query in queries {
            let matches = try memory.matches(for: query, threshold: min.fraction, limit: limit, metric: metric)
            if json {
                output.writeJSON(MatchRecord.records(for: query, matches))
            } else {
                output.write(MatchPrinter.describe(matches, for: query, threshold: min))
            }
        }
        output.flush()
    }
}
