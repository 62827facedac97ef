import Foundation
import Testing

/// The REPL with piped lines: what a line that ends in a command does, the answers'
/// voice, the document lists and review.
struct ReplPipedTests {
    static func translate(_ input: String, in folder: TemporaryFolder) throws -> Juru.Result {
        try Juru.run(["translate"], input: input, workspace: folder.url, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
    }

    static func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Juru.packageRoot.appendingPathComponent("glossaries"),
                                         to: folder.url.appendingPathComponent("glossaries"))
        _ = try Juru.run(["add", TranslateCommandTests.article.path], workspace: folder.url)
        return folder
    }

    @Test func aCommandAtTheEndOfALineActsOnTheTextBeforeItAndIsNeverStored() throws {
        let folder = try Self.workspace()
        let result = try Self.translate("The:t 1\n\nhalf a headline:n\n:q\n", in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Read :t 1 at the end of the line as a command."))
        let rows = try ReplTerminalTests.rows(folder)
        #expect(rows[0] == ["1", "translated", "Pertemuan Korut-Rusia Pamerkan Peningkatan Hubungan Bilateral dan Kerja Sama Militer", "The bilateral relations", ""])
        #expect(rows[1][1] == "draft")
        #expect(rows[1][3] == "half a headline")
        #expect(!rows.contains { $0.count > 3 && $0[3].contains(":") })
        #expect(result.output.contains("This session: 1 segment and 10 words confirmed in"))
    }

    @Test func answersInOneVoice() throws {
        let folder = try Self.workspace()
        let result = try Self.translate(":7\n:p\n:t 40\n:g 99\n:frob\n:q\n", in: folder)
        for answer in ["There is no match 7.", "This is the first segment.", "There is no term 40.",
                       "There is no segment 99.", "There is no command :frob; :h lists them."] {
            #expect(result.output.contains(answer), "\(answer)")
        }
    }

    @Test func listsFindsAndReviews() throws {
        let folder = try Self.workspace()
        let result = try Self.translate("North Korea-Russia summit\n:g 1\n:ok\n:l reviewed\n:l\n:f Putin\n:stats\n:q\n", in: folder)
        #expect(result.output.contains("Segment 1 reviewed."))
        let listing = result.output.components(separatedBy: "\n")
        #expect(listing.contains { $0.contains("1  reviewed    Pertemuan Korut-Rusia") && $0.hasSuffix("North Korea-Russia summit") })
        // :l lists every segment, each on one line no wider than the terminal.
        for number in 2...14 { #expect(listing.contains { $0.range(of: "^[▶ ] +\(number)  new ", options: .regularExpression) != nil }) }
        #expect(listing.allSatisfy { $0.count <= 80 || !$0.contains("  new  ") })
        #expect(result.output.contains("  reviewed    1 segment, 10 words"))
        #expect(result.output.contains("Left to translate, by best match:"))
        #expect(try ReplTerminalTests.rows(folder)[0][1] == "reviewed")
    }
}
