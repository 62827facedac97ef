import ArgumentParser
import Foundation
import JuruKit

/// A large team memory: how long a new member takes to be ready (first join: the
/// whole memory pulled, stored and indexed), how much a later start of a member costs
/// over a local workspace of the same size, and how fast its lookups are.
struct TeamJoinBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team-join",
        abstract: "First join and later start of a large team memory (juru team init the database first)."
    )

    @Option(help: "The team database's URL (password from PGPASSWORD or ~/.pgpass).")
    var url: String

    @Option(help: "The memory to share, as the TM benchmark's TSV (id, source, target, origin), e.g. tm-1m.tsv.")
    var tm: String

    @Option(help: "Lookups timed in the joined workspace (the TM benchmark's queries.tsv).")
    var queries: String?

    @Option(help: "Where the workspaces go (kept, so a second run can reuse the seeded one).")
    var folder = FileManager.default.temporaryDirectory.appendingPathComponent("juru-team-join").path

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let seed = Workspace(root: root.appendingPathComponent("seed"))
        // The memory reaches the server as a desk's would: one member has it and joins.
        try FileManager.default.createDirectory(at: seed.memory, withIntermediateDirectories: true)
        if try MemoryStore(workspace: seed).teamMembership() == nil {
            let store = try MemoryStore(workspace: seed)
            var start = Date()
            let units = try readUnits(project: try store.projectMemory().id!)
            try store.add(units)
            print("seed workspace: \(units.count) units stored locally in \(format(Date().timeIntervalSince(start))) s")
            start = Date()
            let joined = try TeamSync.join(url, store: store)
            print("seed workspace joined: \(joined.sync.sent) changes sent in \(format(Date().timeIntervalSince(start))) s")
        }
        let expected = try MemoryStore(workspace: seed).statistics().totalUnits

        // The local baseline: the seed workspace opened as if it were in no team.
        let local = try timeStart(seed, syncing: false)
        print("local workspace start (open, index \(expected) units, one lookup): \(format(local)) s")

        let member = Workspace(root: root.appendingPathComponent("member-\(UUID().uuidString.prefix(6))"))
        defer { try? FileManager.default.removeItem(at: member.root) }
        try FileManager.default.createDirectory(at: member.memory, withIntermediateDirectories: true)
        let start = Date()
        let store = try MemoryStore(workspace: member)
        let joined = try TeamSync.join(url, store: store)
        let pulled = Date().timeIntervalSince(start)
        let memory = try TranslationMemory(store: store)
        let ready = Date().timeIntervalSince(start)
        let held = try store.statistics().totalUnits
        print("first join: \(joined.sync.received) changes pulled and stored in \(format(pulled)) s, "
              + "ready (indexed) after \(format(ready)) s; holds \(held) of \(expected) units"
              + (held == expected ? "" : "  ← NOT ALL"))

        if let queries {
            // The same queries in the seed workspace, a local one of the same memory, in
            // the same machine state: a difference between the two is the join's, not load.
            let joinedTimes = try lookupTimes(memory, queries: queries)
            let localTimes = try lookupTimes(try TranslationMemory(store: try MemoryStore(workspace: seed)), queries: queries)
            print("lookup (\(joinedTimes.count) queries): joined workspace p50 \(format(percentile(joinedTimes, 0.5))) ms, "
                  + "p95 \(format(percentile(joinedTimes, 0.95))) ms; local seed workspace p50 "
                  + "\(format(percentile(localTimes, 0.5))) ms, p95 \(format(percentile(localTimes, 0.95))) ms")
        }

        // Later starts: one change waits on the server, as after a colleague's confirmation.
        let seedStore = try MemoryStore(workspace: seed)
        try seedStore.add(StoredUnit(memoryId: try seedStore.projectMemory().id!, source: "Rapat redaksi dimulai pukul 09.00.",
                                     target: "The editorial meeting starts at 9 am.", origin: "bench"))
        try TeamSync(store: seedStore)!.sync()
        var starts: [Double] = [], locals: [Double] = []
        for _ in 0..<3 {
            starts.append(try timeStart(member, syncing: true))
            locals.append(try timeStart(member, syncing: false))
        }
        print("later start of the member (open, sync, index, one lookup): median \(format(starts.sorted()[1])) s; "
              + "the same workspace without the sync: median \(format(locals.sorted()[1])) s; "
              + "difference \(format(starts.sorted()[1] - locals.sorted()[1])) s")
        if held != expected { throw ExitCode.failure }
    }

    /// Opens the workspace's store as a command does, syncs it when asked, builds the
    /// index and answers one lookup. Seconds.
    private func timeStart(_ workspace: Workspace, syncing: Bool) throws -> Double {
        let start = Date()
        let store = try MemoryStore(workspace: workspace)
        if syncing, let engine = try TeamSync(store: store) { try engine.sync() }
        let memory = try TranslationMemory(store: store)
        _ = try memory.matches(for: "Rapat redaksi dimulai pukul sembilan.")
        return Date().timeIntervalSince(start)
    }

    private func readUnits(project: Int64) throws -> [StoredUnit] {
        let text = try String(contentsOfFile: tm, encoding: .utf8)
        let now = Date()
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { return nil }
            return StoredUnit(memoryId: project, source: String(fields[1]), target: String(fields[2]),
                              origin: fields.count > 3 ? "tsv:\(fields[3])" : "tsv", createdAt: now)
        }
    }

    /// Milliseconds per lookup of the first 500 queries of the TM benchmark's file, sorted.
    private func lookupTimes(_ memory: TranslationMemory, queries: String) throws -> [Double] {
        var times: [Double] = []
        for line in try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n").dropFirst().prefix(500) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > 1 else { continue }
            let start = Date()
            _ = try memory.matches(for: String(fields[1]))
            times.append(Date().timeIntervalSince(start) * 1000)
        }
        return times.sorted()
    }

    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
