import Foundation
import Testing
@testable import JuruKit

/// libpq URLs and where the password comes from.
struct TeamServerAddressTests {
    @Test func readsALibpqURLAndKeepsNoPassword() throws {
        let address = try TeamServerAddress("postgresql://alice:secret@db.desk:5433/news?sslmode=require", environment: [:])
        #expect(address.host == "db.desk" && address.port == 5433 && address.user == "alice" && address.database == "news")
        #expect(address.sslMode == "require")
        #expect(address.display == "postgresql://alice@db.desk:5433/news?sslmode=require")
        #expect(!address.display.contains("secret"))
    }

    @Test func fillsWhatTheURLLeavesOutAsLibpqDoes() throws {
        let address = try TeamServerAddress("postgres://", environment: ["PGHOST": "h", "PGPORT": "6000", "PGUSER": "u"])
        #expect(address.host == "h" && address.port == 6000 && address.user == "u" && address.database == "u")
        #expect(throws: TeamError.self) { try TeamServerAddress("http://example/x", environment: [:]) }
        #expect(throws: TeamError.self) { try TeamServerAddress("postgresql://a@h/d?sslmode=sometimes", environment: [:]) }
    }

    @Test func passwordFromTheEnvironmentThenPgpass() throws {
        let address = try TeamServerAddress("postgresql://alice@db:5432/desk", environment: [:])
        #expect(address.password(environment: ["PGPASSWORD": "p1"]) == "p1")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "# comment\nother:*:*:*:no\ndb:5432:*:alice:pa\\:ss\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(address.password(environment: ["PGPASSFILE": file.path]) == "pa:ss")
    }

    @Test func changesTravelAsJSON() throws {
        let change = TeamChange.confirmed(source: "Harga naik.", target: "Prices rose.", context: "a.txt", origin: "translator")
        #expect(try TeamChange(json: change.json) == change)
        #expect(change.currentKey == "a.txt\u{FF}Harga naik.")
        #expect(TeamChange.termAdded(GlossaryEntry(source: "KTT", target: "summit")).writesSharedData)
    }
}
