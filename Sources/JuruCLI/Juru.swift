import ArgumentParser
import Foundation
import JuruKit

@main
struct Juru: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "juru",
        abstract: "Translate Indonesian news articles into English, segment by segment.",
        discussion: """
            Juru cleans and segments Indonesian articles, keeps a translation memory and \
            glossaries, and walks a translator through an article.
            """,
        version: "0.1.0",
        subcommands: [AddArticleCommand.self, TranslateCommand.self, DocumentStatsCommand.self, QACommand.self,
                      DocumentExportCommand.self, PretranslateCommand.self, RemoveCommand.self, DoctorCommand.self, SegmentCommand.self, RulesCommand.self, MemoryCommand.self, GlossaryCommand.self,
                      AlignCommand.self, ExtractCommand.self, TeamCommand.self]
    )

    /// Prints a user's error as one line, `juru: <message>`, and exits with status 1;
    /// argument errors keep ArgumentParser's usage text.
    static func main() {
        do {
            if let pages = ExtractCommand.plainPages(in: Array(CommandLine.arguments.dropFirst())) {
                return try ExtractCommand.printArticles(of: pages, all: false)
            }
            var command = try parseAsRoot()
            try command.run()
            TeamHook.finish()  // what the command changed, to the team
        } catch {
            if let message = MemoryStoreError.describing(error)?.errorDescription
                ?? (isParserError(error) ? nil : (error as? LocalizedError)?.errorDescription) {
                FileHandle.standardError.write(Data("juru: \(message)\n".utf8))
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }

    private static func isParserError(_ error: Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
