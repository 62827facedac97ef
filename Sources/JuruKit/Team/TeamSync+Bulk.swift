import Foundation

/// A long run of pairs added — a first join brings a whole memory of them — is pulled
/// in big pages into a scratch database and merged into the store in one transaction,
/// as `juru tm import` does, instead of a transaction per 2,000 changes: each of those
/// rewrote the same index pages, and a million pairs took three minutes.
extension TeamSync {
    /// Changes per round trip on this path.
    static let bulkPage = 25_000
    /// Pairs merged at a time: what a kill while joining can cost to pull again. Each
    /// merge runs while the pull goes on into the next scratch file, so only the last
    /// one is waited for.
    static let bulkMerge = 250_000

    /// Whether `changes` (a full page) start a run worth the bulk path.
    static func startsRunOfAdditions(_ changes: [TeamServer.Numbered]) -> Bool {
        changes.count == batch && changes.allSatisfy {
            if case .unitAdded = $0.change { return true }
            return false
        }
    }

    /// Pulls the run of pairs added after `last`, up to the first change of another
    /// kind, and returns the sequence of the last change it took. The last sequence
    /// seen is stored with each merge, so a kill resumes from the last merge.
    func pullAdditions(on server: TeamServer, after last: Int64, into report: inout Report) async throws -> Int64 {
        var last = last
        let folder = store.url.deletingLastPathComponent()
        var staged = try TeamStaging(folder: folder)
        defer { staged.remove() }
        // The merge under way, of the pairs staged before; merges run one after the
        // other, in order, as each records the last sequence it took.
        var merging: Task<Int, Error>?
        defer { merging?.cancel() }
        var merged = last
        let first = last
        var next = Task { try await server.additions(after: first, limit: Self.bulkPage) }
        while true {
            let page = try await next.value
            var ended = page.count < Self.bulkPage
            // The next page travels while this one is staged.
            if !ended, let after = page.last?.sequence {
                next = Task { try await server.additions(after: after, limit: Self.bulkPage) }
            }
            var units: [StoredUnit] = []
            units.reserveCapacity(page.count)
            let now = Date()
            for change in page {
                guard let pair = change.pair else { ended = true; break }
                last = change.sequence
                guard change.clientId != membership.clientId else { continue }  // ours, stored here already
                units.append(StoredUnit(memoryId: 0, source: pair.source, target: pair.target, origin: pair.origin,
                                        createdAt: now, createdBy: change.author, note: pair.note))
            }
            try staged.add(units)
            if last > merged, ended || staged.count >= Self.bulkMerge {
                if let previous = merging { report.received += try await previous.value }
                let batch = staged, through = last
                merging = Task {
                    defer { batch.remove() }
                    _ = try await onStore { try self.store.mergePulled(batch, through: through) }
                    return batch.count
                }
                merged = last
                if !ended { staged = try TeamStaging(folder: folder) }
            }
            if ended {
                // Stored before the pull goes on (or the command ends): the last merge too.
                if let final = merging {
                    merging = nil
                    report.received += try await final.value
                }
                return last
            }
        }
    }
}
