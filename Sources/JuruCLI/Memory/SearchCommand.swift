import Foundation
import ArgumentParser
import JuruKit

/// `juru tm search`: concordance over sources and targets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find units whose source or target contains all the words given."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Words to find (any case, accents optional).")
    var words: [String]

    @Option(help: "How many units to show.")
    var limit = 20

    func run() throws {
        let store = try workspace.openStore()
        // Units imported in bulk are made searchable at the first search (Concordance).
        var bar = ProgressBar("Indexing imported units for search")
        try store.fillConcordance { done, total in bar.update(Double(done) / Double(total)) }
        bar.finish()
        if store.isReadOnly, case let waiting = try store.concordanceBacklog(), waiting > 0 {
            FileHandle.standardError.write(Data(
                "juru: note: \(waiting) imported units are not searched: the memory is read-only here, and they are indexed at the first search where it can be written\n".utf8))
        }
        let units = try store.search(words.joined(separator: " "), limit: limit)
        if units.isEmpty { print("No unit contains \(words.joined(separator: " ")).") }
        for unit in units {
            print("id  \(unit.source)")
            print("en  \(unit.target)")
            print("    \(unit.origin), \(unit.changedAt.formatted(.iso8601.year().month().day()))\n")
        }
    }
}
