import ArgumentParser
import Foundation
import JuruKit

/// `juru extract`: the article body of a saved page, as plain text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article body of saved web pages as plain text.",
        discussion: """
            Reads each page with an HTML parser in the charset it declares, finds the \
            article from the page's structure, and prints its body paragraphs and \
            subheadings one a line (no headline, byline or captions: see --all).
            """
    )

    @Argument(help: "Web pages saved from a browser (.html).")
    var pages: [String]

    @Flag(help: "Also print the headline, date, byline and captions, each marked with its kind.")
    var all = false

    func run() throws {
        try Self.printArticles(of: pages, all: all)
    }

    static func printArticles(of pages: [String], all: Bool) throws {
        var output = OutputBuffer()
        for path in pages {
            let article = try PageImport.article(atPath: path)
            if all {
                for paragraph in article.paragraphs { output.write("[\(paragraph.kind.rawValue)] \(paragraph.text)\n") }
            } else {
                output.write(article.bodyText)
                output.write("\n")
            }
        }
        output.flush()
    }

    /// The pages of `juru extract PAGE…` when its arguments are page paths and nothing else.
    ///
    /// Scripts and benchmarks run `juru extract` once per page, and ArgumentParser's first
    /// parse in a process costs more than reading the page: it describes the command by
    /// reflection, and Swift's runtime answers each of its type questions by scanning every
    /// protocol conformance in the binary (about 9,000). A plain list of paths is read here
    /// instead; a flag, `--help` or a mistake still goes through ArgumentParser.
    static func plainPages(in arguments: [String]) -> [String]? {
        guard arguments.count >= 2, arguments[0] == configuration.commandName,
              arguments.dropFirst().allSatisfy({ !$0.hasPrefix("-") && !$0.isEmpty })
        else { return nil }
        return Array(arguments.dropFirst())
    }
}
