import ArgumentParser
import Foundation
import JuruKit

/// A desk at work: several workspaces joined to one team server, each confirming its
/// own document's segments at once, as the REPL does (local commit, then a nudge to
/// the live sync). Reports how long a confirmation takes and how long a change takes
/// to be in every other workspace's store.
struct TeamBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Clients confirming segments at once through a team server (juru team init it first)."
    )

    @Option(help: "The team database's URL (password from PGPASSWORD or ~/.pgpass).")
    var url: String

    @Option(help: "Workspaces confirming at once.")
    var clients = 8

    @Option(help: "Segments each confirms.")
    var segments = 1_000

    @Option(name: .customLong("interval-ms"), help: "Pause between two confirmations of one client.")
    var intervalMs = 20

    @Option(help: "Seconds to wait for every change to reach every workspace.")
    var timeout = 120.0

    func run() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("juru-team-bench-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        var desks: [(store: MemoryStore, document: StoredDocument, listener: TeamListener)] = []
        for client in 0..<clients {
            let folder = root.appendingPathComponent("client-\(client)")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("memory"), withIntermediateDirectories: true)
            let store = try MemoryStore(workspace: Workspace(root: folder))
            _ = try TeamSync.join(url, store: store)
            let name = "bench-\(client).txt"
            try store.addDocument(name: name, path: name, segments: (0..<segments).map {
                StoredSegment(documentId: 0, position: $0, paragraph: $0, paragraphKind: .body,
                              source: "Kalimat nomor \($0) dari meja \(client).")
            })
            let listener = try TeamSync(store: store)!.listen { _ in }
            desks.append((store, try store.document(named: name)!, listener))
        }
        let timings = Timings()
        let started = Date()
        let threads = desks.enumerated().map { client, desk in
            Thread {
                guard let all = try? desk.store.segments(of: desk.document) else { return }
                for segment in all {
                    let sent = Date().timeIntervalSince1970
                    let start = ContinuousClock.now
                    _ = try? desk.store.confirm(segment, target: "c\(client)-\(segment.position) @\(sent)", in: desk.document)
                    timings.addConfirmation(ContinuousClock.now - start)
                    desk.listener.nudge()
                    Thread.sleep(forTimeInterval: Double(intervalMs) / 1000)
                }
                timings.finished()
            }
        }
        threads.forEach { $0.start() }
        while timings.finishedCount < clients { Thread.sleep(forTimeInterval: 0.1) }
        let confirmed = Date().timeIntervalSince(started)
        // Every workspace must hold every client's confirmations.
        let expected = clients * segments
        var counts = try desks.map { try $0.store.statistics().totalUnits }
        while counts.contains(where: { $0 < expected }) && Date().timeIntervalSince(started) < confirmed + timeout {
            Thread.sleep(forTimeInterval: 0.2)
            counts = try desks.map { try $0.store.statistics().totalUnits }
        }
        let allVisible = Date().timeIntervalSince(started)
        var visible: [Double] = []
        for (client, desk) in desks.enumerated() {
            try desk.store.forEachUnit(inMemories: ["project"]) { unit in
                guard !unit.target.hasPrefix("c\(client)-"), let at = unit.target.split(separator: "@").last,
                      let sent = Double(at) else { return }
                visible.append((unit.changedAt.timeIntervalSince1970 - sent) * 1000)
            }
        }
        desks.forEach { $0.listener.cancel() }
        let confirmations = timings.confirmations.sorted()
        visible.sort()
        print("\(clients) clients × \(segments) confirmations (\(intervalMs) ms apart): confirmed in \(format(confirmed)) s")
        print("every workspace holds \(counts.min()!) of \(expected) units after \(format(allVisible)) s"
              + (counts.allSatisfy { $0 >= expected } ? "" : "  ← NOT ALL"))
        print("confirmation (local commit): p50 \(format(percentile(confirmations, 0.5))) ms, p95 \(format(percentile(confirmations, 0.95))) ms")
        print("change to visible in another workspace: p50 \(format(percentile(visible, 0.5))) ms, "
              + "p95 \(format(percentile(visible, 0.95))) ms, max \(format(visible.last ?? 0)) ms (\(visible.count) arrivals)")
        if counts.contains(where: { $0 < expected }) { throw ExitCode.failure }
    }

    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// The clients' measurements, from their threads.
private final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [Double] = []
    private var done = 0

    func addConfirmation(_ duration: Duration) {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        lock.withLock { times.append(ms) }
    }

    func finished() { lock.withLock { done += 1 } }
    var finishedCount: Int { lock.withLock { done } }
    var confirmations: [Double] { lock.withLock { times } }
}
