import ArgumentParser
import JuruKit

/// `juru tm stats`: what the memory holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the units and source words of each memory."
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let statistics = try workspace.openStore().statistics()
        let width = max(12, statistics.memories.map(\.name.count).max() ?? 0)
        print("memory".padding(toLength: width, withPad: " ", startingAt: 0) + "       units   source words")
        for memory in statistics.memories {
            let name = memory.name + (memory.isReadOnly ? " (ref)" : "")
            print(name.padding(toLength: width + 6, withPad: " ", startingAt: 0)
                  + String(memory.units).leftPadded(to: 6) + String(memory.sourceWords).leftPadded(to: 15))
        }
        print("total".padding(toLength: width + 6, withPad: " ", startingAt: 0) + String(statistics.totalUnits).leftPadded(to: 6))
    }
}
