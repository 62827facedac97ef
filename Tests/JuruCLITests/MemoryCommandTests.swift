import Foundation
import Testing

/// `juru tm` as a translator uses it.
struct MemoryCommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/tmx")

    @Test func addThenLookUpShowsScoresOriginAndDiff() throws {
        let folder = try TemporaryFolder()
        let added = try Juru.run(["tm", "add", "Korsel memantau peluncuran rudal Korut.",
                                  "South Korea is monitoring the North Korean missile launch."], workspace: folder.url)
        #expect(added.status == 0, "\(added.error)")
        let lookup = try Juru.run(["tm", "lookup", "Korsel memantau peluncuran rudal Korut pada Rabu.", "--min", "70"],
                                  workspace: folder.url)
        #expect(lookup.status == 0)
        #expect(lookup.output.contains("71% words"))
        #expect(lookup.output.contains("project"))
        #expect(lookup.output.contains("South Korea is monitoring the North Korean missile launch."))
        #expect(lookup.output.contains("{+pada+} {+Rabu+}"))
        let none = try Juru.run(["tm", "lookup", "Korsel memantau peluncuran rudal Korut pada Rabu.", "--min", "0.9"],
                                workspace: folder.url)
        #expect(none.output.contains("No match of 90% or more."))
    }

    @Test func lookupAsJSON() throws {
        let folder = try TemporaryFolder()
        _ = try Juru.run(["tm", "import", Self.fixtures.appendingPathComponent("trados-style.tmx").path], workspace: folder.url)
        let result = try Juru.run(["tm", "lookup", "--json", "Korut menembakkan dua rudal balistik"], workspace: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let matches = try #require(object?["matches"] as? [[String: Any]])
        #expect(matches.first?["target"] as? String == "North Korea fired a ballistic missile")
        #expect(matches.first?["memory"] as? String == "project")
        #expect((matches.first?["wordScore"] as? Double ?? 0) == 0.8)
    }

    @Test func importExportAndStats() throws {
        let folder = try TemporaryFolder()
        let imported = try Juru.run(["tm", "import", Self.fixtures.appendingPathComponent("trados-style.tmx").path],
                                    workspace: folder.url)
        #expect(imported.output.contains("4 units read: 4 new, 0 updated, 1 skipped"))
        let stats = try Juru.run(["tm", "stats"], workspace: folder.url)
        #expect(stats.output.contains("project"))
        let exported = try Juru.run(["tm", "export", "out.tmx"], workspace: folder.url)
        #expect(exported.status == 0)
        #expect(exported.output.contains("4 units written"))
        let search = try Juru.run(["tm", "search", "rudal"], workspace: folder.url)
        #expect(search.output.contains("Korut menembakkan rudal balistik"))
    }

    @Test func aBrokenImportIsOneLineAndStoresNothing() throws {
        let folder = try TemporaryFolder()
        _ = try Juru.run(["tm", "add", "KTT digelar di Hanoi.", "The summit was held in Hanoi."], workspace: folder.url)
        for (file, message) in [("broken-after-two-units.tmx", ":7:"), ("entity-bomb.tmx", "refused"),
                                ("missing.tmx", "no such file")] {
            let result = try Juru.run(["tm", "import", Self.fixtures.appendingPathComponent(file).path], workspace: folder.url)
            #expect(result.status == 1)
            #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
            #expect(result.error.hasPrefix("juru: ") && result.error.contains(message), "\(result.error)")
        }
        let search = try Juru.run(["tm", "search", "Korsel"], workspace: folder.url)
        #expect(search.output.contains("No unit contains"))
        let stats = try Juru.run(["tm", "stats"], workspace: folder.url)
        let total = stats.output.split(separator: "\n").first { $0.hasPrefix("total") }
        #expect(total?.split(separator: " ").last == "1")
    }

    @Test func referenceMemoriesInTheMemoryFolderAreNamedInMatches() throws {
        let folder = try TemporaryFolder()
        let memory = folder.url.appendingPathComponent("memory")
        try FileManager.default.createDirectory(at: memory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("trados-style.tmx"),
                                         to: memory.appendingPathComponent("kantor-berita.tmx"))
        let lookup = try Juru.run(["tm", "lookup", "Korut menembakkan rudal balistik"], workspace: folder.url)
        #expect(lookup.output.contains("100% words"))
        #expect(lookup.output.contains("kantor-berita.tmx"))
    }

    @Test func benchmarkProtocol() throws {
        let folder = try TemporaryFolder()
        let tsv = folder.url.appendingPathComponent("tm.tsv")
        try "1\tKorsel memantau situasi.\tSouth Korea is monitoring.\n2\tKTT digelar di Hanoi.\tThe summit was held in Hanoi.\n"
            .write(to: tsv, atomically: true, encoding: .utf8)
        let result = try Juru.run(["tm", "lookup", "--load-tsv", tsv.path, "--stdin", "--min", "0.5", "--metric", "char"],
                                  input: "q1\tKTT digelar di Hanoi.\nq2\tsesuatu yang lain sama sekali\n")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "{\"ready\": true}")
        #expect(lines.dropFirst().first == #"{"id":"q1","matches":[{"score":1,"tm_id":"2"}]}"#)
        #expect(lines.dropFirst(2).first == #"{"id":"q2","matches":[]}"#)
    }

    /// The protocol against the workspace's own memory: matches named by the tuid the
    /// unit brought from its TMX (Tests/JuruKitTests/Fixtures/tmx/trados-style.tmx), else
    /// by the unit's number.
    @Test func benchmarkProtocolOnTheWorkspaceMemory() throws {
        let folder = try TemporaryFolder()
        let tmx = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/tmx/trados-style.tmx")
        #expect(try Juru.run(["tm", "import", tmx.path], workspace: folder.url).status == 0)
        _ = try Juru.run(["tm", "add", "KTT digelar di Hanoi.", "The summit was held in Hanoi."], workspace: folder.url)
        let result = try Juru.run(["tm", "lookup", "--stdin", "--min", "0.5"], input:
            "q1\tPresiden Joko Widodo tiba di Seoul pukul 14.00 WIB.\nq2\tKTT digelar di Hanoi.\nq3\tsesuatu yang lain sama sekali\n",
            workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "{\"ready\": true}")
        #expect(lines.count == 4)
        #expect(lines.count > 1 && lines[1].hasPrefix(#"{"id":"q1","matches":[{"score":0."#) && lines[1].hasSuffix(#""tm_id":"7"}]}"#), "\(lines)")
        #expect(lines.count > 2 && lines[2].hasPrefix(#"{"id":"q2","matches":[{"score":1,"tm_id":""#), "\(lines)")
        #expect(lines.count > 3 && lines[3] == #"{"id":"q3","matches":[]}"#)
    }

    @Test func aBenchmarkTSVLineWithoutTabsIsReportedWithItsNumber() throws {
        let folder = try TemporaryFolder()
        let tsv = folder.url.appendingPathComponent("tm.tsv")
        try "1\tKTT digelar di Hanoi.\tThe summit was held in Hanoi.\nKorsel memantau situasi.\n"
            .write(to: tsv, atomically: true, encoding: .utf8)
        let result = try Juru.run(["tm", "lookup", "--load-tsv", tsv.path, "--stdin"], input: "q1\tKTT\n")
        #expect(result.status == 1)
        #expect(result.error == "juru: \(tsv.path):2: expected id<TAB>source<TAB>target\n")
        #expect(!result.output.contains("ready"))
    }
}
