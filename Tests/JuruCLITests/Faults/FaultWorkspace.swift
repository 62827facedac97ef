import Foundation
import Testing

/// What the fault tests check in a workspace after a kill: the memory's unit count,
/// scratch files left behind, and SQLite's integrity check (through `juru doctor`).
enum FaultWorkspace {
    /// The number of units in the project memory, from `juru tm stats`.
    static func unitCount(_ workspace: URL) throws -> Int {
        let stats = try Juru.run(["tm", "stats"], workspace: workspace)
        let total = stats.output.split(separator: "\n").first { $0.hasPrefix("total") }
        return total.flatMap { $0.split(separator: " ").last }.flatMap { Int($0) } ?? 0
    }

    /// Import scratch stores and half-written exports anywhere in the workspace.
    static func leftovers(in workspace: URL) -> [String] {
        let entries = FileManager.default.enumerator(atPath: workspace.path)?.allObjects as? [String] ?? []
        return entries.filter {
            let name = ($0 as NSString).lastPathComponent
            return (name.hasPrefix(".import-") && name.contains(".sqlite")) || name.hasSuffix(".part")
        }
    }

    /// Whether `juru doctor` finds the store sound (it runs `PRAGMA integrity_check`).
    static func isSound(_ workspace: URL) throws -> Bool {
        let doctor = try Juru.run(["doctor"], workspace: workspace)
        return doctor.status == 0 && doctor.output.contains("ok")
    }

    /// A TMX of `count` Indonesian–English units, made once and reused by later runs
    /// (its content never changes; it is moved into place whole).
    static func generatedTMX(units count: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("juru-fault-v1-\(count).tmx")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="juru-fault-tests" creationtoolversion="1" datatype="plaintext" \
            segtype="sentence" adminlang="en" srclang="id" o-tmf="none"/><body>

            """
        for number in 0..<count {
            text += "<tu><tuv xml:lang=\"id\"><seg>Harga beras di pasar nomor \(number) naik lagi minggu ini.</seg></tuv>"
            text += "<tuv xml:lang=\"en\"><seg>Rice prices at market number \(number) rose again this week.</seg></tuv></tu>\n"
        }
        text += "</body></tmx>\n"
        let staging = url.appendingPathExtension("\(getpid()).writing")
        try text.write(to: staging, atomically: false, encoding: .utf8)
        _ = try? FileManager.default.moveItem(at: staging, to: url)
        return url
    }

    /// The rows of `juru export --tsv`: segment number → (status, target).
    static func exportedSegments(_ workspace: URL) throws -> [Int: (status: String, target: String)] {
        let tsv = workspace.appendingPathComponent("segments-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: tsv) }
        let export = try Juru.run(["export", "--tsv", tsv.path], workspace: workspace)
        guard export.status == 0 else { throw FaultError("juru export failed: \(export.error)") }
        var rows: [Int: (status: String, target: String)] = [:]
        for line in try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count >= 4, let number = Int(fields[0]) { rows[number] = (fields[1], fields[3]) }
        }
        return rows
    }
}

struct FaultError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
