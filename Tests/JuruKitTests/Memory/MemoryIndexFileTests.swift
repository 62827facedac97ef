import Foundation
import GRDB
import Testing
@testable import JuruKit

/// The index file beside the store (`juru.sqlite.index`): a memory opens from it with
/// the same matches as one built from the store, catches up with units added since,
/// and is built again whenever the file does not agree with the store.
/// Units: the KBS seed article and its English (Tests/JuruKitTests/Fixtures), and the
/// shared TM benchmark's real pairs (../shared/data/tm/tm-real.tsv.gz) when present.
struct MemoryIndexFileTests {
    let folder: TemporaryFolder
    let storeURL: URL

    init() throws {
        folder = try TemporaryFolder()
        storeURL = folder.url.appendingPathComponent("memory/juru.sqlite")
    }

    /// The KBS article's segments with the QA fixture's English, one unit each.
    func kbsPairs() throws -> [(String, String)] {
        let article = ArticleCleaner().clean(try Fixtures.text("articles/kbs-korut-rusia.txt"))
        let segmenter = try Fixtures.indonesianSegmenter()
        let segments = article.paragraphs.flatMap { segmenter.segments(in: $0.text) }
        let english = try Fixtures.text("qa/kbs-korut-rusia.en.txt").split(separator: "\n").map(String.init)
        #expect(segments.count == english.count)
        return Array(zip(segments, english))
    }

    func storeWith(_ pairs: [(String, String)]) throws -> MemoryStore {
        let store = try MemoryStore(url: storeURL)
        let project = try store.projectMemory().id!
        for (source, target) in pairs { try store.add(StoredUnit(memoryId: project, source: source, target: target, origin: "test")) }
        return store
    }

    func lookups(_ memory: TranslationMemory, _ queries: [String]) throws -> [[String]] {
        try queries.map { query in
            try memory.matches(for: query, threshold: 0.5, metric: .word).map { "\($0.unit.id!) \($0.wordScore)" }
                + memory.matches(for: query, threshold: 0.5, metric: .char).map { "\($0.unit.id!) \($0.characterScore)" }
        }
    }

    /// Each source with one word changed: fuzzy, not exact.
    func queries(from pairs: [(String, String)]) -> [String] {
        pairs.map { source, _ in
            var words = source.split(separator: " ").map(String.init)
            if words.count > 3 { words[words.count / 2] = "berbeda" }
            return words.joined(separator: " ")
        }
    }

    @Test func aSecondOpenReadsTheFileAndServesTheSameMatches() throws {
        let pairs = try kbsPairs()
        let store = try storeWith(pairs)
        let built = try TranslationMemory(store: store)
        #expect(built.indexOrigin == .built)
        #expect(FileManager.default.fileExists(atPath: storeURL.path + ".index"))
        let reopened = try TranslationMemory(store: store)
        #expect(reopened.indexOrigin == .file(unitsSince: 0))
        #expect(reopened.count == pairs.count)
        let queries = queries(from: pairs)
        #expect(try lookups(reopened, queries) == lookups(built, queries))
        #expect(try lookups(reopened, queries).allSatisfy { !$0.isEmpty })
    }

    @Test func unitsAddedSinceTheFileAreIndexedOnTopAndADeletedOneIsNotServed() throws {
        let pairs = try kbsPairs()
        let store = try storeWith(Array(pairs.dropLast()))
        _ = try TranslationMemory(store: store)
        // Another process adds a unit to the store; this one deletes one.
        let (source, target) = pairs.last!
        try store.add(StoredUnit(memoryId: try store.projectMemory().id!, source: source, target: target, origin: "other"))
        let first = try #require(try store.units(ids: [1])[1])
        try store.deleteUnit(id: 1)
        let reopened = try TranslationMemory(store: store)
        #expect(reopened.indexOrigin == .file(unitsSince: 1))
        #expect(try reopened.matches(for: source).first?.unit.target == target)
        #expect(try reopened.matches(for: first.source).allSatisfy { $0.unit.id != 1 })
    }

    @Test("A damaged, cut or foreign file is ignored and the index built again", arguments: ["cut", "flipped", "empty", "other store"])
    func aFileThatDoesNotAgreeIsBuiltAgain(damage: String) throws {
        let pairs = try kbsPairs()
        let store = try storeWith(pairs)
        let expected = try lookups(try TranslationMemory(store: store), queries(from: pairs))
        let index = URL(fileURLWithPath: storeURL.path + ".index")
        var bytes = try Data(contentsOf: index)
        switch damage {
        case "cut": bytes = bytes.prefix(bytes.count * 2 / 3)
        case "flipped": for offset in stride(from: 64, to: bytes.count, by: 97) { bytes[offset] ^= 0x5A }
        case "empty": bytes = Data()
        default:
            // The index of a store whose units have the same ids and other sources.
            let other = try TemporaryFolder()
            let otherStore = try MemoryStore(url: other.url.appendingPathComponent("memory/juru.sqlite"))
            let project = try otherStore.projectMemory().id!
            for (_, target) in pairs { try otherStore.add(StoredUnit(memoryId: project, source: target, target: target, origin: "test")) }
            _ = try TranslationMemory(store: otherStore)
            bytes = try Data(contentsOf: URL(fileURLWithPath: otherStore.url.path + ".index"))
        }
        try bytes.write(to: index)
        let reopened = try TranslationMemory(store: store)
        #expect(reopened.indexOrigin == .built)
        #expect(try lookups(reopened, queries(from: pairs)) == expected)
        // The file was written again, whole: the next open reads it.
        #expect(try TranslationMemory(store: store).indexOrigin == .file(unitsSince: 0))
    }

    @Test func aStoreGoneBackToAnOlderCopyIsBuiltAgain() throws {
        let pairs = try kbsPairs()
        let store = try storeWith(Array(pairs.prefix(5)))
        let backup = folder.url.appendingPathComponent("backup.sqlite")
        try store.database.backup(to: try DatabaseQueue(path: backup.path))
        try store.add(StoredUnit(memoryId: try store.projectMemory().id!, source: pairs[5].0, target: pairs[5].1, origin: "test"))
        _ = try TranslationMemory(store: store)
        let index = try Data(contentsOf: URL(fileURLWithPath: storeURL.path + ".index"))
        // The older copy comes back in place, with the newer index beside it.
        let restoredFolder = try TemporaryFolder()
        let restoredURL = restoredFolder.url.appendingPathComponent("memory/juru.sqlite")
        try FileManager.default.createDirectory(at: restoredURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: backup, to: restoredURL)
        try index.write(to: URL(fileURLWithPath: restoredURL.path + ".index"))
        let restored = try TranslationMemory(store: try MemoryStore(url: restoredURL))
        #expect(restored.indexOrigin == .built)
        #expect(restored.count == 5)
    }

    @Test func onRealPairsTheFileAnswersAsTheStoreDoes() throws {
        guard let shared = SharedData.root else { print(SharedData.skipMessage); return }
        let tsv = shared.appendingPathComponent("data/tm/tm-real.tsv.gz")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        unzip.arguments = ["-dc", tsv.path]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        let pairs = text.split(separator: "\n").prefix(3_000).compactMap { line -> (String, String)? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= 3 ? (String(fields[1]), String(fields[2])) : nil
        }
        let store = try storeWith(pairs)
        let queries = queries(from: Array(pairs.prefix(200)))
        let built = try lookups(try TranslationMemory(store: store), queries)
        let reopened = try TranslationMemory(store: store)
        #expect(reopened.indexOrigin == .file(unitsSince: 0))
        #expect(try lookups(reopened, queries) == built)
    }
}
