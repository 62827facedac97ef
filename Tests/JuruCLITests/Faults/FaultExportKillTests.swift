import Foundation
import Testing

/// kill -9 at random points of `juru tm export`: the target file is whole or absent, the
/// next export removes the `.part` left behind, and the store is untouched.
@Suite(.serialized)
struct FaultExportKillTests {
    @Test func aKilledExportLeavesNoPartFileAfterTheNextOne() throws {
        var random = FaultSeed.generator("export")
        let units = FaultImportKillTests.units
        let folder = try TemporaryFolder()
        let workspace = folder.url
        let imported = try Juru.run(["tm", "import", FaultWorkspace.generatedTMX(units: units).path], workspace: workspace)
        try #require(imported.status == 0, "\(imported.error)")
        let target = workspace.appendingPathComponent("out.tmx")

        let started = Date()
        let whole = try Juru.run(["tm", "export", "whole.tmx"], workspace: workspace)
        let duration = Date().timeIntervalSince(started)
        try #require(whole.status == 0, "\(whole.error)")

        for round in 1...4 {
            let delay = Double.random(in: 0.02...(duration * 1.1), using: &random)
            let context = "seed \(FaultSeed.value), round \(round), killed after \(String(format: "%.2f", delay)) s of ~\(String(format: "%.2f", duration)) s"
            try? FileManager.default.removeItem(at: target)
            let running = try RunningJuru(["tm", "export", target.path], workspace: workspace)
            usleep(UInt32(delay * 1_000_000))
            running.kill9()
            // An export that finished before the kill is whole; one that did not left no out.tmx.
            if let written = try? String(contentsOf: target, encoding: .utf8) {
                #expect(written.hasSuffix("</tmx>\n") || written.hasSuffix("</tmx>"), "a half-written export (\(context))")
            }
            let again = try Juru.run(["tm", "export", target.path], workspace: workspace)
            #expect(again.status == 0, "\(again.error) (\(context))")
            #expect(FaultWorkspace.leftovers(in: workspace).isEmpty,
                    "left after the next export: \(FaultWorkspace.leftovers(in: workspace)) (\(context))")
            #expect(try FaultWorkspace.unitCount(workspace) == units, "(\(context))")
        }
        #expect(try FaultWorkspace.isSound(workspace), "seed \(FaultSeed.value)")
    }
}
