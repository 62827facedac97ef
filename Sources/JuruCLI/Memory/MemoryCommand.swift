import ArgumentParser
import JuruKit

/// `juru tm`: the translation memory.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Import, search and export the translation memory.",
        discussion: """
            The memory lives in the workspace's memory/ folder (juru.sqlite). TMX files \
            dropped into memory/ are reference memories: imported when they change, \
            read-only, and named in matches by their file name.
            """,
        subcommands: [ImportCommand.self, ExportCommand.self, LookupCommand.self, SearchCommand.self,
                      StatsCommand.self, AddCommand.self, EditCommand.self, DeleteCommand.self, HistoryCommand.self]
    )
}

/// A threshold as the translator types it: `75`, `75%` or `0.75`.
extension MatchThreshold: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension MatchMetric: ExpressibleByArgument {}
