import ArgumentParser
import JuruKit

/// `juru tm`: the translation memory.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Import, search and export the translation memory.",
        subcommands: [LookupCommand.self]
    )
}

/// A threshold as the translator types it: `75`, `75%` or `0.75`.
extension MatchThreshold: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension MatchMetric: ExpressibleByArgument {}
