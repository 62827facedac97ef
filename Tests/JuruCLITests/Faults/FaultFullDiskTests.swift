import Foundation
import Testing

/// A workspace on a 2 MB tmpfs, filled: an import, a confirmation and an export each
/// fail with one `juru:` line and exit 1, and nothing stored before is lost. Mounting
/// needs root (or CAP_SYS_ADMIN); elsewhere the test is skipped.
@Suite(.serialized)
struct FaultFullDiskTests {
    /// A 2 MB tmpfs mounted on a fresh folder, unmounted when released.
    final class TinyDisk {
        let folder: TemporaryFolder
        var url: URL { folder.url }

        init?() {
            guard let folder = try? TemporaryFolder() else { return nil }
            self.folder = folder
            guard Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder.url.path) else { return nil }
        }

        deinit { _ = Self.run("/bin/umount", "-l", folder.url.path) }

        private static func run(_ tool: String, _ arguments: String...) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }

        /// Writes zeros until the disk refuses more.
        func fill() {
            let filler = url.appendingPathComponent("filler").path
            _ = FileManager.default.createFile(atPath: filler, contents: nil)
            guard let handle = FileHandle(forWritingAtPath: filler) else { return }
            let block = Data(count: 4096)
            while (try? handle.write(contentsOf: block)) != nil {}
            try? handle.close()
        }
    }

    static let mountable = TinyDisk() != nil

    static func expectOneLineRefusal(_ result: Juru.Result, _ what: String) {
        #expect(result.status == 1, "\(what): exit \(result.status), \(result.error)")
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("juru: "), "\(what) said: \(result.error)")
    }

    @Test(.enabled(if: mountable, "needs root and `mount -t tmpfs` (not allowed here): full-disk test skipped"))
    func aFullDiskRefusesWritesAndKeepsWhatWasStored() throws {
        let disk = try #require(TinyDisk())
        let workspace = disk.url
        _ = try Juru.run(["add", TranslateCommandTests.article.path], workspace: workspace)
        _ = try Juru.run(["tm", "add", "KTT digelar di Hanoi.", "The summit was held in Hanoi."], workspace: workspace)
        _ = try Juru.run(["translate"], input: "Stored before the disk filled\n:q\n", workspace: workspace)
        let before = try FaultWorkspace.unitCount(workspace)
        disk.fill()

        let tmx = try FaultWorkspace.generatedTMX(units: 2_000)
        Self.expectOneLineRefusal(try Juru.run(["tm", "import", tmx.path], workspace: workspace), "tm import")
        Self.expectOneLineRefusal(try Juru.run(["translate"], input: "Written on a full disk\n:q\n", workspace: workspace),
                                  "a confirmation")
        Self.expectOneLineRefusal(try Juru.run(["tm", "export", "out.tmx"], workspace: workspace), "tm export")

        try FileManager.default.removeItem(at: workspace.appendingPathComponent("filler"))
        #expect(FaultWorkspace.leftovers(in: workspace).isEmpty, "\(FaultWorkspace.leftovers(in: workspace))")
        #expect(try FaultWorkspace.unitCount(workspace) == before)
        let rows = try FaultWorkspace.exportedSegments(workspace)
        #expect(rows[1]?.target == "Stored before the disk filled")
        #expect(rows[2]?.status != "translated")
        #expect(try FaultWorkspace.isSound(workspace))
    }
}
