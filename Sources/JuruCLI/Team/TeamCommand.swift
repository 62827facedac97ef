import ArgumentParser
import Foundation
import JuruKit

/// `juru team`: share the project memory, glossary additions and documents with a
/// desk of translators through PostgreSQL.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Share the memory, added terms and documents with a team through PostgreSQL.",
        discussion: """
            URLs are libpq's: postgresql://user@host:port/database?sslmode=require. The \
            password comes from PGPASSWORD or ~/.pgpass, never from the workspace. Once \
            joined, every command works as before on the local copy, which is synced when \
            a command starts and when it has changed something; the REPL receives the \
            team's changes live.
            """,
        subcommands: [TeamInitCommand.self, TeamJoinCommand.self, TeamStatusCommand.self, TeamSyncCommand.self,
                      TeamLeaveCommand.self]
    )
}

struct TeamInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create (or migrate) the team's tables and roles in a PostgreSQL database.")

    @Argument(help: "The database's URL.") var url: String

    func run() throws {
        let server = try TeamSync.initialise(url)
        print("Team memory ready on \(server). Grant juru_writer or juru_reader to each translator's role.")
    }
}

struct TeamJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join", abstract: "Make this workspace a member of the team on a server.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The database's URL.") var url: String

    func run() throws {
        let report = try TeamSync.join(url, store: workspace.openStore())
        print("Joined \(report.server) as \(report.role) (\(report.mayWrite ? "may write" : "may only read")): "
              + "\(count(report.sync.sent, "change")) sent, \(count(report.sync.received, "change")) received.")
    }
}

struct TeamStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the team server, the last sync and the changes waiting to be sent.")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let store = try workspace.openStore()
        guard let member = try store.teamMembership() else { throw TeamError.notAMember }
        print("Server: \(member.server)")
        print("Role: \(member.role) (\(member.mayWrite ? "may write" : "may only read"))")
        print("Last sync: \(member.lastSyncAt.map { ISO8601DateFormatter().string(from: $0) } ?? "never")"
              + ", up to change \(member.lastSequence)")
        print("Waiting to be sent: \(count(try store.teamChangesWaiting(), "change"))")
        for notice in try store.takeTeamNotices() { print("team: \(notice)") }
    }
}

struct TeamSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Send the changes waiting, then receive the team's.")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let store = try MemoryStore(workspace: workspace.resolved())
        guard let engine = try TeamSync(store: store) else { throw TeamError.notAMember }
        let report = try engine.sync()
        print("Synced with \(engine.membership.server): \(count(report.sent, "change")) sent, "
              + "\(count(report.received, "change")) received.")
    }
}

struct TeamLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "Leave the team; the local copy stays as it is.")

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Leave even though changes are still waiting to be sent (they are dropped).")
    var force = false

    func run() throws {
        let store = try MemoryStore(workspace: workspace.resolved())
        let waiting = try store.teamChangesWaiting()
        if waiting > 0 && !force {
            throw TeamLeaveError.changesWaiting(waiting)
        }
        _ = try TeamSync.leave(store: store)
        print("Left the team; the memory, glossary and documents stay here.")
    }
}

enum TeamLeaveError: Error, LocalizedError {
    case changesWaiting(Int)
    var errorDescription: String? {
        switch self {
        case .changesWaiting(let waiting):
            "\(count(waiting, "change")) not yet sent to the team; run juru team sync first, or leave with --force to drop them"
        }
    }
}
