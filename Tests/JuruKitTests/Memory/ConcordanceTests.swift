import Foundation
import GRDB
import Testing
@testable import JuruKit

/// A bulk import leaves its units out of the concordance until the first search, which
/// adds them; what a translator confirms, edits or deletes meanwhile is searched as it
/// is at that moment, never as it was.
@Suite("Concordance after a bulk import")
struct ConcordanceTests {
    let folder: TemporaryFolder
    let store: MemoryStore

    init() throws {
        folder = try TemporaryFolder()
        store = try MemoryStore(url: folder.url.appendingPathComponent("memory/juru.sqlite"))
    }

    /// FTS5's own check that its index and the unit table agree (it throws when not).
    func checkIndexAgreesWithUnits() throws {
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO unitText(unitText, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func importedUnitsWaitForTheFirstSearchAndChangesMeanwhileAreSearchedAsTheyAre() throws {
        let project = try store.projectMemory().id!
        let summit = try store.add(StoredUnit(memoryId: project, source: "KTT digelar di Hanoi.",
                                              target: "The summit was held in Hanoi.", origin: "translator"))
        #expect(try store.concordanceBacklog() == 0)  // a confirmation is searchable at once

        let report = try store.importTMX(Fixtures.tico19(in: folder.url))
        #expect(report.added > 3_000)
        #expect(try store.concordanceBacklog() == report.added)

        // Confirmed, corrected and deleted while the import's units wait.
        let confirmed = try store.add(StoredUnit(memoryId: project, source: "Vaksin tiba di Jakarta.",
                                                 target: "Vaccines arrive in Jakarta.", origin: "translator"))
        let doomed = try store.add(StoredUnit(memoryId: project, source: "Demam berdarah meningkat.",
                                              target: "Dengue rises.", origin: "translator"))
        try store.editUnit(id: confirmed, target: "The vaccines reached Jakarta.", user: "ani")
        try store.deleteUnit(id: doomed, user: "ani")
        try store.editUnit(id: summit, target: "The summit took place in Hanoi.", user: "ani")  // indexed before the import
        #expect(try store.concordanceBacklog() == report.added + 1)

        #expect(try store.search("vaksin Jakarta").map(\.target) == ["The vaccines reached Jakarta."])
        #expect(try store.concordanceBacklog() == 0)
        #expect(try store.search("arrive Jakarta").isEmpty)
        #expect(try store.search("dengue").isEmpty)
        #expect(try store.search("Hanoi").map(\.target) == ["The summit took place in Hanoi."])
        // TICO-19's own sentences: "sudah berapa lama gejala-gejala ini berlangsung?"
        #expect(try store.search("gejala berlangsung").contains { $0.source.hasPrefix("sudah berapa lama gejala-gejala") })
        try checkIndexAgreesWithUnits()

        // Caught up, a confirmation is indexed at once again.
        try store.add(StoredUnit(memoryId: project, source: "Banjir melanda Bekasi.", target: "Floods hit Bekasi.",
                                 origin: "translator"))
        #expect(try store.concordanceBacklog() == 0)
        try checkIndexAgreesWithUnits()
    }

    /// `tm history` and `tm delete --source` find units the import left above the mark
    /// without waiting for the whole concordance to be filled.
    @Test func unitsBySourceAreFoundOnBothSidesOfTheMark() throws {
        let project = try store.projectMemory().id!
        try store.add(StoredUnit(memoryId: project, source: "dan bersama dengan demam",
                                 target: "and with a fever too", origin: "translator"))
        try store.importTMX(Fixtures.tico19(in: folder.url))
        let waiting = try store.concordanceBacklog()
        #expect(waiting > 3_000)
        let found = try store.unitsWithSource("dan bersama dengan demam")
        #expect(Set(found.map(\.target)) == ["and along with a fever", "and with a fever too"])
        #expect(try store.concordanceBacklog() == waiting)
    }

    @Test func aFillIsDoneInChunksAndReportsItsProgress() throws {
        try store.importTMX(Fixtures.tico19(in: folder.url))
        let waiting = try store.concordanceBacklog()
        var reports: [(Int, Int)] = []
        try store.fillConcordance { reports.append(($0, $1)) }
        #expect(reports.last.map { $0.0 == waiting && $0.1 == waiting } == true)
        #expect(reports.count == (waiting + Concordance.chunk - 1) / Concordance.chunk)
        try checkIndexAgreesWithUnits()
    }
}
