import ArgumentParser
import Foundation
import JuruKit

/// `juru align`: an Indonesian article and its English translation into memory units.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align an Indonesian article with its English translation, sentence by sentence.",
        discussion: """
            Both files are cleaned and segmented (Indonesian rules for the source, English \
            for the target), then aligned: 1:1, merges and splits (2:1, 1:2, 3:1, 1:3) and \
            lines with no counterpart (1:0, 0:1). Links below 50% confidence are marked for \
            review (✱) and are not stored by --into-memory. The workspace's glossaries serve \
            as a dictionary. With --jsonl-stdin it reads the alignment benchmark's JSON \
            Lines ({"doc","source","target"}) and writes {"doc","links"}. Given a folder \
            instead of two files, it aligns every NAME.txt with NAME.en.txt in it. With \
            --review it then steps through the links marked ✱: accept, reject, join with \
            the next link, or split; each accepted link is stored in the memory at once, \
            and the confident links only when you say so at the end (or with --into-memory, \
            on entry). In a folder, a NAME.txt without its NAME.en.txt (or the reverse) is \
            reported, the other pairs are aligned, and the exit status is 1.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The Indonesian article (or a folder of NAME.txt and NAME.en.txt pairs).")
    var source: String?

    @Argument(help: "Its English translation.")
    var target: String?

    @Flag(help: "Step through the links marked for review, storing only what is accepted.")
    var review = false

    @Flag(name: .customLong("into-memory"), help: "Store the confident 1:1, 2:1 and 1:2… links in the project memory.")
    var intoMemory = false

    @Option(help: ArgumentHelp("Write the confident links as TMX 1.4b.", valueName: "out.tmx"))
    var tmx: String?

    @Flag(name: .customLong("jsonl-stdin"), help: "Benchmark protocol: JSON Lines in, links out.")
    var jsonlStdin = false

    func validate() throws {
        if jsonlStdin && (source != nil || target != nil) {
            throw ValidationError("--jsonl-stdin reads documents from standard input, not files.")
        }
        if !jsonlStdin && source == nil {
            throw ValidationError("Give the Indonesian article and its English translation, or a folder of pairs.")
        }
        if review && (jsonlStdin || target == nil) {
            throw ValidationError("--review works on one pair of files.")
        }
        if jsonlStdin && intoMemory {
            throw ValidationError("--into-memory goes with files, not --jsonl-stdin.")
        }
        if (review || jsonlStdin) && tmx != nil {
            throw ValidationError("--tmx goes with a plain alignment; --review stores as you decide.")
        }
    }

    func run() throws {
        let glossary = (try? workspace.loadGlossary(quiet: true).1).flatMap { $0.isEmpty ? nil : $0 }
        let aligner = SentenceAligner(glossary: glossary)
        if jsonlStdin {
            try AlignmentProtocol.run(aligner: aligner)
            return
        }
        guard let target else {
            try AlignFolder(folder: URL(fileURLWithPath: source!), aligner: aligner, workspace: workspace,
                            intoMemory: intoMemory, tmx: tmx).run()
            return
        }
        let document = try AlignedDocument(source: URL(fileURLWithPath: source!), target: URL(fileURLWithPath: target),
                                           aligner: aligner)
        var output = OutputBuffer()
        AlignmentPrinter.print(document, to: &output)
        output.flush()
        if review {
            try AlignmentReviewSession(document: document, store: try workspace.openStore(), intoMemory: intoMemory).run()
            return
        }
        if intoMemory {
            let store = try workspace.openStore()
            let stored = try document.store(into: store)
            print("\(count(stored, "unit")) stored in the project memory (\(count(document.reviewCount, "link")) left for review).")
        }
        if let tmx {
            try document.writeTMX(to: URL(fileURLWithPath: tmx))
            print("\(tmx): \(count(document.confidentPairs.count, "unit")) written")
        }
    }
}

/// The alignment benchmark's protocol (../shared/bench/align/README.md).
enum AlignmentProtocol {
    private struct Input: Decodable {
        var doc: String
        var source: [String]
        var target: [String]
    }

    private struct Output: Encodable {
        var doc: String
        var links: [[[Int]]]
    }

    static func run(aligner: SentenceAligner) throws {
        var output = OutputBuffer()
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let input = try? JSONDecoder().decode(Input.self, from: Data(line.utf8)) else {
                throw AlignmentInputError(line: lineNumber)
            }
            let links = aligner.align(source: input.source, target: input.target)
            output.writeJSON(Output(doc: input.doc, links: links.map { [Array($0.source), Array($0.target)] }))
        }
        output.flush()
    }
}

struct AlignmentInputError: Error, LocalizedError {
    var line: Int
    var errorDescription: String? {
        "standard input:\(line): not a JSON object with \"doc\" and string arrays \"source\" and \"target\""
    }
}
