import Foundation
import Testing

/// `:note`, `:r`, `juru translate --review` and the end of a document, with piped
/// lines on the seed article (Tests/JuruKitTests/Fixtures/articles).
struct ReplNotesReplaceReviewTests {
    static func translate(_ input: String, in folder: TemporaryFolder, _ arguments: [String] = []) throws -> Juru.Result {
        try Juru.run(["translate"] + arguments, input: input, workspace: folder.url, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
    }

    @Test func aNoteIsShownOnTheSegmentAndReachesTheTMXAndTSVExports() throws {
        let folder = try ReplPipedTests.workspace()
        let result = try Self.translate(":note Ask the desk: “Pamerkan”: showcases or shows off?\nNorth Korea-Russia summit\n:p\n:note\n:g 2\n:note\n:q\n",
                                        in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Noted on segment 1."))
        #expect(result.output.contains("      Note: Ask the desk: “Pamerkan”: showcases or shows off?"))
        #expect(result.output.contains("Note on segment 1: Ask the desk: “Pamerkan”: showcases or shows off?"))
        #expect(result.output.contains("Segment 2 has no note; :note TEXT keeps one."))
        // The document's TMX: the note inside the segment's <tu>.
        let tmx = try Juru.run(["export", "--tmx", "-"], workspace: folder.url).output
        let unit = try #require(tmx.components(separatedBy: "<tu ").first { $0.contains("<seg>\(TrustCommandTests.headline)</seg>") })
        #expect(unit.contains("<note>Ask the desk: “Pamerkan”: showcases or shows off?</note>"))
        // The memory's TMX carries it too, with the unit confirmed from the segment.
        let memory = try Juru.run(["tm", "export", "-"], workspace: folder.url).output
        #expect(memory.contains("<note>Ask the desk: “Pamerkan”: showcases or shows off?</note>"))
        #expect(try ReplTerminalTests.rows(folder)[0] == ["1", "translated", TrustCommandTests.headline, "North Korea-Russia summit",
                                                          "Ask the desk: “Pamerkan”: showcases or shows off?"])
        // :note - clears it, everywhere.
        _ = try Self.translate(":g 1\n:note -\n:q\n", in: folder)
        #expect(try ReplTerminalTests.rows(folder)[0][4] == "")
        #expect(!(try Juru.run(["export", "--tmx", "-"], workspace: folder.url).output.contains("<note>")))
    }

    @Test func aReplacementIsPreviewedAskedForAppliedAndUndoneWhole() throws {
        let folder = try ReplPipedTests.workspace()
        let lines = ["Inter-Korean", "North Korea-Russia summit shows closer Korean ties", "Korean peninsula, said Korean officials",
                     ":r Korean Korea", "n", ":r Korean Koreans", "y", ":r zzz yyy", ":r Korean", ":q"]
        let result = try Self.translate(lines.joined(separator: "\n") + "\n", in: folder)
        #expect(result.status == 0, "\(result.error)")
        let out = result.output
        #expect(out.contains("“Korean” → “Korea” in 3 segments (4 places):"))
        #expect(out.contains("  1  Inter-Korean\n  →  Inter-Korea\n"))
        #expect(out.contains("  3  Korean peninsula, said Korean officials\n  →  Korea peninsula, said Korea officials\n"))
        #expect(out.contains("Replace in 3 segments? [y/N] Nothing was replaced."))
        #expect(out.contains("Replaced in 3 segments; :u undoes it."))
        #expect(out.contains("No translation contains “zzz”."))
        #expect(out.contains("Use :r OLD NEW"))
        #expect(try ReplTerminalTests.rows(folder).prefix(3).map { $0[3] }
                == ["Inter-Koreans", "North Korea-Russia summit shows closer Koreans ties", "Koreans peninsula, said Koreans officials"])
        // The memory's translation follows the replacement.
        #expect(try Juru.run(["tm", "export", "-"], workspace: folder.url).output.contains("<seg>Inter-Koreans</seg>"))
        let undone = try Self.translate(":r Koreans Korean\ny\n:u\n:q\n", in: folder)
        #expect(undone.output.contains("Undone: the replacement."))
        // In this session only the last replacement can be undone; the first stays.
        #expect(try ReplTerminalTests.rows(folder)[0][3] == "Inter-Koreans")
        // Quoted text with spaces.
        let quoted = try Self.translate(":r \"Koreans peninsula\" \"Korean Peninsula\"\ny\n:q\n", in: folder)
        #expect(quoted.output.contains("Replaced in 1 segment;"))
        #expect(try ReplTerminalTests.rows(folder)[2][3] == "Korean Peninsula, said Koreans officials")
    }

    @Test func aReviewWalksTheTranslatedSegmentsAndSaysWhenItIsDone() throws {
        let folder = try ReplPipedTests.workspace()
        _ = try Self.translate("North Korea-Russia summit shows closer ties\nWritten: 2024-06-20\n:q\n", in: folder)
        let result = try Self.translate("\nWritten: 2024-06-20 15:10:32\n:q\n", in: folder, ["--review"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Review of kbs-korut-rusia.txt: 2 segments translated and not yet reviewed."))
        #expect(result.output.contains("segment 1 of 14 · headline · review"))
        #expect(result.output.contains("Segment 1 reviewed."))
        #expect(result.output.contains("segment 2 of 14 · dateline · review"))
        #expect(!result.output.contains("segment 3 of 14"))  // not translated: not in the review
        #expect(result.output.contains("The review is done: 2 of 14 segments reviewed (15 of 342 words), 12 not translated yet."))
        #expect(result.output.contains("This session: 1 segment and 5 words confirmed, 2 reviewed, in"))
        let rows = try ReplTerminalTests.rows(folder)
        #expect(rows[0] == ["1", "reviewed", TrustCommandTests.headline, "North Korea-Russia summit shows closer ties", ""])
        #expect(rows[1][1] == "reviewed" && rows[1][3] == "Written: 2024-06-20 15:10:32")
        #expect(rows[2][1] == "new")
        let again = try Self.translate(":q\n", in: folder, ["--review"])
        #expect(again.status == 0)
        #expect(again.output == "There is nothing to review in kbs-korut-rusia.txt: no segment is translated and not yet reviewed.\n")
    }

    @Test func theLastSegmentDoneSaysSoWithTheFiguresAndTheExportCommandThatWorks() throws {
        let folder = try ReplPipedTests.workspace()
        let lines = (1...14).map { "Sentence \($0) in English." }
        let result = try Self.translate(lines.joined(separator: "\n") + "\n:q\n", in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("The document is finished: 14 segments, 342 words translated, 0 reviewed (0 words)."))
        let command = "juru export kbs-korut-rusia.txt --text kbs-korut-rusia.en.txt --tmx kbs-korut-rusia.tmx"
        #expect(result.output.contains("To write it out: \(command)"))
        let exported = try Juru.run(Array(command.split(separator: " ").dropFirst().map(String.init)), workspace: folder.url)
        #expect(exported.status == 0, "\(exported.error)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("kbs-korut-rusia.tmx").path))
        #expect(try String(contentsOf: folder.url.appendingPathComponent("kbs-korut-rusia.en.txt"), encoding: .utf8)
            .hasPrefix("Sentence 1 in English."))
    }

    @Test func aMatchSaysItsMemoryDocumentDateAndTime() throws {
        let folder = try ReplPipedTests.workspace()
        _ = try Self.translate("North Korea-Russia summit\n:q\n", in: folder)
        let again = folder.url.appendingPathComponent("kbs-again.txt")
        try FileManager.default.copyItem(at: TranslateCommandTests.article, to: again)
        _ = try Juru.run(["add", again.path], workspace: folder.url)
        let result = try Juru.run(["translate", "kbs-again.txt"], input: ":q\n", workspace: folder.url,
                                  environment: ["NO_COLOR": "1", "COLUMNS": "100"])
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("  [1] 100% words") })
        #expect(line.range(of: #"· project · kbs-korut-rusia\.txt · \d{4}-\d\d-\d\d \d\d:\d\d$"#, options: .regularExpression) != nil,
                "\(line)")
    }

    @Test func listingQAListsOnlyTheSegmentsWithFindings() throws {
        let folder = try ReplPipedTests.workspace()
        // Segment 2 is the dateline: a translation without its dates and times is a finding.
        let result = try Self.translate("North Korea-Russia Summit Showcases Closer Bilateral Relations and Military Cooperation\nWritten and updated\n:l qa\n:q\n", in: folder)
        // Piped, the prompt comes before the list's first line.
        let listed = result.output.split(separator: "\n").filter { $0.range(of: #"^(\d+> )?[▶ ] +\d+  (new|translated) "#, options: .regularExpression) != nil }
        #expect(listed.count == 1)
        #expect(listed.first?.contains("2  translated  Write: 2024-06-20") == true, "\(listed)")
        let clean = try ReplPipedTests.workspace()
        #expect(try Self.translate(":l qa\n:q\n", in: clean).output.contains("There is no segment with QA findings."))
    }
}
