import Foundation

/// A `juru` process left running in the background, to be fed, watched and killed.
/// Standard output and error are collected together as they come.
final class RunningJuru: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var collected = Data()

    init(_ arguments: [String], workspace: URL) throws {
        // A write to a killed REPL's input must be an error here, not a SIGPIPE that ends the tests.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = Juru.executable
        process.arguments = arguments
        process.currentDirectoryURL = workspace
        var environment = ProcessInfo.processInfo.environment
        environment["JURU_WORKSPACE"] = nil
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            guard let self else { return }
            self.lock.withLock { self.collected.append(data) }
        }
        try process.run()
    }

    var text: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }

    /// Sends a line to standard input; false once the process is gone.
    @discardableResult
    func send(_ line: String) -> Bool {
        (try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))) != nil
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to end; a process still running after `timeout` is a hang,
    /// killed and reported as nil.
    func wait(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill9(); return nil }
        process.waitUntilExit()
        usleep(50_000)  // the last output still in the pipe
        return process.terminationStatus
    }

    /// Waits until the output contains `text`.
    func waitFor(_ text: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if self.text.contains(text) { return true }
            if !process.isRunning { return self.text.contains(text) }
            usleep(5_000)
        }
        return false
    }
}
