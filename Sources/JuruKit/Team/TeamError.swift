import Foundation

/// What can go wrong with the team, in words a translator can act on.
public enum TeamError: Error, LocalizedError, Equatable {
    case badURL(String)
    case unreachable(String, String)
    case refused(String, String)
    case readOnlyRole(String)
    case notInitialised(String)
    case notAMember
    case newerServer(String, Int)

    public var errorDescription: String? {
        switch self {
        case .badURL(let url):
            "\(url): not a PostgreSQL URL; give postgresql://user@host:port/database (the password comes from PGPASSWORD or ~/.pgpass)"
        case .unreachable(let server, let why): "team server \(server) cannot be reached (\(why))"
        case .refused(let server, let message): "team server \(server): \(message)"
        case .readOnlyRole(let role):
            "role \(role) may only read the team's memory; nothing was changed (ask for juru_writer, then juru team sync)"
        case .notInitialised(let server): "\(server) has no team memory yet; run juru team init with it first"
        case .notAMember: "this workspace is not in a team; juru team join URL makes it a member"
        case .newerServer(let server, let version):
            "\(server): the team memory was made by a newer Juru (schema \(version)); upgrade Juru"
        }
    }
}
