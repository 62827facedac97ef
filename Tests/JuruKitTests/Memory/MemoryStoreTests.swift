import Foundation
import Testing
@testable import JuruKit

struct MemoryStoreTests {
    let folder: TemporaryFolder
    let store: MemoryStore

    init() throws {
        folder = try TemporaryFolder()
        store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
    }

    func projectUnits() throws -> [StoredUnit] {
        var units: [StoredUnit] = []
        try store.forEachUnit(inMemories: [StoredMemory.projectName]) { units.append($0) }
        return units
    }

    @Test func aPairIsStoredOnceAndTheNewestChangeWins() throws {
        let project = try store.projectMemory().id!
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        let new = old.addingTimeInterval(3_600)
        let first = try store.add(StoredUnit(memoryId: project, source: "KTT digelar di Hanoi.", target: "The summit was held in Hanoi.",
                                             origin: "tmx:a.tmx", createdAt: old, createdBy: "ani"))
        let second = try store.add(StoredUnit(memoryId: project, source: "KTT digelar di Hanoi.", target: "The summit was held in Hanoi.",
                                              origin: "translator", createdAt: new, createdBy: "budi", note: "checked"))
        #expect(first == second)
        let unit = try #require(try store.unit(id: first))
        #expect(unit.origin == "tmx:a.tmx")
        #expect(unit.changedBy == "budi" && unit.changedAt == new && unit.note == "checked")
        // An older copy changes nothing.
        try store.add(StoredUnit(memoryId: project, source: "KTT digelar di Hanoi.", target: "The summit was held in Hanoi.",
                                 origin: "tmx:b.tmx", createdAt: old, createdBy: "citra"))
        #expect(try store.unit(id: first)?.changedBy == "budi")
        // Another translation of the same source is another unit.
        try store.add(StoredUnit(memoryId: project, source: "KTT digelar di Hanoi.", target: "The summit took place in Hanoi.", origin: "translator"))
        #expect(try projectUnits().count == 2)
        // Each unit is in the concordance once, whatever updates it had.
        #expect(try store.search("Hanoi").count == 2)
        #expect(try store.search("summit held").count == 1)
    }

    @Test func textIsStoredAsNFC() throws {
        let project = try store.projectMemory().id!
        let id = try store.add(StoredUnit(memoryId: project, source: "Cafe\u{301} itu tutup.", target: "The cafe\u{301} is closed.", origin: "translator"))
        #expect(try store.unit(id: id)?.source == "Café itu tutup.")
    }

    @Test func aMalformedImportStoresNothing() throws {
        try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        let before = try projectUnits()
        #expect(before.count == 4)
        #expect(throws: TMXError.self) { try store.importTMX(Fixtures.url("tmx/broken-after-two-units.tmx")) }
        #expect(try projectUnits() == before)
    }

    @Test func importKeepsOriginDatesNotesAndProperties() throws {
        let report = try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        #expect(report.units == 4 && report.skipped == 1)
        let unit = try #require(try projectUnits().first)
        #expect(unit.origin == "tmx:trados-style.tmx")
        #expect(unit.createdBy == "ANI" && unit.usageCount == 3)
        #expect(unit.note == "Checked against the Kemlu press release.")
        #expect(unit.tmxProperties == [TMXProperty(type: "x-Domain", value: "Politik")])
        #expect(unit.sourceMarkup?.contains("<bpt") == true)
    }

    @Test func concordanceFindsWordsInSourceAndTarget() throws {
        try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        #expect(try store.search("rudal").map(\.target) == ["North Korea fired a ballistic missile"])
        #expect(try store.search("foreign ministry").count == 1)
        #expect(try store.search("cafe").count == 1)  // accents optional
        #expect(try store.search("kapal selam").isEmpty)
    }

    @Test func referenceFilesAreImportedWhenTheyChangeAndDroppedWhenGone() throws {
        let memoryFolder = folder.url.appendingPathComponent("memory")
        let reference = memoryFolder.appendingPathComponent("kantor-berita.tmx")
        try FileManager.default.copyItem(at: Fixtures.url("tmx/trados-style.tmx"), to: reference)
        #expect(try store.syncReferenceFiles(in: memoryFolder).imports.map(\.units) == [4])
        #expect(try store.syncReferenceFiles(in: memoryFolder).imports.isEmpty)  // unchanged: nothing to do
        let memory = try #require(try store.memories().first { $0.name == "kantor-berita.tmx" })
        #expect(memory.isReadOnly)

        // A changed file replaces its memory's units.
        var text = try String(contentsOf: reference, encoding: .utf8)
        text = text.replacingOccurrences(of: "<tu>\n      <tuv xml:lang=\"fr\">", with: "<tu>\n      <tuv xml:lang=\"id\"><seg>Halo.</seg></tuv><tuv xml:lang=\"fr\">")
        try text.write(to: reference, atomically: true, encoding: .utf8)
        #expect(try store.syncReferenceFiles(in: memoryFolder).imports.map(\.units) == [5])
        #expect(try store.statistics().memories.first { $0.name == "kantor-berita.tmx" }?.units == 5)

        // A file that turns malformed is reported, and its last good import kept.
        try (text.prefix(text.count / 2)).write(to: reference, atomically: true, encoding: .utf8)
        let broken = try store.syncReferenceFiles(in: memoryFolder)
        #expect(broken.imports.isEmpty && broken.problems.map(\.file) == ["kantor-berita.tmx"])
        #expect(try store.statistics().memories.first { $0.name == "kantor-berita.tmx" }?.units == 5)

        // Folders, FIFOs and devices named *.tmx are left out with a word, never read.
        try FileManager.default.createDirectory(at: memoryFolder.appendingPathComponent("folder.tmx"), withIntermediateDirectories: true)
        #expect(mkfifo(memoryFolder.appendingPathComponent("pipe.tmx").path, 0o644) == 0)
        let special = try store.syncReferenceFiles(in: memoryFolder)
        #expect(special.problems.map(\.file).sorted() == ["folder.tmx", "kantor-berita.tmx", "pipe.tmx"])

        try FileManager.default.removeItem(at: reference)
        try store.syncReferenceFiles(in: memoryFolder)
        #expect(try store.memories().map(\.name) == [StoredMemory.projectName])
    }

    @Test func exportedTMXReadsBackTheSame() throws {
        try store.importTMX(Fixtures.url("tmx/trados-style.tmx"))
        let output = folder.url.appendingPathComponent("out.tmx")
        let writer = try TMXWriter(url: output)
        try store.forEachUnit { try writer.write($0) }
        try writer.finish()
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        for attribute in ["creationtool=", "creationtoolversion=", "segtype=\"sentence\"", "o-tmf=", "adminlang=", "srclang=\"id\"", "datatype="] {
            #expect(text.contains(attribute))
        }
        let original = try projectUnits()
        let again = try TMXReaderTests.units(output)
        #expect(again.map(\.source) == original.map { TMXSegment(text: $0.source, markup: $0.sourceMarkup) })
        #expect(again.map(\.target.text) == original.map(\.target))
        // The unit that came with tuid 7 keeps it; the others are numbered 1, 2, …
        #expect(again.map(\.tuid) == ["7", "1", "2", "3"])
        #expect(again[0].properties.contains(TMXProperty(type: "x-juru-origin", value: "tmx:trados-style.tmx")))
        #expect(again[0].notes == ["Checked against the Kemlu press release."])
        #expect(again[0].changedAt == original[0].changedAt)
    }

    @Test func confirmedTranslationsMatchTheNextSegmentAtOnce() throws {
        let memory = try TranslationMemory(store: store)
        try memory.add(source: "Korsel memantau peluncuran rudal Korut.", target: "South Korea is monitoring the North Korean missile launch.")
        let matches = try memory.matches(for: "Korsel memantau peluncuran rudal Korut pada Rabu.", threshold: 0.5)
        let best = try #require(matches.first)
        #expect(best.unit.target == "South Korea is monitoring the North Korean missile launch.")
        #expect(best.memory == StoredMemory.projectName)
        #expect(abs(best.wordScore - 5.0 / 7) < 1e-9)
        #expect(best.diff.edits.suffix(2) == [.added("pada"), .added("Rabu")])
        // And after reopening, from the store.
        let reopened = try TranslationMemory(store: MemoryStore(url: store.url))
        #expect(try reopened.matches(for: "Korsel memantau peluncuran rudal Korut.").first?.wordScore == 1)
    }
}
