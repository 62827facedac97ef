import Foundation
import Testing

/// `juru add` and `juru translate` as a translator uses them, input piped or killed.
struct TranslateCommandTests {
    static let article = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt")

    @Test func pipedLinesConfirmSegmentsAndExportKeepsThem() throws {
        let folder = try TemporaryFolder()
        let added = try Juru.run(["add", Self.article.path], workspace: folder.url)
        #expect(added.output == "kbs-korut-rusia.txt: 14 segments\n", "\(added.error)")
        let result = try Juru.run(["translate"], input: "North Korea-Russia summit shows closer military ties\nWritten: 2024-06-20 15:10:32 Updated: 2024-06-20 15:39:07\n:q\n",
                                  workspace: folder.url, environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("▶  1  Pertemuan Korut-Rusia Pamerkan"))
        #expect(result.output.contains("2/14 segments"))
        #expect(!result.output.contains("\u{1B}["))  // NO_COLOR
        let tsv = folder.url.appendingPathComponent("out.tsv")
        _ = try Juru.run(["export", "--tsv", tsv.path], workspace: folder.url)
        let rows = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n")
        #expect(rows[1] == "1\ttranslated\tPertemuan Korut-Rusia Pamerkan Peningkatan Hubungan Bilateral dan Kerja Sama Militer\tNorth Korea-Russia summit shows closer military ties\t")
        #expect(rows[3].hasPrefix("3\tnew\t"))
    }

    @Test func aKillRightAfterAConfirmationLosesNothing() throws {
        let folder = try TemporaryFolder()
        _ = try Juru.run(["add", Self.article.path], workspace: folder.url)
        let process = Process()
        process.executableURL = Juru.executable
        process.arguments = ["translate"]
        process.currentDirectoryURL = folder.url
        process.environment = ["NO_COLOR": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("North Korea-Russia summit shows closer ties\n".utf8))
        // The next segment on screen means the confirmation returned.
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while !seen.contains("segment 2 of 14") && Date() < deadline {
            // Waits for output at most a second, so a screen that never comes fails the
            // test at the deadline instead of hanging the suite.
            var ready = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 1_000) > 0 else { continue }
            seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(seen.contains("segment 2 of 14"), "\(seen)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let tsv = folder.url.appendingPathComponent("out.tsv")
        _ = try Juru.run(["export", "--tsv", tsv.path], workspace: folder.url)
        #expect(try String(contentsOf: tsv, encoding: .utf8).contains("1\ttranslated\tPertemuan Korut-Rusia Pamerkan Peningkatan Hubungan Bilateral dan Kerja Sama Militer\tNorth Korea-Russia summit shows closer ties"))
    }
}
