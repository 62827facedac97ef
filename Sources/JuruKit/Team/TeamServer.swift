import Foundation
import PostgresNIO

/// One connection to the team server, and the few things Juru asks of it.
final class TeamServer: Sendable {
    let address: TeamServerAddress
    let connection: PostgresConnection
    private static let logger: Logger = {
        var logger = Logger(label: "juru.team")
        logger.logLevel = .critical
        return logger
    }()
    var logger: Logger { Self.logger }

    private init(address: TeamServerAddress, connection: PostgresConnection) {
        self.address = address
        self.connection = connection
    }

    /// Connects, giving up after `timeout` seconds: an unreachable server must not
    /// hold up a translator who can work on the local copy.
    static func connect(_ address: TeamServerAddress, timeout: Int64 = 3) async throws -> TeamServer {
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password(),
            database: address.database, tls: try tls(address.sslMode))
        configuration.options.connectTimeout = .seconds(timeout)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return TeamServer(address: address, connection: connection)
        } catch {
            throw describe(error, address)
        }
    }

    func close() async { try? await connection.close() }

    private static func tls(_ mode: String) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case "disable": return .disable
        case "allow", "prefer", "require":
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none  // libpq's require: encrypted, certificate not checked
            let context = try NIOSSLContext(configuration: tls)
            return mode == "require" ? .require(context) : .prefer(context)
        default:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// A PostgreSQL error in one line: the server's own message when it sent one.
    static func describe(_ error: any Error, _ address: TeamServerAddress) -> TeamError {
        if let error = error as? TeamError { return error }
        guard let error = error as? PSQLError else {
            return .unreachable(address.display, String(describing: error))
        }
        if let message = error.serverInfo?[.message] { return .refused(address.display, message) }
        if let underlying = error.underlying { return .unreachable(address.display, shortReason(underlying)) }
        return .unreachable(address.display, String(describing: error.code))
    }

    /// NIO's connection errors name every address tried; a translator needs the gist.
    private static func shortReason(_ error: any Error) -> String {
        let text = String(describing: error)
        for (marker, reason) in [("Connection refused", "connection refused"), ("connectTimeout", "no answer"),
                                 ("No such host", "unknown host"), ("Network is unreachable", "network unreachable")]
        where text.contains(marker) {
            return reason
        }
        return text
    }

    func run<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw Self.describe(error, address) }
    }

    // MARK: Schema and rights

    /// Creates the team's tables and roles, or brings them up to date.
    func createSchema() async throws {
        try await run {
            for statement in TeamServerSchema.statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    /// Checks that the server has a team memory this Juru understands.
    func checkSchema() async throws {
        let version: Int? = try await run {
            let exists = try await connection.query("SELECT to_regclass('juru_schema') IS NOT NULL", logger: logger)
            for try await (present) in exists.decode(Bool.self) where !present { return nil }
            for try await (version) in try await connection.query("SELECT version FROM juru_schema", logger: logger)
                .decode(Int.self) {
                return version
            }
            return nil
        }
        guard let version else { throw TeamError.notInitialised(address.display) }
        if version > TeamServerSchema.version { throw TeamError.newerServer(address.display, version) }
    }

    /// The role connected as, and whether it may add changes.
    func role() async throws -> (name: String, mayWrite: Bool) {
        try await run {
            let rows = try await connection.query(
                "SELECT session_user::text, has_table_privilege('juru_change', 'INSERT')", logger: logger)
            for try await (name, mayWrite) in rows.decode((String, Bool).self) { return (name, mayWrite) }
            throw TeamError.notInitialised(address.display)
        }
    }

    // MARK: Changes

    /// Stores `entries` in one statement and returns the sequence number of each
    /// (nil for one the server already had: it was sent before a crash). One round
    /// trip for the whole batch, numbered in the outbox's order.
    func push(_ entries: [Outbox.Entry], clientId: String) async throws -> [Int64?] {
        let places = entries.map(\.id), kinds = entries.map(\.change.kind), changes = entries.map(\.change.json)
        return try await run {
            try await connection.query("BEGIN", logger: logger)
            do {
                try await connection.query("SELECT pg_advisory_xact_lock(\(TeamServerSchema.pushLock))", logger: logger)
                let rows = try await connection.query("""
                    INSERT INTO juru_change (client_id, client_seq, kind, change)
                    SELECT \(clientId), place, kind, change::jsonb
                    FROM unnest(\(places)::bigint[], \(kinds)::text[], \(changes)::text[]) WITH ORDINALITY
                        AS sent(place, kind, change, n)
                    ORDER BY n
                    ON CONFLICT (client_id, client_seq) DO NOTHING RETURNING client_seq, seq
                    """, logger: logger)
                var numbers: [Int64: Int64] = [:]
                for try await (place, seq) in rows.decode((Int64, Int64).self) { numbers[place] = seq }
                try await connection.query("COMMIT", logger: logger)
                return entries.map { numbers[$0.id] }
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// A change as the server numbered and signed it.
    struct Numbered: Sendable {
        var sequence: Int64
        var clientId: String
        var author: String
        /// Nil for a change only a newer Juru understands: skipped, its number still seen.
        var change: TeamChange?
    }

    /// The changes after `sequence`, oldest first. Those `own` sent come without their
    /// contents (nil ``Numbered/change``): the workspace has them, only their numbers count.
    func changes(after sequence: Int64, limit: Int = 2_000, own clientId: String) async throws -> [Numbered] {
        try await run {
            let rows = try await connection.query("""
                SELECT seq, client_id, author::text, CASE WHEN client_id = \(clientId) THEN NULL ELSE change::text END
                FROM juru_change WHERE seq > \(sequence) ORDER BY seq LIMIT \(limit)
                """, logger: logger)
            var changes: [Numbered] = []
            for try await (seq, client, author, json) in rows.decode((Int64, String, String, String?).self) {
                changes.append(Numbered(sequence: seq, clientId: client, author: author, change: json.flatMap { try? TeamChange(json: $0) }))
            }
            return changes
        }
    }

    /// Calls `changed` each time the server announces new changes, until the connection
    /// ends or the task is cancelled.
    func listen(_ changed: @escaping @Sendable () -> Void) async throws {
        try await run {
            try await connection.listen(on: TeamServerSchema.channel) { notifications in
                for try await _ in notifications { changed() }
            }
        }
    }
}
