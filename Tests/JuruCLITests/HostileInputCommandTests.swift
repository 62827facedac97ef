import Foundation
import Testing

/// Issue 15's hostile inputs through the commands a translator types: one `juru:`
/// line and exit status 1 for each refusal, nothing stored, no crash, no hang.
@Suite("Hostile input at the command line")
struct HostileInputCommandTests {
    static func tmx(units: Int) -> String {
        var text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"id\"/><body>\n"
        for i in 0..<units {
            text += "<tu><tuv xml:lang=\"id\"><seg>Kalimat \(i).</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence \(i).</seg></tuv></tu>\n"
        }
        return text + "</body></tmx>\n"
    }

    static func expectOneLineRefusal(_ result: Juru.Result, mentioning text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.error)", sourceLocation: sourceLocation)
        #expect(result.error.hasPrefix("juru: ") && result.error.split(separator: "\n").count == 1, "\(result.error)",
                sourceLocation: sourceLocation)
        #expect(result.error.contains(text), "\(result.error)", sourceLocation: sourceLocation)
    }

    @Test("D1: tm import of half a TMX file fails and stores nothing")
    func truncatedImport() throws {
        let folder = try TemporaryFolder()
        let whole = Self.tmx(units: 1000)
        let half = folder.url.appendingPathComponent("half.tmx")
        try Data(whole.prefix(whole.count / 2).utf8).write(to: half)
        Self.expectOneLineRefusal(try Juru.run(["tm", "import", half.path], workspace: folder.url), mentioning: "cut short")
        let stats = try Juru.run(["tm", "stats"], workspace: folder.url)
        #expect(stats.output.split(separator: "\n").first { $0.hasPrefix("total") }?.split(separator: " ").last == "0")
    }

    @Test("D12, D13: a folder or a pipe given to tm import, or a folder named x.tmx in memory/, is said to be one")
    func specialFiles() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.url.appendingPathComponent("pipe.tmx")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        Self.expectOneLineRefusal(try Juru.run(["tm", "import", pipe.path], workspace: folder.url), mentioning: "named pipe")
        Self.expectOneLineRefusal(try Juru.run(["tm", "import", "/dev/zero"], workspace: folder.url), mentioning: "a device")
        try FileManager.default.removeItem(at: pipe)
        let memory = folder.url.appendingPathComponent("memory/x.tmx")
        try FileManager.default.createDirectory(at: memory, withIntermediateDirectories: true)
        let stats = try Juru.run(["tm", "stats"], workspace: folder.url)
        // Stopping at it or reporting it and going on are both fine; crashing is not.
        #expect(stats.status == 0 || stats.status == 1, "\(stats.status): \(stats.error)")
        #expect(stats.error.contains("x.tmx: is a folder, not a file"), "\(stats.error)")
    }

    @Test("D9: rules import refuses a rule that backtracks without end")
    func runawayRule() throws {
        let folder = try TemporaryFolder()
        let srx = folder.url.appendingPathComponent("runaway.srx")
        try Data("""
            <?xml version="1.0"?>
            <srx version="2.0"><header cascade="yes"/><body><languagerules>
            <languagerule languagerulename="Indonesian"><rule break="yes"><beforebreak>(a+)+$</beforebreak><afterbreak></afterbreak></rule></languagerule>
            </languagerules><maprules><languagemap languagepattern="id.*" languagerulename="Indonesian"/></maprules></body></srx>
            """.utf8).write(to: srx)
        Self.expectOneLineRefusal(try Juru.run(["rules", "import", "--workspace", folder.url.path, srx.path]),
                                  mentioning: "rule 1: “Indonesian” rule 1 (line 3): it takes too long")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("segmentation.srx").path))
    }

    @Test("Issue 11: glossary.tsv imports; adding a pair that is there changes nothing")
    func glossaryNames() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("glossary.tsv")
        try Data("kucing\tcat\nanjing\tdog\n".utf8).write(to: file)
        let imported = try Juru.run(["glossary", "import", file.path], workspace: folder.url)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("2 entries imported → glossaries/glossary-imported.utf8"), "\(imported.output)")
        let again = try Juru.run(["glossary", "add", "kucing", "cat"], workspace: folder.url)
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.contains("Already in glossaries/glossary-imported.utf8"), "\(again.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("glossaries/glossary.utf8").path))
    }
}
