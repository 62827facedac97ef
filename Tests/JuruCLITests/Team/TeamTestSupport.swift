import Foundation
import JuruKit

/// Reads a workspace's store the way the tests need it.
enum TeamStoreReader {
    static func sources(of document: String, workspace: URL) throws -> [String] {
        let store = try MemoryStore(workspace: Workspace(root: workspace))
        guard let found = try store.document(named: document) else { return [] }
        return try store.segments(of: found).map(\.source)
    }
}

extension Juru {
    /// A `juru` left running (the REPL), its standard input open until ``finish(input:)``.
    final class Running {
        private let process = Process()
        private let input = Pipe(), output = Pipe(), error = Pipe()

        /// Starts `juru`; `input`, when given, is typed at once and the input closed.
        init(_ arguments: [String], workspace: URL, input text: String? = nil) throws {
            process.executableURL = Juru.executable
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["JURU_WORKSPACE"] = nil
            process.environment = environment
            process.currentDirectoryURL = workspace
            process.standardInput = input
            process.standardOutput = output
            process.standardError = error
            try process.run()
            if let text { try type(text) }
        }

        private func type(_ text: String) throws {
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
        }

        /// Kills the process with SIGKILL, as a crash would; false when it had ended already.
        func kill() -> Bool {
            guard process.isRunning else { return false }
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return process.terminationReason == .uncaughtSignal
        }

        /// Types `text`, closes the input and waits for the end.
        func finish(input text: String? = nil) throws -> Result {
            if let text { try type(text) }
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                          error: String(decoding: err, as: UTF8.self))
        }
    }
}

/// Real files the team tests share.
enum TeamFixtures {
    /// TICO-19's TMX, 3,071 units (source and licence: JuruKitTests/Fixtures/tmx/real/README.md),
    /// unpacked into `folder`.
    static func tico19(in folder: TemporaryFolder) throws -> URL {
        let fixture = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/tmx/real/tico19-all.en-id.tmx.gz")
        let tmx = folder.url.appendingPathComponent("tico19.tmx")
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gunzip.arguments = ["-c", "gzip -dc '\(fixture.path)' > '\(tmx.path)'"]
        try gunzip.run()
        gunzip.waitUntilExit()
        return tmx
    }
}
