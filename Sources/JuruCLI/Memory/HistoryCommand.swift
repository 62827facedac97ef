import ArgumentParser
import Foundation
import JuruKit

/// `juru tm history`: every translation a source has had.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the current translations of an Indonesian source and the ones they replaced.",
        discussion: "Replaced, edited and deleted translations are kept here and never offered as matches."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The Indonesian source, exactly as stored.")
    var source: String

    func run() throws {
        let store = try workspace.openStore()
        let source = self.source.trimmingWhitespace()
        let names = Dictionary(uniqueKeysWithValues: try store.memories().map { ($0.id!, $0.name) })
        let current = try store.unitsWithSource(source)
        let earlier = try store.history(source: source)
        guard !current.isEmpty || !earlier.isEmpty else { throw UnitCommandError.noSource(source) }
        for unit in current {
            print("current   [\(unit.id!)] \(unit.target)")
            print("          \(names[unit.memoryId] ?? "")\(unit.context.map { " · \($0)" } ?? "") · \(Self.date(unit.changedAt))\(unit.changedBy.map { " · \($0)" } ?? "")")
        }
        for entry in earlier {
            print("\(entry.reason.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))\(entry.unitId.map { "[\($0)] " } ?? "")\(entry.target)")
            print("          \(entry.context.map { "\($0) · " } ?? "")made \(Self.date(entry.changedAt)), replaced \(Self.date(entry.replacedAt))\(entry.replacedBy.map { " by \($0)" } ?? "")")
        }
    }

    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
