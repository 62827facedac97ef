import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A PostgreSQL server of the test's own: `initdb` in a temporary folder, a free
/// loopback port, trust authentication, run as an unprivileged user when the tests
/// run as root (PostgreSQL refuses root). Stopped and removed at the end.
final class ThrowawayPostgres {
    /// Debian's binaries (`postgresql`), the newest version installed; else the folder
    /// of an `initdb` on PATH (other systems put it there).
    static let binaries: URL? = {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let debian = versions.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.reversed()
            .map { root.appendingPathComponent($0).appendingPathComponent("bin") }
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)) }
        return (debian + path).first { folder in
            ["initdb", "pg_ctl", "psql"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent($0).path)
            }
        }
    }()

    static var isInstalled: Bool { binaries != nil }
    static let skipReason: Comment = "PostgreSQL is not installed (apt-get install postgresql, as .ci/install-deps does)"

    let folder: URL
    let port: Int
    let admin = "juru_admin"
    private let runAs: String?

    init() throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("juru-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try Self.freePort()
        runAs = getuid() == 0 ? (Self.userExists("postgres") ? "postgres" : "nobody") : nil
        if let runAs { try Self.shell("/bin/chown", ["-R", runAs, folder.path]) }
        try run("initdb", ["-D", data, "-U", admin, "--auth=trust", "-E", "UTF8", "--no-sync"])
        try start()
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private var data: String { folder.appendingPathComponent("data").path }

    func start() throws {
        try run("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("log").path, "-w", "-t", "30", "-o",
                           "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    }

    func stop() throws {
        try run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"])
    }

    /// A libpq URL for `role` on database `database`.
    func url(_ role: String, _ database: String = "desk") -> String {
        "postgresql://\(role)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Runs SQL as the administrator.
    func sql(_ statement: String, database: String = "postgres") throws {
        try Self.shell(Self.binaries!.appendingPathComponent("psql").path,
                       ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port), "-U", admin,
                        "-d", database, "-c", statement])
    }

    private func run(_ tool: String, _ arguments: [String]) throws {
        let path = Self.binaries!.appendingPathComponent(tool).path
        if let runAs {
            try Self.shell("/usr/sbin/runuser", ["-u", runAs, "--", path] + arguments)
        } else {
            try Self.shell(path, arguments)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a tool and waits for it. Spawned directly, not with Foundation's Process:
    /// the server pg_ctl starts would inherit the descriptor Process watches for the
    /// child's end, and the wait would never return. Output goes to a file for the same
    /// reason.
    @discardableResult
    static func shell(_ executable: String, _ arguments: [String]) throws -> String {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("juru-pg-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "\(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        // Exited normally with 0: the low 7 bits (signal) and the exit code both zero.
        guard status == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")): \(text)")
        }
        return text
    }

    private static func userExists(_ name: String) -> Bool { getpwnam(name) != nil }

    /// A loopback port nobody listens on: bound to port 0, then released.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(socket, $0, length) == 0, getsockname(socket, $0, &length) == 0 else {
                    throw Failure(description: "no free loopback port")
                }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A desk: a throwaway server with the team's tables, and translators' roles.
struct Desk {
    let server: ThrowawayPostgres

    init() throws {
        server = try ThrowawayPostgres()
        try server.sql("CREATE DATABASE desk")
        for (role, group) in [("alice", "juru_writer"), ("bob", "juru_writer"), ("rita", "juru_reader")] {
            try server.sql("CREATE ROLE \(role) LOGIN")
            _ = group
        }
    }

    /// `juru team init` as the administrator, then each translator's grant.
    func initialise() throws -> Juru.Result {
        let result = try Juru.run(["team", "init", server.url(server.admin)])
        try server.sql("GRANT juru_writer TO alice, bob; GRANT juru_reader TO rita", database: "desk")
        return result
    }
}
