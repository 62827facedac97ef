import Foundation
import Testing

/// kill -9 at random points of `juru translate` fed confirmations through a pipe: every
/// segment the REPL moved past is stored, each on its own segment.
@Suite(.serialized)
struct FaultConfirmationKillTests {
    static let article = TranslateCommandTests.article

    /// The highest "segment N of 14" on screen: segments before N were confirmed.
    static func shownSegment(in screen: String) -> Int {
        screen.components(separatedBy: "· segment ").dropFirst()
            .compactMap { Int($0.prefix { $0.isNumber }) }.max() ?? 1
    }

    @Test func everyConfirmationTheREPLMovedPastSurvivesAKill() throws {
        var random = FaultSeed.generator("confirm")
        var confirmations = 0
        for round in 1...4 {
            let folder = try TemporaryFolder()
            _ = try Juru.run(["add", Self.article.path], workspace: folder.url)
            let running = try RunningJuru(["translate"], workspace: folder.url)
            let lines = Int.random(in: 2...12, using: &random)
            let killAt = Date().addingTimeInterval(Double.random(in: 0.1...1.5, using: &random))
            // Lines go in with random pauses, as keys would; the kill comes when it comes.
            for number in 1...lines where Date() < killAt {
                running.send("Round \(round) segment \(number)")
                usleep(UInt32.random(in: 0...150_000, using: &random))
            }
            while Date() < killAt { usleep(5_000) }
            running.kill9()
            let confirmed = Self.shownSegment(in: running.text) - 1
            confirmations += confirmed
            let context = "seed \(FaultSeed.value), round \(round), \(lines) lines, \(confirmed) confirmed on screen"

            let rows = try FaultWorkspace.exportedSegments(folder.url)
            for number in 1...max(confirmed, 1) where confirmed > 0 {
                #expect(rows[number]?.status == "translated" && rows[number]?.target == "Round \(round) segment \(number)",
                        "segment \(number) lost: \(String(describing: rows[number])) (\(context))")
            }
            // Nothing may land on another segment than its own.
            for (number, row) in rows where row.status == "translated" {
                #expect(row.target == "Round \(round) segment \(number)", "segment \(number) has \(row.target) (\(context))")
            }
            #expect(try FaultWorkspace.isSound(folder.url), "integrity check failed (\(context))")
        }
        #expect(confirmations > 0, "no kill came after a confirmation: nothing was tested (seed \(FaultSeed.value))")
    }
}
