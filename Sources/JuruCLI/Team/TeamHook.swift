import Foundation
import JuruKit

/// Where every command meets the team, without knowing it: the store a command opens
/// is synced first (so lookups see the team's latest), and what the command changed
/// is sent when it ends. An unreachable server is said once; the local copy goes on.
enum TeamHook {
    /// The engine of the store the command opened, when its workspace is in a team.
    nonisolated(unsafe) static var engine: TeamSync?
    nonisolated(unsafe) private static var saidUnreachable = false

    /// Called by ``WorkspaceOptions/openStore()``.
    static func opened(_ store: MemoryStore) {
        guard let engine = try? TeamSync(store: store) else { return }
        self.engine = engine
        syncQuietly(engine)
    }

    /// Called when a command has run: sends what it changed.
    static func finish() {
        guard let engine, (try? engine.store.teamChangesWaiting()) ?? 0 > 0 else { return }
        syncQuietly(engine)
    }

    /// Writes a term with `write`, queued for the team in the same step when the
    /// workspace has a store (a workspace without one is in no team).
    static func addTerm<Outcome>(_ entry: GlossaryEntry, workspace: WorkspaceOptions,
                                 write: () throws -> Outcome) throws -> Outcome {
        let store = try workspace.resolved().memory.appendingPathComponent(MemoryStore.fileName)
        guard FileManager.default.fileExists(atPath: store.path) else { return try write() }
        return try workspace.openStore().addTerm(entry, write: write)
    }

    private static func syncQuietly(_ engine: TeamSync) {
        do {
            try engine.sync(timeout: 2)
        } catch {
            guard !saidUnreachable else { return }
            saidUnreachable = true
            let waiting = (try? engine.store.teamChangesWaiting()) ?? 0
            let reason = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            warn("\(reason); working on the local copy"
                 + (waiting > 0 ? ", \(count(waiting, "change")) waiting to be sent (juru team sync)" : ""))
        }
    }
}

/// The REPL's live link: changes the team makes arrive while the translator works,
/// and are matchable from the next screen on.
final class TeamLive: @unchecked Sendable {
    private let lock = NSLock()
    private var arrived = true  // notices from the sync at start are shown at the first screen
    private var listener: TeamListener?

    init?() {
        guard let engine = TeamHook.engine else { return nil }
        listener = engine.listen { [weak self] _ in self?.markArrived() }
    }

    deinit { listener?.cancel() }

    private func markArrived() { lock.withLock { arrived = true } }

    /// Sends what the translator just did, indexes what arrived since the last screen
    /// and prints what the translator must be told (a confirmation of theirs replaced
    /// by a colleague's).
    func catchUp(_ memory: TranslationMemory) throws {
        if try memory.store.teamChangesWaiting() > 0 { listener?.nudge() }
        let any = lock.withLock { defer { arrived = false }; return arrived }
        guard any else { return }
        try memory.indexNewUnits()
        for notice in try memory.store.takeTeamNotices() { print("team: \(notice)") }
    }
}
