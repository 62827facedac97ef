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

    @Flag(help: "Read queries (qid<TAB>sentence) from standard input; answer in JSON Lines.")
    var stdin = false

    func validate() throws {
        if stdin && text != nil { throw ValidationError("Give a sentence or --stdin, not both.") }
        if !stdin && text == nil { throw ValidationError("Give a sentence to look up, or --stdin.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        guard let loadTSV else {
            throw ValidationError("Looking up the workspace memory comes with the store; use --load-tsv.")
        }
        let (index, ids) = try BenchmarkMemory.load(URL(fileURLWithPath: loadTSV))
        var output = OutputBuffer()
        output.write("{\"ready\": true}\n")
        output.flush()
        try BenchmarkMemory.answerQueries(index: index, ids: ids, metric: metric, threshold: min.fraction,
                                          limit: limit, output: &output)
    }
}
