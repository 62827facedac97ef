import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JuruKit

/// The desk benchmark with failures: each client is its own process, confirming its
/// document's segments; clients are killed with SIGKILL at random and started again
/// (they go on with the segments not yet confirmed), and the server is restarted once.
/// At the end every workspace must hold every confirmation: nothing lost.
struct TeamChaosBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team-chaos",
        abstract: "Clients killed at random and a server restart while a desk confirms (juru team init first)."
    )

    @Option(help: "The team database's URL (password from PGPASSWORD or ~/.pgpass).")
    var url: String

    @Option(help: "Client processes confirming at once.")
    var clients = 8

    @Option(help: "Segments each confirms.")
    var segments = 1_000

    @Option(name: .customLong("interval-ms"), help: "Pause between two confirmations of one client.")
    var intervalMs = 20

    @Option(name: .customLong("kill-every"), help: "Seconds between two kills of a random client; 0: none (a desk of processes).")
    var killEvery = 2.0

    @Option(name: .customLong("restart-server"), help: "Shell command that restarts the server, run once half-way.")
    var restartServer: String?

    @Option(help: "Seconds to wait for every change to reach every workspace after the clients end.")
    var timeout = 120.0

    func run() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("juru-team-chaos-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        var workspaces: [Workspace] = []
        for client in 0..<clients {
            let workspace = Workspace(root: root.appendingPathComponent("client-\(client)"))
            try FileManager.default.createDirectory(at: workspace.memory, withIntermediateDirectories: true)
            let store = try MemoryStore(workspace: workspace)
            _ = try TeamSync.join(url, store: store)
            try store.addDocument(name: "chaos-\(client).txt", path: "chaos-\(client).txt", segments: (0..<segments).map {
                StoredSegment(documentId: 0, position: $0, paragraph: $0, paragraphKind: .body,
                              source: "Kalimat \($0) dari meja \(client) yang diuji.")
            })
            workspaces.append(workspace)
        }
        let started = Date()
        var running: [Int: Process] = [:]
        for client in 0..<clients { running[client] = try spawn(client, workspaces[client]) }
        var kills = 0, restarted = false, nextKill = Date().addingTimeInterval(killEvery)
        while true {
            for (client, process) in running where !process.isRunning {
                guard process.terminationReason == .uncaughtSignal else {
                    if process.terminationStatus != 0 { throw ValidationError("client \(client) failed (exit \(process.terminationStatus))") }
                    running[client] = nil
                    continue
                }
                running[client] = try spawn(client, workspaces[client])  // killed: started again
            }
            if running.isEmpty { break }
            if killEvery > 0, Date() > nextKill, let (client, process) = running.randomElement() {
                say("killing client \(client) after \(format(Date().timeIntervalSince(started))) s")
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                kills += 1
                running[client] = try spawn(client, workspaces[client])
                nextKill = Date().addingTimeInterval(killEvery)
            }
            if let restartServer, !restarted, Date().timeIntervalSince(started) > Double(segments * intervalMs) / 2000 {
                restarted = true
                let status = runShell(restartServer)
                say("server restarted after \(format(Date().timeIntervalSince(started))) s (exit status \(status))")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let confirmed = Date().timeIntervalSince(started)
        // Every workspace catches up: what a killed client left in its outbox was sent by
        // its next start; the others pull it.
        let expected = clients * segments
        var held: [Int] = []
        while true {
            held = try workspaces.map { workspace in
                let store = try MemoryStore(workspace: workspace)
                try? TeamSync(store: store)?.sync()
                return try confirmations(in: store)
            }
            say("catching up: the workspaces hold \(held.min()!)–\(held.max()!) of \(expected) confirmations")
            if held.allSatisfy({ $0 >= expected }) || Date().timeIntervalSince(started) > confirmed + timeout { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        say("\(clients) client processes × \(segments) confirmations, \(kills) killed with SIGKILL and started again"
              + (restarted ? ", one server restart" : "") + ": all confirmed after \(format(confirmed)) s")
        say("every workspace holds \(held.min()!) of \(expected) confirmations after \(format(Date().timeIntervalSince(started))) s"
              + (held.allSatisfy { $0 >= expected } ? " — nothing lost" : "  ← LOST"))
        try report(workspaces)
        if held.contains(where: { $0 < expected }) { throw ExitCode.failure }
    }

    /// Confirmation times the clients wrote, and how long each confirmation took to be
    /// stored in each other workspace (its unit's date there, against the time in its text).
    private func report(_ workspaces: [Workspace]) throws {
        var confirmations: [Double] = [], visible: [Double] = []
        for (client, workspace) in workspaces.enumerated() {
            let file = workspace.root.appendingPathComponent("confirmation-ms.txt")
            confirmations += ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Double($0) }
            try MemoryStore(workspace: workspace).forEachUnit(inMemories: ["project"]) { unit in
                guard !unit.target.hasPrefix("c\(client)-"), let at = unit.target.split(separator: "@").last,
                      let sent = Double(at) else { return }
                visible.append((unit.changedAt.timeIntervalSince1970 - sent) * 1000)
            }
        }
        confirmations.sort()
        visible.sort()
        say("confirmation (local commit, \(confirmations.count) of the last starts): p50 \(format(percentile(confirmations, 0.5))) ms, "
            + "p95 \(format(percentile(confirmations, 0.95))) ms")
        say("change to visible in another workspace: p50 \(format(percentile(visible, 0.5))) ms, "
            + "p95 \(format(percentile(visible, 0.95))) ms, max \(format(visible.last ?? 0)) ms (\(visible.count) arrivals)")
    }

    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    /// The distinct confirmations (`c<client>-<segment>`) a workspace's project memory holds.
    private func confirmations(in store: MemoryStore) throws -> Int {
        var found = Set<String>()
        try store.forEachUnit(inMemories: ["project"]) { unit in
            if unit.target.hasPrefix("c") { found.insert(String(unit.target.prefix { $0 != " " })) }
        }
        return found.count
    }

    /// Runs `command` with /bin/sh and waits. Spawned directly, not with Foundation's
    /// Process: the server a restart starts would inherit the descriptor Process watches
    /// for the child's end, and the wait would never return.
    private func runShell(_ command: String) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    private func spawn(_ client: Int, _ workspace: Workspace) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["team-client", "--workspace", workspace.root.path, "--client", String(client),
                             "--interval-ms", String(intervalMs)]
        try process.run()
        return process
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// One client of ``TeamChaosBenchmark``: confirms the segments of its document not yet
/// confirmed, live-synced, then sends what waits and exits.
struct TeamClient: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team-client", shouldDisplay: false)

    @Option var workspace: String
    @Option var client: Int
    @Option(name: .customLong("interval-ms")) var intervalMs = 20

    func run() throws {
        let store = try MemoryStore(workspace: Workspace(root: URL(fileURLWithPath: workspace)))
        let engine = try TeamSync(store: store)!
        let listener = engine.listen { _ in }
        let document = try store.document(named: "chaos-\(client).txt")!
        var times: [String] = []
        for segment in try store.segments(of: document) where segment.target == nil {
            let start = ContinuousClock.now
            _ = try store.confirm(segment, target: "c\(client)-\(segment.position) @\(Date().timeIntervalSince1970)",
                                  in: document)
            times.append(String(milliseconds(ContinuousClock.now - start)))
            listener.nudge()
            Thread.sleep(forTimeInterval: Double(intervalMs) / 1000)
        }
        // How long each confirmation's local commit took, for the run's figures.
        let file = URL(fileURLWithPath: workspace).appendingPathComponent("confirmation-ms.txt")
        try (times.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        listener.cancel()
        // What waits goes now; a server away (restarting) is waited for.
        let deadline = Date().addingTimeInterval(60)
        while try store.teamChangesWaiting() > 0 && Date() < deadline {
            do { try engine.sync() } catch { Thread.sleep(forTimeInterval: 0.5) }
        }
    }
}

/// A line on standard output at once, also into a file (print's buffer is lost when
/// the run is stopped).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
