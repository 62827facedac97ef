import Foundation
import Testing

/// `juru translate` in a terminal, as a translator uses it: keys sent through tmux,
/// the screen read back, the store read through `juru export`.
@Suite("juru translate in a terminal", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux (.ci/install-deps does) to run the REPL's terminal tests"))
struct ReplTerminalTests {
    static let article = TranslateCommandTests.article

    /// A workspace with the article added and the shipped glossary.
    static func workspace(adding added: URL = article) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let glossaries = folder.url.appendingPathComponent("glossaries")
        try FileManager.default.copyItem(at: Juru.packageRoot.appendingPathComponent("glossaries"), to: glossaries)
        _ = try Juru.run(["add", added.path], workspace: folder.url)
        return folder
    }

    /// The document's rows as `juru export --tsv` writes them: number, state, source, translation, note.
    static func rows(_ folder: TemporaryFolder) throws -> [[String]] {
        let tsv = try Juru.run(["export", "--tsv", "-"], workspace: folder.url).output
        return tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("Alt-1 puts the first term's English at the cursor, between the words typed", arguments: [100, 60])
    func termAtTheCursor(columns: Int) throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: columns, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type("The ")
        try tmux.send("Escape", "1")
        try tmux.type(" said")
        try tmux.wait(forLastLine: "1> The bilateral relations said")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "2>")
        #expect(try Self.rows(folder)[0] == ["1", "translated", TrustCommandTests.headline, "The bilateral relations said", ""])
    }

    @Test("Page Down keeps the typed line as the segment's draft, in the store; Page Up brings it back")
    func movingKeepsTheDraft() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 100, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type("North Korea-Russia summit, half done")
        try tmux.send("PageDown")
        let moved = try tmux.wait(forLastLine: "2>")
        #expect(moved.contains("Kept as the draft of segment 1."))
        #expect(try Self.rows(folder)[0] == ["1", "draft", TrustCommandTests.headline, "North Korea-Russia summit, half done", ""])
        try tmux.send("PageUp")
        try tmux.wait(forLastLine: "1> North Korea-Russia summit, half done")
        // Alt-n moves too; coming back after a restart, the draft is in the line.
        try tmux.send("Escape", "n")
        try tmux.wait(forLastLine: "2>")
        try tmux.send("C-d")
        try tmux.wait { $0.contains("EXIT=0") }
        let again = try Tmux(columns: 100, folder: folder.url, arguments: ["translate"])
        try again.wait(forLastLine: "1> North Korea-Russia summit, half done")
    }

    @Test("Ctrl-C on a typed line clears it and the REPL goes on; on the empty line it quits with a summary")
    func controlC() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 100, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type("North Korea-Russia summit")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "2>")
        try tmux.type("a line I do not want")
        try tmux.wait(forLastLine: "2> a line I do not want")
        try tmux.send("C-c")
        let cleared = try tmux.wait(forLastLine: "2>")
        #expect(Tmux.lastLine(cleared) == "2>")
        #expect(!cleared.contains("EXIT="))
        try tmux.send("C-c")
        let ended = try tmux.wait { $0.contains("EXIT=") }
        #expect(ended.contains("This session: 1 segment and 10 words confirmed in"))
        #expect(ended.contains("EXIT=0"))
        #expect(try Self.rows(folder)[1][1] == "new")
    }

    /// The KBS article and the project's seed articles (../shared/seeds, when present):
    /// the wrap must hold on text nobody tuned it for.
    static let articles: [URL] = {
        let seeds = Juru.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let found = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        return [article] + found.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }()

    @Test("The longest segment is wrapped at spaces to the width, and again after a resize to 60 columns", arguments: articles)
    func wrapsToTheWidth(article: URL) throws {
        let folder = try Self.workspace(adding: article)
        let rows = try Self.rows(folder)
        let longest = try #require(rows.max { $0[2].count < $1[2].count })
        let source = longest[2], number = longest[0]
        let tmux = try Tmux(columns: 100, rows: 50, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type(":g \(number)")
        try tmux.send("Enter")
        let wide = try tmux.wait { Tmux.lastLine($0) == "\(number)>" }
        try expectWrapped(source, in: Tmux.lastScreen(wide), columns: 100)
        let drawn = wide.components(separatedBy: "── ").count
        try tmux.resize(columns: 60)
        // The redraw is a new screen (one more heading rule) ending in the prompt.
        let narrow = try tmux.wait { $0.components(separatedBy: "── ").count > drawn && Tmux.lastLine($0) == "\(number)>" }
        #expect(narrow.components(separatedBy: "── ").count > drawn, "no redraw after the resize")
        try expectWrapped(source, in: Tmux.lastScreen(narrow), columns: 60)
        // The line typed before the resize is still in it.
        try tmux.type("Still here")
        try tmux.send("C-l")
        try tmux.wait(forLastLine: "\(number)> Still here")
    }

    /// Every word of `source` appears whole in the screen, no line wider than `columns`,
    /// the rule as wide as the terminal.
    private func expectWrapped(_ source: String, in screen: String, columns: Int) throws {
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= columns }, "\(lines.filter { $0.count > columns })")
        #expect(lines.first?.count == columns, "rule: \(lines.first ?? "")")
        let start = try #require(lines.firstIndex { $0.hasPrefix("▶") })
        // Terms are marked with brackets without colour.
        let words = Set(lines[start...].joined(separator: " ").filter { $0 != "[" && $0 != "]" }.split(separator: " ").map(String.init))
        for word in source.split(separator: " ") { #expect(words.contains(String(word)), "\(word) is broken or missing") }
        // Continuation lines hang under the text, not in column 0.
        #expect(lines[start + 1].hasPrefix("      "))
    }

    @Test("A 2,000-character line edited at its start is stored whole")
    func aLongLine() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 100, rows: 50, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        let words = (1...334).map { "word\($0 % 10)" }  // 334 × 6 − 1 = 2,003 characters
        let line = String(words.joined(separator: " ").prefix(2000))
        try tmux.type(line)
        try tmux.wait { $0.contains(String(line.suffix(30))) }
        try tmux.send("C-a")
        try tmux.type("Start ")
        try tmux.wait { $0.contains("1> Start word1 word2") }
        let screen = try tmux.screen()
        #expect(screen.contains(String(line.suffix(30))))
        try tmux.send("Enter")
        try tmux.wait { Tmux.lastLine($0) == "2>" }
        #expect(try Self.rows(folder)[0][3] == "Start " + line)
    }

    @Test(":note shows on the segment's screen and reaches the TMX export inside the segment's unit")
    func aNote() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 60, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type(":note Ask the desk whether Pamerkan should read showcases or shows")
        try tmux.send("Enter")
        let noted = try tmux.wait { Tmux.lastScreen($0).contains("Note: Ask the desk whether Pamerkan should read") && Tmux.lastLine($0) == "1>" }
        // Wrapped to 60 columns under the text column.
        #expect(Tmux.lastScreen(noted).contains("      Note: Ask the desk whether Pamerkan should read\n            showcases or shows"))
        try tmux.type("North Korea-Russia summit")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "2>")
        let tmx = try Juru.run(["export", "--tmx", "-"], workspace: folder.url).output
        let unit = try #require(tmx.components(separatedBy: "<tu ").first { $0.contains("<seg>\(TrustCommandTests.headline)</seg>") })
        #expect(unit.contains("<note>Ask the desk whether Pamerkan should read showcases or shows</note>"))
    }

    @Test(":r shows each change fitted to the width, asks once, and :u takes the whole replacement back")
    func aReplacement() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 60, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type("Inter-Korean")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "2>")
        try tmux.type("North Korean and Russian leaders meet to show that their Korean ties are closer")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "3>")
        try tmux.type(":r Korean Koreans")
        try tmux.send("Enter")
        let asked = try tmux.wait(forLastLine: "Replace in 2 segments? [y/N]")
        #expect(asked.contains("“Korean” → “Koreans” in 2 segments (3 places):"))
        #expect(asked.contains("  1  Inter-Korean\n  →  Inter-Koreans"))
        // The long translation is cut to the width, … where it was cut.
        #expect(asked.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(asked.contains("  2  North Korean and Russian leaders meet to show that the…"))
        try tmux.type("y")
        try tmux.send("Enter")
        let replaced = try tmux.wait { $0.contains("Replaced in 2 segments; :u undoes it.") && Tmux.lastLine($0) == "3>" }
        #expect(!replaced.contains("EXIT="))
        #expect(try Self.rows(folder).prefix(2).map { $0[3] }
                == ["Inter-Koreans", "North Koreans and Russian leaders meet to show that their Koreans ties are closer"])
        try tmux.type(":u")
        try tmux.send("Enter")
        try tmux.wait { $0.contains("Undone: the replacement.") && Tmux.lastLine($0) == "3>" }
        #expect(try Self.rows(folder).prefix(2).map { $0[3] }
                == ["Inter-Korean", "North Korean and Russian leaders meet to show that their Korean ties are closer"])
    }

    @Test("--review: Enter on the translation as it is marks it reviewed; the last one says the review is done")
    func aReview() throws {
        let folder = try Self.workspace()
        _ = try ReplNotesReplaceReviewTests.translate("North Korea-Russia summit\n:q\n", in: folder)
        let tmux = try Tmux(columns: 100, folder: folder.url, arguments: ["translate", "--review"])
        try tmux.wait(forLastLine: "1> North Korea-Russia summit")
        try tmux.send("Enter")
        let done = try tmux.wait { $0.contains("The review is done:") && Tmux.lastLine($0).hasPrefix("1>") }
        #expect(done.contains("Segment 1 reviewed."))
        // The command line is longer than the terminal: tmux wraps it.
        #expect(done.replacingOccurrences(of: "\n", with: "")
            .contains("To write it out: juru export kbs-korut-rusia.txt --text kbs-korut-rusia.en.txt --tmx kbs-korut-rusia.tmx"))
        #expect(try Self.rows(folder)[0][1] == "reviewed")
    }

    @Test(":l longer than the terminal is shown a screenful at a time; Enter shows more, q stops")
    func aListIsPaged() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 100, rows: 10, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type(":l")
        try tmux.send("Enter")
        // 14 segments in 10 rows: 8 lines, then the question.
        let first = try tmux.wait(forLastLine: "-- 8 of 14: Enter for more, q to stop --")
        #expect(first.contains("8  new"))
        #expect(!first.contains("9  new"))
        try tmux.send("Enter")
        let rest = try tmux.wait { Tmux.lastLine($0) == "1>" }
        #expect(rest.contains("14  new"))
        // q stops the list at the question.
        try tmux.type(":l")
        try tmux.send("Enter")
        try tmux.wait { $0.components(separatedBy: "Enter for more, q to stop").count == 3 }
        try tmux.type("q")
        try tmux.send("Enter")
        try tmux.wait(forLastLine: "1>")
    }

    @Test("Alt-0 turns the term just inserted into its next translation")
    func alt0CyclesATermsTranslations() throws {
        let folder = try Self.workspace()
        let tmux = try Tmux(columns: 100, folder: folder.url, arguments: ["translate"])
        try tmux.wait(forLastLine: "1>")
        try tmux.type(":g 5")
        try tmux.send("Enter")
        // Term 1 of segment 5 is Amerika Serikat → United States; US.
        let screen = try tmux.wait(forLastLine: "5>")
        #expect(Tmux.lastScreen(screen).contains("[1] [Amerika Serikat] → United States; US"))
        try tmux.type("Japan and the ")
        try tmux.send("Escape", "1")
        try tmux.wait(forLastLine: "5> Japan and the United States")
        try tmux.send("Escape", "0")
        try tmux.wait(forLastLine: "5> Japan and the US")
        try tmux.send("Escape", "0")  // round to the first again
        let back = try tmux.wait(forLastLine: "5> Japan and the United States")
        #expect(Tmux.lastLine(back) == "5> Japan and the United States")
    }
}
