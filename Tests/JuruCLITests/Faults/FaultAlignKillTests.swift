import Foundation
import Testing

/// kill -9 at random points of `juru align FOLDER --into-memory`: each pair's links go
/// into the memory whole or not at all, and a new run completes the memory.
@Suite(.serialized)
struct FaultAlignKillTests {
    /// A folder with the two article pairs that have English editions in the fixtures.
    static func pairs(in folder: URL) throws -> URL {
        let pairs = folder.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        for (fixture, name) in [("kbs-korut-rusia", "kbs"), ("liputan6-korsel-pantau", "liputan6")] {
            let fixtures = AlignCommandTests.fixtures
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("articles/\(fixture).txt"),
                                             to: pairs.appendingPathComponent("\(name).txt"))
            let edition = try JSONSerialization.jsonObject(
                with: Data(contentsOf: fixtures.appendingPathComponent("alignment/\(fixture).json"))) as! [String: Any]
            try (edition["target"] as! [String]).joined(separator: "\n\n")
                .write(to: pairs.appendingPathComponent("\(name).en.txt"), atomically: true, encoding: .utf8)
        }
        return pairs
    }

    /// Units stored by aligning `arguments` into a fresh memory, and how long it took.
    static func reference(_ arguments: [String]) throws -> (units: Int, seconds: Double) {
        let folder = try TemporaryFolder()
        let pairs = try Self.pairs(in: folder.url)
        let started = Date()
        let run = try Juru.run(["align"] + arguments.map { pairs.appendingPathComponent($0).path } + ["--into-memory"],
                               workspace: folder.url)
        guard run.status == 0 else { throw FaultError("reference alignment failed: \(run.error)") }
        return (try FaultWorkspace.unitCount(folder.url), Date().timeIntervalSince(started))
    }

    @Test func aKilledAlignmentStoresWholePairsOnly() throws {
        var random = FaultSeed.generator("align")
        let kbs = try Self.reference(["kbs.txt", "kbs.en.txt"]).units
        let liputan6 = try Self.reference(["liputan6.txt", "liputan6.en.txt"]).units
        let (all, duration) = try Self.reference([""])
        let wholePairs: Set = [0, kbs, liputan6, all]

        for round in 1...6 {
            let folder = try TemporaryFolder()
            let pairs = try Self.pairs(in: folder.url)
            let delay = Double.random(in: 0.005...(duration * 1.2), using: &random)
            let context = "seed \(FaultSeed.value), round \(round), killed after \(String(format: "%.3f", delay)) s of ~\(String(format: "%.3f", duration)) s"
            let running = try RunningJuru(["align", pairs.path, "--into-memory"], workspace: folder.url)
            usleep(UInt32(delay * 1_000_000))
            running.kill9()
            let count = try FaultWorkspace.unitCount(folder.url)
            #expect(wholePairs.contains(count), "\(count) units is not whole pairs \(wholePairs.sorted()) (\(context))")
            #expect(try FaultWorkspace.isSound(folder.url), "integrity check failed (\(context))")
            let again = try Juru.run(["align", pairs.path, "--into-memory"], workspace: folder.url)
            #expect(again.status == 0, "\(again.error) (\(context))")
            #expect(try FaultWorkspace.unitCount(folder.url) == all, "(\(context))")
            #expect(FaultWorkspace.leftovers(in: folder.url).isEmpty, "(\(context))")
        }
    }
}
