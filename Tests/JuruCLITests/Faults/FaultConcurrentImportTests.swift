import Foundation
import Testing

/// Confirmations piped into `juru translate` while a large `juru tm import` runs: the
/// import must not hold the store's write lock so long that confirmations fail, and each
/// confirmation lands on its own segment.
@Suite(.serialized)
struct FaultConcurrentImportTests {
    @Test func confirmationsDuringAnImportAllLandOnTheirOwnSegments() throws {
        let units = FaultImportKillTests.units
        let tmx = try FaultWorkspace.generatedTMX(units: units)
        let folder = try TemporaryFolder()
        _ = try Juru.run(["add", TranslateCommandTests.article.path], workspace: folder.url)

        let importing = try RunningJuru(["tm", "import", tmx.path], workspace: folder.url)
        usleep(300_000)
        let input = (1...10).map { "Concurrent segment \($0)\n" }.joined() + ":q\n"
        let translated = try Juru.run(["translate"], input: input, workspace: folder.url, environment: ["NO_COLOR": "1"])
        let imported = importing.wait(timeout: 90)
        #expect(importing.process.terminationReason == .exit, "the import was still running after the confirmations")

        #expect(translated.status == 0, "\(translated.error)")
        #expect(imported == 0, "\(importing.text)")
        let rows = try FaultWorkspace.exportedSegments(folder.url)
        for number in 1...10 {
            #expect(rows[number]?.target == "Concurrent segment \(number)",
                    "segment \(number): \(String(describing: rows[number])); REPL said: \(translated.error)")
        }
        #expect(rows.filter { $0.value.status == "translated" }.count == 10)
        #expect(try FaultWorkspace.unitCount(folder.url) >= units)
        #expect(try FaultWorkspace.isSound(folder.url))
    }
}
