import ArgumentParser
import Foundation
import JuruKit

/// How a workspace memory's costs grow with its size: for each size, a TMX written
/// from the TM benchmark's TSV is imported into a fresh workspace, opened twice (the
/// first open builds and writes the index file, the second reads it), and asked the
/// benchmark's queries through `juru tm lookup --stdin`. Every step runs `juru` as its
/// own process under `/usr/bin/time`, so each time and peak memory is what a
/// translator's command costs.
struct MemoryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Import, open and look up in workspace memories of growing size (a cost table)."
    )

    @Option(help: "The largest memory, in units; the table has 10k, 100k, 1M, 10M up to it.")
    var units = 1_000_000

    @Option(help: "Where the TM benchmark's TSVs are (tm-10k.tsv, …, from ../shared/bench/tm/grow.py).")
    var tsvFolder = "~/.cache/juru-bench/tm-work"

    @Option(help: "The TM benchmark's queries (qid<TAB>source).")
    var queries = "../shared/data/tm/queries.tsv"

    @Option(help: "Queries per metric.")
    var limit = 300

    @Option(help: "Scratch folder for the TMX files and workspaces.")
    var work = "/tmp/juru-bench-memory"

    @Option(help: "The juru executable (default: beside juru-bench).")
    var juru: String?

    func run() throws {
        let executable = juru ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("juru").path
        let folder = URL(fileURLWithPath: (tsvFolder as NSString).expandingTildeInPath)
        let workFolder = URL(fileURLWithPath: work)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let questions = try Self.readQueries(URL(fileURLWithPath: queries), limit: limit)
        let sizes = [10_000, 100_000, 1_000_000, 10_000_000].filter { $0 <= units }
        print("| units | load | import s | import MB | units/s | first open s (builds index) | open + lookup s | open MB | char p50 / p95 ms | word p50 / p95 ms | lookup MB | store MB | index MB |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for size in sizes {
            let label = Self.label(size)
            let tsv = folder.appendingPathComponent("tm-\(label).tsv")
            let tmx = workFolder.appendingPathComponent("tm-\(label).tmx")
            if !FileManager.default.fileExists(atPath: tmx.path) { try Self.writeTMX(from: tsv, to: tmx) }
            let workspace = workFolder.appendingPathComponent("ws-\(label)")
            try? FileManager.default.removeItem(at: workspace)
            try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
            let load = Self.loadAverage()
            let imported = try Timed.run(executable, ["tm", "import", "--workspace", workspace.path, tmx.path])
            let sentence = questions.first?.source ?? "Presiden tiba di Seoul."
            let built = try Timed.run(executable, ["tm", "lookup", "--workspace", workspace.path, sentence])
            let opened = try Timed.run(executable, ["tm", "lookup", "--workspace", workspace.path, sentence])
            let char = try LookupSession.measure(executable, workspace: workspace, metric: "char", questions)
            let word = try LookupSession.measure(executable, workspace: workspace, metric: "word", questions)
            let store = Self.megabytes(workspace.appendingPathComponent("memory/juru.sqlite"))
            let index = Self.megabytes(workspace.appendingPathComponent("memory/juru.sqlite.index"))
            print(String(format: "| %@ | %.1f | %.1f | %d | %.0f | %.2f | %.2f | %d | %.2f / %.2f | %.2f / %.2f | %d | %d | %d |",
                         label, load, imported.seconds, imported.megabytes, Double(size) / imported.seconds,
                         built.seconds, opened.seconds, opened.megabytes, char.p50, char.p95, word.p50, word.p95,
                         max(char.megabytes, word.megabytes), store, index))
            fflush(nil)  // each row as it is measured
        }
    }

    static func label(_ size: Int) -> String {
        size >= 1_000_000 ? "\(size / 1_000_000)m" : "\(size / 1000)k"
    }

    static func loadAverage() -> Double {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return Double(text.split(separator: " ").first ?? "") ?? 0
    }

    static func megabytes(_ url: URL) -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return size / 1_000_000
    }

    static func readQueries(_ url: URL, limit: Int) throws -> [(id: String, source: String)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [(id: String, source: String)] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[0] != "qid" else { continue }
            result.append((String(fields[0]), String(fields[1])))
            if result.count == limit { break }
        }
        return result
    }

    /// A TMX of the TSV's pairs (`id<TAB>source<TAB>target…`), `tuid` the id.
    static func writeTMX(from tsv: URL, to tmx: URL) throws {
        guard let input = FileHandle(forReadingAtPath: tsv.path) else {
            throw ValidationError("No \(tsv.path): run ../shared/bench/tm/grow.py first.")
        }
        FileManager.default.createFile(atPath: tmx.path, contents: nil)
        let output = try FileHandle(forWritingTo: tmx)
        defer { try? output.close() }
        var buffer = Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="juru-bench" creationtoolversion="1" segtype="sentence" o-tmf="tsv" adminlang="en" srclang="id" datatype="plaintext"/><body>

            """.utf8)
        var pending = Data()
        func flushLines(final: Bool) {
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 3 else { continue }
                buffer.append(contentsOf: "<tu tuid=\"\(escape(fields[0]))\"><tuv xml:lang=\"id\"><seg>\(escape(fields[1]))</seg></tuv><tuv xml:lang=\"en\"><seg>\(escape(fields[2]))</seg></tuv></tu>\n".utf8)
            }
            if buffer.count > 1 << 22 || final {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        while true {
            let chunk = input.readData(ofLength: 1 << 22)
            if chunk.isEmpty { break }
            pending.append(chunk)
            flushLines(final: false)
        }
        buffer.append(contentsOf: "</body></tmx>\n".utf8)
        flushLines(final: true)
    }

    /// The text escaped for XML by the TMX writer's own escaping, which also leaves out the
    /// control characters XML does not allow (a few of the benchmark's web-crawled pairs have them).
    static func escape(_ text: Substring) -> String {
        XMLText.escape(String(text))
    }
}

/// A `juru` run under `/usr/bin/time`: its wall time and peak memory.
struct Timed {
    var seconds: Double
    var megabytes: Int

    static func run(_ executable: String, _ arguments: [String]) throws -> Timed {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "TIMED %e %M"] + [executable] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let line = text.split(separator: "\n").last(where: { $0.hasPrefix("TIMED ") }) else {
            throw ValidationError("juru \(arguments.joined(separator: " ")) failed: \(text)")
        }
        let fields = line.split(separator: " ")
        return Timed(seconds: Double(fields[1]) ?? 0, megabytes: (Int(fields[2]) ?? 0) / 1024)
    }
}

/// `juru tm lookup --stdin` asked one query at a time, timed from this side.
enum LookupSession {
    static func measure(_ executable: String, workspace: URL, metric: String,
                        _ questions: [(id: String, source: String)]) throws -> (p50: Double, p95: Double, megabytes: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "TIMED %e %M", executable, "tm", "lookup", "--workspace", workspace.path,
                             "--stdin", "--metric", metric, "--min", "0.5"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let reader = LineReaderPipe(output.fileHandleForReading)
        _ = reader.nextLine()  // {"ready": true}
        var times: [Double] = []
        for question in questions {
            let start = ContinuousClock.now
            input.fileHandleForWriting.write(Data("\(question.id)\t\(question.source)\n".utf8))
            guard reader.nextLine() != nil else { break }
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        try input.fileHandleForWriting.close()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        times.sort()
        let line = text.split(separator: "\n").last(where: { $0.hasPrefix("TIMED ") })
        let megabytes = line.map { (Int($0.split(separator: " ")[2]) ?? 0) / 1024 } ?? 0
        guard !times.isEmpty else { return (0, 0, megabytes) }
        return (times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.95))], megabytes)
    }
}

/// Lines from a pipe, read as they come.
final class LineReaderPipe {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) {
        self.handle = handle
    }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
