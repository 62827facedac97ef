import Foundation
import Testing

/// A first join killed with SIGKILL half-way, then finished by `juru team sync`.
extension TeamScenarioTests {
    @Test("kill -9 in the middle of a first join: team sync completes it, every unit there exactly once")
    func killedFirstJoin() throws {
        guard let pairs = try Self.realPairs(30_000) else { print(Self.noSharedData); return }
        let tmx = a.url.appendingPathComponent("real.tmx")
        try Self.writeTMX(pairs, to: tmx)
        #expect(try Juru.run(["tm", "import", tmx.path], workspace: a.url).status == 0)
        try join(a, as: "alice")
        let held = try total(in: a)
        #expect(held > 25_000)

        // Killed once its pull has begun staging pages (a scratch file in memory/).
        let joining = try Juru.Running(["team", "join", desk.server.url("bob")], workspace: b.url)
        let memory = b.url.appendingPathComponent("memory")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !Self.isStaging(memory) { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(joining.kill(), "the join ended before it could be killed: the memory is too small to test this")

        let synced = try Juru.run(["team", "sync"], workspace: b.url)
        #expect(synced.status == 0, "\(synced.error)")
        #expect(try total(in: b) == held)
        for (source, target) in [pairs[0], pairs[pairs.count / 2], pairs[pairs.count - 1]] {
            #expect(try lookup(source, in: b).filter { $0 == target }.count == 1, "\(source)")
        }
        // Nothing is pulled twice.
        #expect(try Juru.run(["team", "sync"], workspace: b.url).status == 0)
        #expect(try total(in: b) == held)
    }

    static let noSharedData = "../shared/data/tm/tm-real.tsv.gz is absent: the killed-join test is skipped"

    /// The first `count` real pairs of the shared TM benchmark (../shared/data/tm, its
    /// README gives each corpus's source and licence), or nil when ../shared is absent.
    static func realPairs(_ count: Int) throws -> [(String, String)]? {
        let tsv = Juru.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/tm/tm-real.tsv.gz")
        guard FileManager.default.fileExists(atPath: tsv.path) else { return nil }
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        unzip.arguments = ["-dc", tsv.path]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        // A few pairs hold control characters, which XML does not allow in a TMX file.
        func fitsXML(_ text: Substring) -> Bool {
            text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" }
        }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fitsXML(fields[1]), fitsXML(fields[2]) else { return nil }
            return (String(fields[1]), String(fields[2]))
        }.prefix(count).map { $0 }
    }

    static func writeTMX(_ pairs: [(String, String)], to file: URL) throws {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="juru-tests" creationtoolversion="1" segtype="sentence" \
            o-tmf="tsv" adminlang="en" srclang="id" datatype="plaintext"/><body>

            """
        for (source, target) in pairs {
            tmx += "<tu><tuv xml:lang=\"id\"><seg>\(escaped(source))</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>\(escaped(target))</seg></tuv></tu>\n"
        }
        tmx += "</body></tmx>\n"
        try Data(tmx.utf8).write(to: file)
    }

    /// Whether a pull is writing into an import's scratch database in `memory`.
    static func isStaging(_ memory: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: memory.path)) ?? []
        return names.contains { $0.hasPrefix(".import-") }
    }
}
