import Foundation

/// The sync engine: the one seam between the local store, which stays the working
/// copy for every command, the REPL and the translation session, and the team
/// server. It sends the outbox in order, then applies the changes after the last
/// server sequence seen.
public final class TeamSync: Sendable {
    public let store: MemoryStore
    public let membership: TeamMembership
    let address: TeamServerAddress
    private let workspace: Workspace?
    private let storeQueue = DispatchQueue(label: "juru.team.store")
    private var glossary: WorkspaceGlossary? { workspace.map(WorkspaceGlossary.init(workspace:)) }

    /// The sync engine of `store`'s workspace; nil when it is in no team.
    public init?(store: MemoryStore) throws {
        guard let membership = try store.teamMembership() else { return nil }
        self.store = store
        self.membership = membership
        address = try TeamServerAddress(membership.server)
        workspace = store.workspace
    }

    // MARK: Commands

    /// `juru team init`: the team's tables and roles on an empty database (again later
    /// to migrate them).
    public static func initialise(_ url: String) throws -> String {
        let address = try TeamServerAddress(url)
        try blocking {
            let server = try await TeamServer.connect(address)
            defer { Task { await server.close() } }
            try await server.createSchema()
        }
        return address.display
    }

    /// What joining did.
    public struct JoinReport: Sendable {
        public var server: String
        public var role: String
        public var mayWrite: Bool
        /// Units of this workspace's project memory queued for the team.
        public var queued: Int
        public var sync: Report
    }

    /// `juru team join`: makes the workspace a member, then syncs.
    public static func join(_ url: String, store: MemoryStore) throws -> JoinReport {
        let address = try TeamServerAddress(url)
        let role = try blocking {
            let server = try await TeamServer.connect(address)
            defer { Task { await server.close() } }
            try await server.checkSchema()
            return try await server.role()
        }
        let previous = try store.teamMembership()
        let membership = TeamMembership(
            server: address.display, clientId: previous?.server == address.display ? previous!.clientId : UUID().uuidString,
            role: role.name, mayWrite: role.mayWrite,
            lastSequence: previous?.server == address.display ? previous!.lastSequence : 0,
            joinedAt: previous?.joinedAt ?? Date())
        let queued = try store.join(membership)
        let report = try TeamSync(store: store)!.sync()
        return JoinReport(server: address.display, role: role.name, mayWrite: role.mayWrite, queued: queued, sync: report)
    }

    /// `juru team leave`: the local copy stays; returns how many unsent changes were dropped.
    public static func leave(store: MemoryStore) throws -> Int {
        guard try store.teamMembership() != nil else { throw TeamError.notAMember }
        return try store.leaveTeam()
    }

    // MARK: Syncing

    /// What one sync did.
    public struct Report: Sendable {
        public var sent = 0
        public var received = 0
        public var termsReceived = 0
    }

    /// Sends what waits, then applies what is new, on one connection. Throws
    /// ``TeamError/unreachable(_:_:)`` when the server cannot be reached: nothing is lost,
    /// the outbox keeps its changes for the next time.
    @discardableResult
    public func sync(timeout: Int64 = 3) throws -> Report {
        let address = address
        return try blocking { [self] in
            let server = try await TeamServer.connect(address, timeout: timeout)
            defer { Task { await server.close() } }
            return try await sync(on: server)
        }
    }

    func sync(on server: TeamServer) async throws -> Report {
        try await refreshRole(on: server)
        let (sent, unforgotten) = try await push(on: server)
        var report = Report(sent: sent)
        try await pull(on: server, into: &report, forgetting: unforgotten)
        try await onStore { try self.store.markSynced() }
        return report
    }

    /// Sends the outbox in order, a batch per statement, forgetting each batch once
    /// the server has it — all but the last, which the pull after forgets in its own
    /// transaction. Returns how many changes were sent, and that last batch.
    private func push(on server: TeamServer) async throws -> (Int, Outbox.Sent?) {
        var sent = 0
        while true {
            let entries = try await onStore { try self.store.pendingTeamChanges(limit: Self.batch) }
            guard !entries.isEmpty else { return (sent, nil) }
            let batch = Outbox.Sent(entries: entries, numbers: try await server.push(entries, clientId: membership.clientId))
            sent += entries.count
            if entries.count < Self.batch { return (sent, batch) }  // the outbox's last
            try await onStore { try self.store.markSent(batch) }
        }
    }

    /// Applies the changes after the last one seen, ``applyChunk`` changes per SQLite
    /// transaction, the first one also forgetting the batch just sent (`forgetting`).
    private func pull(on server: TeamServer, into report: inout Report, forgetting sent: Outbox.Sent?) async throws {
        var sent = sent
        do {
            var last = try await onStore { try self.store.teamMembership()?.lastSequence ?? 0 }
            while true {
                let changes = try await server.changes(after: last, limit: Self.batch, own: membership.clientId)
                guard let newest = changes.last else { break }
                if Self.startsRunOfAdditions(changes) {
                    try await forget(&sent)
                    last = try await pullAdditions(on: server, after: last, into: &report)
                    continue
                }
                // A transaction per chunk, each recording its last sequence: a confirmation
                // typed meanwhile waits for one chunk, not the whole round, and a kill
                // between chunks leaves the workspace at the last one applied.
                for start in stride(from: 0, to: changes.count, by: Self.applyChunk) {
                    let chunk = Array(changes[start..<min(start + Self.applyChunk, changes.count)])
                    let batch = sent
                    let applied = try await onStore {
                        try self.store.apply(chunk, clientId: self.membership.clientId, glossary: self.glossary, sent: batch)
                    }
                    sent = nil
                    report.termsReceived += applied.termsAdded
                }
                report.received += changes.filter { $0.clientId != membership.clientId }.count
                last = newest.sequence
            }
            try await forget(&sent)
        } catch {
            // The server has the batch: sent again, it would come back without its numbers.
            try? await forget(&sent)
            throw error
        }
    }

    /// Forgets a batch the server has, if not done yet.
    private func forget(_ sent: inout Outbox.Sent?) async throws {
        guard let batch = sent else { return }
        try await onStore { try self.store.markSent(batch) }
        sent = nil
    }

    /// Runs store work (SQLite, which blocks on locks and disk) on a thread of its own,
    /// not on the concurrency pool: with a pool thread per core, a few engines in one
    /// process waiting for their disks would stall every other task, network included.
    func onStore<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            storeQueue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Changes per round trip: large enough that a long pull moves quickly.
    static let batch = 2_000

    /// Pulled changes per SQLite transaction: the write lock a local confirmation waits
    /// for is held for about 100 changes' work (a few milliseconds), at the price of a
    /// commit per chunk.
    static let applyChunk = 100

    /// Live rounds start at most this often: on a busy desk every confirmation anywhere
    /// wakes every member, and a round per wake-up paid its fixed costs (a PostgreSQL
    /// commit, SQLite commits, each a disk flush) for one or two changes, until the
    /// rounds fell seconds behind. Taken together every 200 ms, the changes are one
    /// round's work; after a quiet spell the round starts at once.
    static let roundInterval: Duration = .milliseconds(200)

    /// A role's rights can change on the server: a reader made writer may write.
    private func refreshRole(on server: TeamServer) async throws {
        let role = try await server.role()
        guard role.mayWrite != membership.mayWrite || role.name != membership.role else { return }
        try await onStore { try self.store.updateRole(role.name, mayWrite: role.mayWrite) }
    }

    // MARK: Live

    /// Listens for the team's changes and pulls them as soon as the server announces
    /// them, calling `applied` after each round that moved something (the REPL indexes
    /// the new units at its next screen). ``TeamListener/nudge()`` sends what this
    /// workspace changed at once. Reconnects after a lost connection; cancel the
    /// listener to stop.
    public func listen(applied: @escaping @Sendable (Report) -> Void) -> TeamListener {
        let (wakeups, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let address = address
        let task = Task { [self] in
            while !Task.isCancelled {
                var opened: [TeamServer] = []
                do {
                    let server = try await TeamServer.connect(address)
                    opened.append(server)
                    let listener = try await TeamServer.connect(address)
                    opened.append(listener)
                    try await listen(on: server, listener: listener, wakeups: wakeups, wake: wake, applied: applied)
                } catch {}
                // Closed on every path: a connection dropped unclosed is an error in PostgresNIO.
                for connection in opened { await connection.close() }
                if !Task.isCancelled { try? await Task.sleep(for: .seconds(1)) }
            }
        }
        return TeamListener(task: task, wake: wake)
    }

    /// One connected spell of ``listen(applied:)``: a round per wake-up (a notice from
    /// the server or a local change), until the listening connection ends.
    private func listen(on server: TeamServer, listener: TeamServer, wakeups: AsyncStream<Void>,
                        wake: AsyncStream<Void>.Continuation, applied: @escaping @Sendable (Report) -> Void) async throws {
        let ended = ConnectionEnded()
        let listening = Task {
            do { try await listener.listen { wake.yield() } } catch {}
            ended.mark()
            wake.yield()  // so the loop below sees it and reconnects
        }
        defer { listening.cancel() }
        try await refreshRole(on: server)  // once per connection; every sync command checks again
        wake.yield()  // what came while not listening
        var lastRound: ContinuousClock.Instant?
        for await _ in wakeups {
            if ended.isMarked { break }
            // What arrives while waiting is one more wake-up, taken by the round after.
            if let due = lastRound?.advanced(by: Self.roundInterval), due > .now { try await Task.sleep(until: due) }
            lastRound = .now
            let (sent, unforgotten) = try await push(on: server)
            var report = Report(sent: sent)
            try await pull(on: server, into: &report, forgetting: unforgotten)
            if report.received > 0 || report.sent > 0 { applied(report) }
        }
    }
}

/// A running listener (``TeamSync/listen(applied:)``).
public final class TeamListener: Sendable {
    private let task: Task<Void, Never>
    private let wake: AsyncStream<Void>.Continuation

    init(task: Task<Void, Never>, wake: AsyncStream<Void>.Continuation) {
        self.task = task
        self.wake = wake
    }

    /// Syncs now: a local change is waiting to be sent.
    public func nudge() { wake.yield() }

    public func cancel() {
        task.cancel()
        wake.finish()
    }
}

/// Set once the listening connection ends.
private final class ConnectionEnded: @unchecked Sendable {
    private let lock = NSLock()
    private var marked = false
    func mark() { lock.withLock { marked = true } }
    var isMarked: Bool { lock.withLock { marked } }
}

extension MemoryStore {
    /// The workspace this store belongs to (its `memory/` folder's parent).
    var workspace: Workspace? {
        let folder = url.deletingLastPathComponent()
        guard folder.lastPathComponent == "memory" else { return nil }
        return Workspace(root: folder.deletingLastPathComponent())
    }

    func markSynced() throws {
        try database.write { db in
            try db.execute(sql: "UPDATE teamMembership SET lastSyncAt = ?", arguments: [Date()])
        }
    }

    func updateRole(_ role: String, mayWrite: Bool) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE teamMembership SET role = ?, mayWrite = ?", arguments: [role, mayWrite])
        }
    }
}
