import Foundation
import Testing
@testable import JuruKit

/// A TMX file imported and exported again gives back what it carried: `tuid`s
/// (TICO-19's `CMU_1:1`), dates, users, usage counts, notes and properties at the
/// unit and at the variant level. Counts on import are honest.
@Suite("TMX keeps what it carries")
struct TMXRoundTripTests {
    static func units(_ url: URL) throws -> [TMXUnit] {
        var units: [TMXUnit] = []
        try TMXReader(url: url).read { units.append($0) }
        return units
    }

    /// Imports `file` into a fresh store, exports the project memory, and reads the
    /// export back.
    static func roundTrip(_ file: URL, in folder: URL) throws -> (MemoryStore.ImportReport, [TMXUnit], URL) {
        let store = try MemoryStore(url: folder.appendingPathComponent("memory/juru.sqlite"))
        let report = try store.importTMX(file)
        let exported = folder.appendingPathComponent("export.tmx")
        let writer = try TMXWriter(url: exported)
        try store.forEachUnit(inMemories: [StoredMemory.projectName]) { try writer.write($0) }
        try writer.finish()
        return (report, try units(exported), exported)
    }

    static func key(_ unit: TMXUnit) -> String { unit.source.text + "\u{1}" + unit.target.text }

    @Test("TICO-19's memory keeps its tuids, and its counts add up")
    func tico19KeepsTUIDs() throws {
        let folder = try TemporaryFolder()
        let file = try Fixtures.tico19(in: folder.url)
        let original = try Self.units(file)
        let (report, exported, _) = try Self.roundTrip(file, in: folder.url)
        #expect(report.units == 3071)
        // Every unit read is new, a repeat within the file, or skipped: nothing unaccounted for.
        #expect(report.added + report.duplicates + report.updated + report.alreadyThere == report.units)
        #expect(report.alreadyThere == 0 && report.updated == 0)
        #expect(exported.count == report.added)
        // A pair the file holds twice is stored once, with either copy's tuid.
        let byPair = Dictionary(grouping: original, by: Self.key)
        for unit in exported {
            let sources = try #require(byPair[Self.key(unit)])
            #expect(sources.contains { $0.tuid == unit.tuid })
            #expect(sources.contains { $0.properties == unit.properties.filter { $0.type != "x-juru-origin" } })
        }
        #expect(exported.contains { $0.tuid == "CMU_1:1" })
        #expect(Set(exported.compactMap(\.tuid)).count == exported.count)
    }

    @Test("A second import of the same file says 0 new")
    func secondImportAddsNothing() throws {
        let folder = try TemporaryFolder()
        let file = try Fixtures.tico19(in: folder.url)
        let store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
        let first = try store.importTMX(file)
        let again = try store.importTMX(file)
        #expect(first.added > 3000)
        #expect(again.units == first.units && again.added == 0 && again.updated == 0)
        #expect(again.duplicates == first.duplicates)
        #expect(again.alreadyThere == first.added)
    }

    @Test("Dates, users, usage counts, notes and properties come back at the unit and the variant level", arguments: [
        "tmx/trados-style.tmx",
    ])
    func fixtureKeepsEverything(_ path: String) throws {
        try expectKept(Fixtures.url(path))
    }

    @Test("Real tools' TMX files keep what they carry", arguments: [
        "omegat-3.6/plaintext-seed000/project_save.tmx",
        "omegat-3.6/html-inline-notes-props/roundtrip-auto-level2.tmx",
        "translate-toolkit-3.20.4/berita-po2tmx-comments-source.tmx",
        "inputs/id-en-handmade.tmx",
    ])
    func sharedSamplesKeepEverything(_ path: String) throws {
        try #require(SharedData.isAvailable, SharedData.skipMessage)
        try expectKept(SharedData.interopSample(path))
    }

    private func expectKept(_ file: URL) throws {
        let folder = try TemporaryFolder()
        let original = try Self.units(file)
        let (_, exported, _) = try Self.roundTrip(file, in: folder.url)
        let byPair = Dictionary(exported.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        // A pair the file holds twice is stored once, with the newer copy's details.
        let counts = Dictionary(original.map { (Self.key($0), 1) }, uniquingKeysWith: +)
        for unit in original where counts[Self.key(unit)] == 1
            && !unit.source.text.allSatisfy(\.isWhitespace) && !unit.target.text.allSatisfy(\.isWhitespace) {
            let back = try #require(byPair[Self.key(unit)], "\(unit.source.text)")
            if let tuid = unit.tuid { #expect(back.tuid == tuid) }
            if let created = unit.createdAt { #expect(back.createdAt == created) }
            if let changed = unit.changedAt { #expect(back.changedAt == changed) }
            #expect(back.createdBy == unit.createdBy)
            // A unit never changed was last changed by its creator: Juru writes that out.
            #expect(back.changedBy == unit.changedBy ?? unit.createdBy)
            #expect(back.usageCount == unit.usageCount)
            #expect(Set(unit.notes).isSubset(of: Set(back.notes.flatMap { $0.components(separatedBy: "\n") })))
            #expect(back.properties.filter { $0.type != "x-juru-origin" } == unit.properties)
            var extras = back.extras
            // A unit that came without a tuid is given a number on export.
            if unit.tuid == nil { extras.unitAttributes["tuid"] = nil }
            #expect(extras == unit.extras, "\(unit.source.text)")
        }
    }
}
