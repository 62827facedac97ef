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
        var output = OutputBuffer()
        for path in pages {
            let article = try PageImport.article(at: URL(fileURLWithPath: path))
            if all {
                for paragraph in article.paragraphs { output.write("[\(paragraph.kind.rawValue)] \(paragraph.text)\n") }
            } else {
                output.write(article.bodyText)
                output.write("\n")
            }
        }
        output.flush()
    }
}
