import ArgumentParser
import Foundation
import JuruKit

/// `juru glossary lookup`: the terms in a sentence.
struct GlossaryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find the glossary terms in an Indonesian sentence.",
        discussion: """
            Terms are found inflected (menandatangani, ditandatanganinya ← tanda tangan), \
            reduplicated (negara-negara), hyphenated (KTT-nya, Korut-Rusia) and as closed \
            or open compounds (kerjasama = kerja sama). Short acronyms (AS, PBB) match only \
            in capitals. With --json, one object per term: source, target, targets, start \
            and end (offsets in Unicode scalars), text, note and glossary.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The Indonesian sentence.")
    var text: String

    @Flag(help: "One JSON object per term found.")
    var json = false

    func run() throws {
        let (_, glossary) = try workspace.loadGlossary(quiet: json)
        let matches = glossary.terms(in: text)
        var output = OutputBuffer()
        for match in matches {
            let offsets = match.offsets(in: text)
            if json {
                for entry in match.entries {
                    output.writeJSON(TermRecord(entry: entry, match: match, offsets: offsets))
                }
            } else {
                for entry in match.entries {
                    output.write("\(offsets.lowerBound)–\(offsets.upperBound)  \(match.text): \(TermPrinter.line(for: entry))\n")
                }
            }
        }
        if !json && matches.isEmpty { output.write("No glossary terms found.\n") }
        output.flush()
    }
}

/// A term found, as `--json` prints it.
private struct TermRecord: Encodable {
    var source: String
    var target: String
    var targets: [String]
    var forbidden: [String]?
    var start: Int
    var end: Int
    var text: String
    var note: String?
    var glossary: String?

    init(entry: GlossaryEntry, match: TermMatch, offsets: Range<Int>) {
        // The entry's term that the text stands for: the first, unless another is closer.
        source = entry.sourceTerms.first { $0.text.lowercased() == match.text.lowercased() }?.text ?? entry.source
        let allowed = entry.allowedTargets.map(\.text)
        target = allowed.first ?? ""
        targets = allowed
        let forbiddenTerms = entry.targetTerms.filter { $0.status == .forbidden }.map(\.text)
        forbidden = forbiddenTerms.isEmpty ? nil : forbiddenTerms
        start = offsets.lowerBound
        end = offsets.upperBound
        text = match.text
        let notes = [entry.note] + entry.allowedTargets.map(\.note)
        let joined = notes.compactMap { $0 }.joined(separator: "; ")
        note = joined.isEmpty ? nil : joined
        glossary = entry.origin
    }
}
