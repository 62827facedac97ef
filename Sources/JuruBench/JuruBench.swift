import ArgumentParser

/// `juru-bench`: Juru's own benchmarks, for what ../shared/bench does not measure.
@main
struct JuruBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "juru-bench",
        abstract: "Benchmarks of Juru's components. Build with -c release.",
        subcommands: [GlossaryBenchmark.self, AlignmentBenchmark.self, SessionBenchmark.self, TeamBenchmark.self,
                      TeamJoinBenchmark.self, TeamChaosBenchmark.self, TeamClient.self, MemoryBenchmark.self]
    )
}
