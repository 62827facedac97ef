import Foundation
import Testing

/// kill -9 at random points of `juru tm import`: an import is all or nothing, and the
/// next command leaves no scratch store behind.
@Suite(.serialized)
struct FaultImportKillTests {
    static let units = 20_000

    @Test func aKilledImportLeavesNoneOrAllOfItsUnits() throws {
        var random = FaultSeed.generator("import")
        let tmx = try FaultWorkspace.generatedTMX(units: Self.units)
        let folder = try TemporaryFolder()
        let workspace = folder.url
        _ = try Juru.run(["tm", "add", "KTT digelar di Hanoi.", "The summit was held in Hanoi."], workspace: workspace)

        // One whole import elsewhere tells how long an import takes on this machine.
        let reference = try TemporaryFolder()
        let started = Date()
        let whole = try Juru.run(["tm", "import", tmx.path], workspace: reference.url)
        let duration = Date().timeIntervalSince(started)
        try #require(whole.status == 0, "\(whole.error)")

        var committed = false
        for round in 1...4 {
            let delay = Double.random(in: 0.05...(duration * 1.1), using: &random)
            let context = "seed \(FaultSeed.value), round \(round), killed after \(String(format: "%.2f", delay)) s of ~\(String(format: "%.2f", duration)) s"
            let running = try RunningJuru(["tm", "import", tmx.path], workspace: workspace)
            usleep(UInt32(delay * 1_000_000))
            running.kill9()

            let count = try FaultWorkspace.unitCount(workspace)
            #expect(count == 1 || count == Self.units + 1, "an import in part: \(count) units (\(context))")
            #expect(!(committed && count != Self.units + 1), "a committed import lost units (\(context))")
            committed = committed || count == Self.units + 1
            #expect(FaultWorkspace.leftovers(in: workspace).isEmpty,
                    "left after the next command: \(FaultWorkspace.leftovers(in: workspace)) (\(context))")
            #expect(try FaultWorkspace.isSound(workspace), "integrity check failed (\(context))")
        }
        let finished = try Juru.run(["tm", "import", tmx.path], workspace: workspace)
        #expect(finished.status == 0, "\(finished.error)")
        #expect(try FaultWorkspace.unitCount(workspace) == Self.units + 1, "seed \(FaultSeed.value)")
    }
}
