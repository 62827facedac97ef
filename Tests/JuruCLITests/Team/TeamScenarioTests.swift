import Foundation
import Testing

/// Issue 14's "Checked by", on a PostgreSQL server of the test's own.
@Suite("juru team", .serialized, .timeLimit(.minutes(2)),
       .enabled(if: ThrowawayPostgres.isInstalled, ThrowawayPostgres.skipReason))
struct TeamScenarioTests {
    let desk: Desk
    let a = try! TemporaryFolder(), b = try! TemporaryFolder()

    init() throws {
        desk = try Desk()
        let initialised = try desk.initialise()
        #expect(initialised.status == 0, "\(initialised.error)")
    }

    func join(_ folder: TemporaryFolder, as role: String) throws {
        let joined = try Juru.run(["team", "join", desk.server.url(role)], workspace: folder.url)
        #expect(joined.status == 0, "\(joined.error)")
        #expect(joined.output.contains("Joined"), "\(joined.output)")
    }

    /// The target `tm lookup --json` finds for `source` in `folder`, if any.
    func lookup(_ source: String, in folder: TemporaryFolder) throws -> [String] {
        let result = try Juru.run(["tm", "lookup", "--json", "--min", "100", source], workspace: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return (object?["matches"] as? [[String: Any]] ?? []).compactMap { $0["target"] as? String }
    }

    @Test("A pair added in one workspace is found by the other's lookup within 2 s")
    func pairReachesTheOtherWorkspace() throws {
        try join(a, as: "alice")
        try join(b, as: "bob")
        let added = try Juru.run(["tm", "add", "Korsel memantau peluncuran rudal.", "South Korea is watching the launch."],
                                 workspace: a.url)
        #expect(added.status == 0, "\(added.error)")
        let start = Date()
        var found: [String] = []
        while found.isEmpty && Date().timeIntervalSince(start) < 2 {
            found = try lookup("Korsel memantau peluncuran rudal.", in: b)
        }
        let elapsed = Date().timeIntervalSince(start)
        print("team: a pair added in one workspace was found by the other's lookup after \(Int(elapsed * 1000)) ms")
        #expect(found == ["South Korea is watching the launch."])
        #expect(elapsed < 2)
    }

    @Test("Two translators at once see each other's confirmations; offline work arrives after team sync")
    func twoTranslatorsAndAnOutage() throws {
        try join(a, as: "alice")
        try join(b, as: "bob")
        #expect(try Juru.run(["add", Juru.article("kbs-korut-rusia")], workspace: a.url).status == 0)
        #expect(try Juru.run(["add", Juru.article("liputan6-korsel-pantau")], workspace: b.url).status == 0)
        let aliceLines = ["Alice one.", "Alice two.", "Alice three."], bobLines = ["Bob one.", "Bob two.", "Bob three."]
        // Both at the same time, piped as a translator's keys would be.
        let running = try [(a, aliceLines, "kbs-korut-rusia.txt"), (b, bobLines, "liputan6-korsel-pantau.txt")]
            .map { folder, lines, document in
                try Juru.Running(["translate", document], workspace: folder.url,
                                 input: lines.joined(separator: "\n") + "\n:q\n")
            }
        for result in try running.map({ try $0.finish() }) { #expect(result.status == 0, "\(result.error)") }
        let aliceSources = try segments("kbs-korut-rusia.txt", in: a).prefix(3)
        let bobSources = try segments("liputan6-korsel-pantau.txt", in: b).prefix(3)
        for (source, target) in zip(bobSources, bobLines) { #expect(try lookup(source, in: a).contains(target)) }
        for (source, target) in zip(aliceSources, aliceLines) { #expect(try lookup(source, in: b).contains(target)) }
        // Bob's document is shared too: Alice can continue it.
        #expect(try segments("liputan6-korsel-pantau.txt", in: a) == segments("liputan6-korsel-pantau.txt", in: b))

        // The server goes away: said once when the REPL opens the store (nothing waits
        // yet then); the confirmation is stored locally and waits, as team status shows.
        try desk.server.stop()
        let offline = try Juru.run(["translate", "kbs-korut-rusia.txt"], input: "Alice offline.\n:q\n", workspace: a.url)
        #expect(offline.status == 0, "\(offline.error)")
        #expect(offline.error.split(separator: "\n").count == 1, "\(offline.error)")
        #expect(offline.error.hasPrefix("juru: ") && offline.error.contains("cannot be reached"), "\(offline.error)")
        let status = try Juru.run(["team", "status"], workspace: a.url)
        #expect(!status.output.contains("Waiting to be sent: 0 changes"), "\(status.output)")
        try desk.server.start()
        let synced = try Juru.run(["team", "sync"], workspace: a.url)
        #expect(synced.status == 0, "\(synced.error)")
        let fourth = try segments("kbs-korut-rusia.txt", in: a)[3]
        #expect(try lookup(fourth, in: b).contains("Alice offline."))
    }

    @Test("A first join takes a memory of thousands of pairs whole, with the changes made after them, in order")
    func firstJoinOfALargeMemory() throws {
        // TICO-19's TMX, 3,071 units (source and licence: JuruKitTests/Fixtures/tmx/real/README.md):
        // more pairs than one page of changes, so the join takes them in bulk.
        let tmx = try TeamFixtures.tico19(in: a)
        #expect(try Juru.run(["tm", "import", tmx.path], workspace: a.url).status == 0)
        try join(a, as: "alice")
        // After the run of pairs: a document (another kind of change), then a second
        // translation of a source the memory has.
        #expect(try Juru.run(["add", Juru.article("kbs-korut-rusia")], workspace: a.url).status == 0)
        let source = "sudah berapa lama gejala-gejala ini berlangsung?"
        #expect(try Juru.run(["tm", "add", source, "How long have you had these symptoms?"], workspace: a.url).status == 0)

        try join(b, as: "bob")
        let held = try total(in: b)
        #expect(held == (try total(in: a)))
        #expect(held > 3_000)
        #expect(Set(try lookup(source, in: b)) == ["How long have you had these symptoms?",
                                                  "about how long have these symptoms been going on?"])
        #expect(try segments("kbs-korut-rusia.txt", in: b) == segments("kbs-korut-rusia.txt", in: a))
        // Nothing is pulled twice.
        let again = try Juru.run(["team", "sync"], workspace: b.url)
        #expect(again.status == 0, "\(again.error)")
        #expect(try total(in: b) == held)
    }

    /// The units `juru tm stats` counts in `folder`'s workspace.
    func total(in folder: TemporaryFolder) throws -> Int {
        let stats = try Juru.run(["tm", "stats"], workspace: folder.url)
        let line = stats.output.split(separator: "\n").first { $0.hasPrefix("total") }
        return Int(line?.split(separator: " ").last ?? "") ?? -1
    }

    @Test("A role that may only read looks up, but its tm add is refused in one line")
    func readerMayNotWrite() throws {
        try join(a, as: "alice")
        #expect(try Juru.run(["tm", "add", "KTT digelar di Hanoi.", "The summit was held in Hanoi."], workspace: a.url).status == 0)
        try join(b, as: "rita")
        #expect(try lookup("KTT digelar di Hanoi.", in: b) == ["The summit was held in Hanoi."])
        let refused = try Juru.run(["tm", "add", "Harga naik.", "Prices rose."], workspace: b.url)
        #expect(refused.status == 1)
        #expect(refused.error.split(separator: "\n").count == 1, "\(refused.error)")
        #expect(refused.error.hasPrefix("juru: role rita may only read"), "\(refused.error)")
        #expect(try lookup("Harga naik.", in: b).isEmpty)
    }

    @Test("Two confirmations of one segment: both kept, the later current, the other translator told")
    func sameSegmentTwice() throws {
        try join(a, as: "alice")
        #expect(try Juru.run(["add", Juru.article("republika-kim-pulang")], workspace: a.url).status == 0)
        try join(b, as: "bob")  // receives Alice's document
        let document = "republika-kim-pulang.txt"
        let source = try segments(document, in: a)[0]
        #expect(try Juru.run(["translate", document], input: "Alice's version.\n:q\n", workspace: a.url).status == 0)
        #expect(try Juru.run(["translate", document, "--min", "100"], input: ":g 1\nBob's version.\n:q\n",
                             workspace: b.url).status == 0)
        for folder in [a, b] { #expect(try lookup(source, in: folder) == ["Bob's version."]) }
        let history = try Juru.run(["tm", "history", source], workspace: a.url)
        #expect(history.output.contains("Alice's version."), "\(history.output)")
        let told = try Juru.run(["team", "status"], workspace: a.url)
        #expect(told.output.contains("bob confirmed"), "\(told.output)")
    }

    @Test("The REPL receives a colleague's pair live, while it runs")
    func liveInTheRepl() throws {
        try join(a, as: "alice")
        try join(b, as: "bob")
        #expect(try Juru.run(["add", Juru.article("kbs-korut-rusia")], workspace: b.url).status == 0)
        let repl = try Juru.Running(["translate"], workspace: b.url)
        Thread.sleep(forTimeInterval: 1)  // the REPL is listening
        #expect(try Juru.run(["tm", "add", "Pyongyang menolak tuduhan itu.", "Pyongyang rejected the accusation."],
                             workspace: a.url).status == 0)
        Thread.sleep(forTimeInterval: 1)
        let shown = try repl.finish(input: ":c Pyongyang menolak\n:q\n")
        #expect(shown.output.contains("Pyongyang rejected the accusation."), "\(shown.output)")
    }

    /// The sources of a document's segments, in order, from the workspace's store.
    private func segments(_ document: String, in folder: TemporaryFolder) throws -> [String] {
        try TeamStoreReader.sources(of: document, workspace: folder.url)
    }
}
