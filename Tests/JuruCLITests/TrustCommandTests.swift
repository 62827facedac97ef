import Foundation
import Testing
@testable import JuruKit

/// What a translator relies on without checking by hand: the memory serves the
/// correction, exports go where they are told, and a confirmation is never skipped.
/// The article is the KBS seed (Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt).
struct TrustCommandTests {
    static let article = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt")
    /// Segment 1: the headline (the rubric line above it, "Antar-Korea", is page furniture).
    static let headline = "Pertemuan Korut-Rusia Pamerkan Peningkatan Hubungan Bilateral dan Kerja Sama Militer"

    /// The article added under `name` (a copy of the seed).
    func add(_ name: String, to folder: TemporaryFolder) throws {
        let copy = folder.url.appendingPathComponent(name)
        try? FileManager.default.copyItem(at: Self.article, to: copy)
        let added = try Juru.run(["add", copy.path], workspace: folder.url)
        #expect(added.status == 0, "\(added.error)")
    }

    @Test func aCorrectionIsWhatTheMemoryServesAndExports() throws {
        let folder = try TemporaryFolder()
        try add("kbs.txt", to: folder)
        let session = try Juru.run(["translate"], input: "North Korea-Russia meeting\n:g 1\nNorth Korea-Russia summit\n:q\n", workspace: folder.url,
                                   environment: ["NO_COLOR": "1"])
        #expect(session.status == 0, "\(session.error)")
        let exported = try Juru.run(["tm", "export", "-"], workspace: folder.url)
        #expect(exported.output.components(separatedBy: "<tu ").count - 1 == 1)
        #expect(exported.output.contains("<seg>North Korea-Russia summit</seg>") && !exported.output.contains("<seg>North Korea-Russia meeting</seg>"))
        #expect(exported.error.contains("standard output: 1 unit written"))

        try add("follow-up.txt", to: folder)
        let lookup = try Juru.run(["tm", "lookup", "--json", Self.headline], workspace: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(lookup.output.utf8)) as? [String: Any]
        let matches = try #require(object?["matches"] as? [[String: Any]])
        #expect(matches.map { $0["target"] as? String } == ["North Korea-Russia summit"])

        let history = try Juru.run(["tm", "history", Self.headline], workspace: folder.url)
        #expect(history.output.contains("current   [1] North Korea-Russia summit\n"))
        #expect(history.output.contains("corrected [1] North Korea-Russia meeting\n"))

        let edited = try Juru.run(["tm", "edit", "1", "--target", "North Korea-Russia summit shows closer ties"], workspace: folder.url)
        #expect(edited.output == "Unit 1 now reads: North Korea-Russia summit shows closer ties\n")
        let deleted = try Juru.run(["tm", "delete", "--source", Self.headline], workspace: folder.url)
        #expect(deleted.output == "Deleted 1 unit.\n")
        #expect(try Juru.run(["tm", "lookup", Self.headline], workspace: folder.url).output.contains("No match"))
        let missing = try Juru.run(["tm", "delete", "99"], workspace: folder.url)
        #expect(missing.status == 1 && missing.error.hasPrefix("juru: there is no unit 99"))
    }

    @Test func exportsGoToStandardOutputAndThroughSpecialFiles() throws {
        let folder = try TemporaryFolder()
        try add("kbs.txt", to: folder)
        _ = try Juru.run(["translate"], input: "North Korea-Russia summit shows closer ties\n:q\n", workspace: folder.url)
        let text = try Juru.run(["export", "--text", "-"], workspace: folder.url)
        #expect(text.output.hasPrefix("North Korea-Russia summit shows closer ties\n\n[ID: Write: 2024-06-20"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path))
        // A link to a device stays a link.
        let link = folder.url.appendingPathComponent("out.tsv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        let written = try Juru.run(["export", "--tsv", link.path], workspace: folder.url)
        #expect(written.status == 0, "\(written.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
        // A FIFO is written through, not replaced.
        let fifo = folder.url.appendingPathComponent("pipe.tsv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo.path]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        _ = try Juru.run(["export", "--tsv", fifo.path], workspace: folder.url)
        let received = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(received.hasPrefix("segment\tstate\tsource\ttarget\tnote\n1\ttranslated\t\(Self.headline)\tNorth Korea-Russia summit shows closer ties"))
        // A folder that does not exist: one line, and no temporary file anywhere.
        let failed = try Juru.run(["tm", "export", folder.url.appendingPathComponent("no/such/out.tmx").path], workspace: folder.url)
        #expect(failed.status == 1 && failed.error.hasPrefix("juru: ") && failed.error.split(separator: "\n").count == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".part") }
        #expect(leftovers.isEmpty)
    }

    @Test func pretranslateFillsARepeatedDocumentAndCanBeUndone() throws {
        let folder = try TemporaryFolder()
        try add("kbs.txt", to: folder)
        _ = try Juru.run(["translate"], input: "North Korea-Russia summit shows closer bilateral ties and military cooperation\nWritten: 2024-06-20 15:10:32 Updated: 2024-06-20 15:39:07\n:q\n",
                         workspace: folder.url)
        try add("kbs-again.txt", to: folder)
        let filled = try Juru.run(["pretranslate", "kbs-again.txt"], workspace: folder.url)
        #expect(filled.status == 0, "\(filled.error)")
        #expect(filled.output == "kbs-again.txt: 2 translated, 0 drafts, 12 left (100% 2)\n")
        let tsv = try Juru.run(["export", "kbs-again.txt", "--tsv", "-"], workspace: folder.url).output
        #expect(tsv.contains("1\ttranslated\t\(Self.headline)\tNorth Korea-Russia summit shows closer bilateral ties and military cooperation\t\n"))
        let undone = try Juru.run(["pretranslate", "--undo", "kbs-again.txt"], workspace: folder.url)
        #expect(undone.output == "kbs-again.txt: 2 segments new again\n")
        #expect(try Juru.run(["export", "kbs-again.txt", "--tsv", "-"], workspace: folder.url).output.contains("1\tnew\t\(Self.headline)\t\t\n"))
        let removed = try Juru.run(["remove", "kbs-again.txt"], workspace: folder.url)
        #expect(removed.output == "Removed kbs-again.txt.\n")
        #expect(try Juru.run(["stats"], workspace: folder.url).output.hasPrefix("kbs.txt: "))
    }

    @Test func pipedConfirmationsWaitForAnotherWriterAndLandOnTheirSegments() throws {
        let folder = try TemporaryFolder()
        try add("kbs.txt", to: folder)
        // Another juru holds the store's write lock for two seconds (a long import's last step).
        let store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
        let holding = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? store.database.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                holding.signal()
                Thread.sleep(forTimeInterval: 2)
                try db.execute(sql: "COMMIT")
            }
        }
        holder.start()
        holding.wait()
        let lines = ["North Korea-Russia summit shows closer ties", "Written: 2024-06-20", "The ministry said so.", "A ministry official said so."]
        let session = try Juru.run(["translate"], input: lines.joined(separator: "\n") + "\n:q\n", workspace: folder.url,
                                   environment: ["NO_COLOR": "1"])
        #expect(session.status == 0, "\(session.error)")
        #expect(session.error.contains("the memory is busy"))
        let rows = try Juru.run(["export", "--tsv", "-"], workspace: folder.url).output.split(separator: "\n").dropFirst()
        #expect(rows.prefix(4).map { $0.split(separator: "\t").last.map(String.init) } == lines)
    }

    @Test func aReadOnlyWorkspaceReadsAndRefusesWritesInOneLine() throws {
        // Root writes everywhere; an ordinary user (nobody) meets the read-only store.
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
        let folder = try TemporaryFolder()
        chmod(folder.url.path, 0o755)
        _ = try Juru.run(["tm", "add", "Korut", "North Korea"], workspace: folder.url)
        func asNobody(_ arguments: [String]) throws -> Juru.Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "nobody", "--", Juru.executable.path] + arguments + ["--workspace", folder.url.path]
            let output = Pipe(), error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            let out = output.fileHandleForReading.readDataToEndOfFile(), err = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Juru.Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                               error: String(decoding: err, as: UTF8.self))
        }
        let stats = try asNobody(["tm", "stats"])
        // The build folder must be open to nobody for this to mean anything.
        guard !stats.error.contains("Permission denied") else { return }
        #expect(stats.status == 0 && stats.output.contains("project                1"))
        let add = try asNobody(["tm", "add", "Korsel", "South Korea"])
        #expect(add.status == 1 && add.error.hasSuffix("reading works, writes are off\n"))
    }
}
