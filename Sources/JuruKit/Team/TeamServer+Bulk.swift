import Foundation
import PostgresNIO

/// The first join of a large team memory, or any long backlog of added pairs, read
/// in big pages with the pairs' texts taken out of the JSON by the server: decoding
/// a million changes one by one on the client took longer than storing them.
extension TeamServer {
    /// A change after the sequence asked for: a pair added (its texts given) or the
    /// first change of another kind, where a run of additions ends.
    struct PulledAddition: Sendable {
        var sequence: Int64
        var clientId: String
        var author: String
        /// Nil when this change is not a pair added: the run ends before it.
        var pair: (source: String, target: String, origin: String, note: String?)?
    }

    /// Up to `limit` changes after `sequence`, oldest first.
    func additions(after sequence: Int64, limit: Int) async throws -> [PulledAddition] {
        try await run {
            let rows = try await connection.query("""
                SELECT seq, client_id, author::text, kind = 'unit-added',
                    change->'unitAdded'->>'source', change->'unitAdded'->>'target',
                    change->'unitAdded'->>'origin', change->'unitAdded'->>'note'
                FROM juru_change WHERE seq > \(sequence) ORDER BY seq LIMIT \(limit)
                """, logger: logger)
            var pulled: [PulledAddition] = []
            pulled.reserveCapacity(limit)
            for try await (seq, client, author, isAddition, source, target, origin, note)
                in rows.decode((Int64, String, String, Bool, String?, String?, String?, String?).self) {
                var addition = PulledAddition(sequence: seq, clientId: client, author: author, pair: nil)
                if isAddition, let source, let target, let origin {
                    addition.pair = (source, target, origin, note)
                }
                pulled.append(addition)
            }
            return pulled
        }
    }
}
