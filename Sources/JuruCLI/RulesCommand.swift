import ArgumentParser
import Foundation
import JuruKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show or import the segmentation rules (SRX 2.0).",
        subcommands: [Show.self, Import.self]
    )

    struct Show: ParsableCommand {
        // Named here, not from the type's name: that costs every juru process a
        // protocol-conformance scan of all loaded libraries (String(describing:)).
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "List the rules in force, the workspace's own first.")

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "id (Indonesian) or en (English).")
        var lang: String = "id"

        func validate() throws {
            guard Language(code: lang) != nil else { throw ValidationError("--lang must be id or en, not '\(lang)'") }
        }

        func run() throws {
            let workspace = try options.resolved()
            let rules = try SegmentationRules.effective(for: Language(code: lang)!, workspace: workspace.root)
            let alone = FileManager.default.fileExists(
                atPath: workspace.root.appendingPathComponent(SegmentationRules.aloneMarkerFileName).path)
            print("\(rules.rules.count) rules from \(rules.source)\(alone ? " (the workspace's rules alone: imported with --replace)" : "")")
            for (index, rule) in rules.rules.enumerated() {
                let kind = rule.isBreak ? "break   " : "no-break"
                let origin = rule.origin.map { "  [\($0)]" } ?? ""
                print("\(String(index + 1).leftPadded(to: 3))  \(kind)  \(rule.beforeBreak)  ‖  \(rule.afterBreak)\(origin)")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Make an SRX 2.0 file (from OmegaT, Okapi, LanguageTool or Juru) the workspace's own rules.",
            discussion: """
                The file is checked first (well-formed SRX, every rule compiles, rules for \
                Indonesian or English). It is then copied to the workspace as \
                segmentation.srx. Its rules add to the shipped ones: its leading \
                exceptions come first, its break rules after Juru's, so a catch-all \
                break rule does not silence Juru's exceptions. With --replace its rules \
                are used alone. A file already there is kept as segmentation.srx.bak.
                """)

        @OptionGroup var options: WorkspaceOptions

        @Flag(help: "Use the file's rules alone, instead of adding them to Juru's shipped rules.")
        var replace = false

        @Argument(help: "The SRX file.")
        var file: String

        func run() throws {
            let workspace = try options.resolved()
            let source = URL(fileURLWithPath: file)
            let data = try SRXDocument.read(source)
            let document = try SRXDocument(data: data, name: file)
            var found: [String] = []
            for language in Language.allCases {
                do {
                    let rules = try document.rules(for: language)
                    found.append("\(rules.rules.count) \(language.name)")
                } catch SegmentationError.noRulesForLanguage {
                    continue
                }
            }
            guard !found.isEmpty else { throw SegmentationError.noRulesForLanguage(file: file, language: "id or en") }
            try SegmentationRulesFile.install(data, in: workspace, alone: replace)
            for note in document.notes {
                FileHandle.standardError.write(Data("juru: note: \(file): \(note)\n".utf8))
            }
            let how = replace ? "to be used alone, in place of Juru's shipped rules" : "added to Juru's shipped rules"
            print("Imported \(found.joined(separator: " and ")) rules into \(workspace.segmentationRules.path), \(how)")
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
