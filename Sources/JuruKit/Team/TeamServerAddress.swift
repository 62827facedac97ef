import Foundation

/// Where the team server is, from a libpq URL
/// (`postgresql://user@host:port/database?sslmode=require`). The password is never
/// part of what Juru keeps: it comes from `PGPASSWORD` or `~/.pgpass`, as for psql.
public struct TeamServerAddress: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: String

    public init(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let parts = URLComponents(string: url), ["postgresql", "postgres"].contains(parts.scheme ?? "") else {
            throw TeamError.badURL(url)
        }
        host = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"] ?? "localhost"
        port = parts.port ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
        user = parts.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = path.isEmpty ? user : path.removingPercentEncoding ?? path
        sslMode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? environment["PGSSLMODE"] ?? "prefer"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw TeamError.badURL(url)
        }
    }

    /// The URL as shown and kept: without a password, even if one was given.
    public var display: String {
        "postgresql://\(user)@\(host):\(port)/\(database)" + (sslMode == "prefer" ? "" : "?sslmode=\(sslMode)")
    }

    /// `PGPASSWORD`, else the first matching line of `PGPASSFILE` or `~/.pgpass`
    /// (`host:port:database:user:password`, `*` for any).
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let password = environment["PGPASSWORD"] { return password }
        let file = environment["PGPASSFILE"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".pgpass").path
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = Self.fields(of: String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A .pgpass line's fields: `:` separates, `\` escapes.
    private static func fields(of line: String) -> [String] {
        var fields = [""], escaped = false
        for character in line {
            if escaped { fields[fields.count - 1].append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append("") }
            else { fields[fields.count - 1].append(character) }
        }
        return fields
    }
}
