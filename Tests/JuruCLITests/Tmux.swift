import Foundation

/// `juru translate` in a real terminal: a tmux session of its own (its own server
/// socket, so a developer's tmux is never touched), driven with send-keys and read
/// with capture-pane.
final class Tmux {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { executable != nil }

    let socket = "juru-test-\(UUID().uuidString.prefix(8))"
    let target = "repl"

    /// Starts `juru ARGUMENTS` in `folder` in a window `columns` wide. The shell
    /// line after it says how it ended (`EXIT=0`) and keeps the pane open.
    init(columns: Int, rows: Int = 40, folder: URL, arguments: [String]) throws {
        let command = "LC_ALL=C.UTF-8 NO_COLOR=1 \(Juru.executable.path) \(arguments.joined(separator: " ")); echo EXIT=$?; sleep 600"
        try tmux(["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)", "-c", folder.path, command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Keys as tmux names them (`Escape`, `PageDown`, `C-c`) or literal text.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Text typed as it is, never read as key names.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    func resize(columns: Int) throws { try tmux(["resize-window", "-t", target, "-x", "\(columns)"]) }

    /// What the pane shows now, its scrollback included.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target, "-S", "-2000"]) }

    /// Waits until the pane shows what `condition` looks for; the screen then.
    @discardableResult
    func wait(timeout: TimeInterval = 20, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var shown = try screen()
        while !condition(shown) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            shown = try screen()
        }
        return shown
    }

    /// Waits until the last non-blank line of the pane is `line`.
    @discardableResult
    func wait(forLastLine line: String, timeout: TimeInterval = 20) throws -> String {
        try wait(timeout: timeout) { Tmux.lastLine($0) == line }
    }

    static func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty } ?? ""
    }

    /// The latest screen drawn: from the last heading rule on.
    static func lastScreen(_ screen: String) -> String {
        guard let start = screen.range(of: "── ", options: .backwards) else { return screen }
        return String(screen[start.lowerBound...])
    }

    /// Runs tmux with posix_spawn and waitpid: the server that new-session starts
    /// outlives the client, and only waitpid reliably reaps the client here.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("juru-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let argv = ["/usr/bin/env", "-u", "TMUX", "-u", "JURU_WORKSPACE", "TERM=xterm-256color",
                    Tmux.executable ?? "tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The test runs on a worker thread that blocks signals, and a child inherits
        // the mask: tmux and the REPL would start with SIGWINCH blocked and never see
        // a resize. They start as from a terminal, nothing blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var nothing = sigset_t()
        sigemptyset(&nothing)
        posix_spawnattr_setsigmask(&attributes, &nothing)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}
