import ArgumentParser
import Foundation
import JuruKit

extension WorkspaceOptions {
    /// The document named, or the last one added when `name` is nil.
    func document(named name: String?, in store: MemoryStore) throws -> StoredDocument {
        if let name {
            guard let found = try store.document(named: name) else { throw TranslateError.noDocument(name) }
            return found
        }
        guard let last = try store.documents().last else { throw TranslateError.noDocuments }
        return last
    }

    /// The document named, or every document when `name` is nil.
    func documents(named name: String?, in store: MemoryStore) throws -> [StoredDocument] {
        if let name {
            guard let document = try store.document(named: name) else { throw TranslateError.noDocument(name) }
            return [document]
        }
        let all = try store.documents()
        if all.isEmpty { throw TranslateError.noDocuments }
        return all
    }
}

/// `juru stats`: progress per document and what is left, in pay bands.
struct DocumentStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress per document, and what is left in the bands translators are paid by."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "One document; all when left out.")
    var document: String?

    func run() throws {
        let store = try workspace.openStore()
        let documents = try workspace.documents(named: document, in: store)
        let memory = try TranslationMemory(store: store)
        var totalSegments = [SegmentState: Int](), totalWords = [SegmentState: Int]()
        var left = [DocumentAnalysis.Band: (Int, Int)]()
        for document in documents {
            let segments = try store.segments(of: document)
            var bySegments = [SegmentState: Int](), byWords = [SegmentState: Int]()
            for segment in segments {
                bySegments[segment.state, default: 0] += 1
                byWords[segment.state, default: 0] += segment.sourceWords
            }
            let states = SegmentState.allCases.map { "\($0.rawValue) \(bySegments[$0] ?? 0) (\(count(byWords[$0] ?? 0, "word")))" }
            print("\(document.name): " + states.joined(separator: " · "))
            for state in SegmentState.allCases {
                totalSegments[state, default: 0] += bySegments[state] ?? 0
                totalWords[state, default: 0] += byWords[state] ?? 0
            }
            let analysis = try DocumentAnalysis(segments, memory: memory)
            for band in DocumentAnalysis.Band.allCases {
                let (s, w) = left[band] ?? (0, 0)
                left[band] = (s + (analysis.segments[band] ?? 0), w + (analysis.words[band] ?? 0))
            }
        }
        if documents.count > 1 {
            print("all: " + SegmentState.allCases.map { "\($0.rawValue) \(totalSegments[$0] ?? 0) (\(count(totalWords[$0] ?? 0, "word")))" }
                .joined(separator: " · "))
        }
        print("\nLeft to translate          segments    words")
        for band in DocumentAnalysis.Band.allCases {
            let (segments, words) = left[band] ?? (0, 0)
            print(band.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)
                  + String(segments).leftPadded(9) + String(words).leftPadded(9))
        }
    }
}

/// `juru export`: the translated article, a bilingual TMX, a TSV.
struct DocumentExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a document as translated text, bilingual TMX 1.4b or TSV.",
        discussion: "Untranslated segments stay in Indonesian in the text, marked [ID: …]."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The document; the last one added when left out.")
    var document: String?

    @Option(help: ArgumentHelp("The confirmed pairs as TMX 1.4b (- for standard output).", valueName: "out.tmx"))
    var tmx: String?

    @Option(help: ArgumentHelp("The article in English, paragraphs kept (- for standard output).", valueName: "out.txt"))
    var text: String?

    @Option(help: ArgumentHelp("Segment, state, source and translation (- for standard output).", valueName: "out.tsv"))
    var tsv: String?

    @OptionGroup var documentFormats: DocumentFormatOptions

    func validate() throws {
        if tmx == nil && text == nil && tsv == nil && !documentFormats.isGiven {
            throw ValidationError("Give --tmx, --text, --tsv, --xliff or --html (or several).")
        }
        if ([tmx, text, tsv] + documentFormats.paths).filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Only one export can go to standard output (-).")
        }
    }

    func run() throws {
        let store = try workspace.openStore()
        let chosen = try workspace.document(named: document, in: store)
        let segments = try store.segments(of: chosen)
        if let tmx {
            let written = try DocumentExport.tmx(segments, document: chosen, to: tmx)
            report("\(tmx == "-" ? "standard output" : tmx): \(count(written, "unit")) written", toStandardError: tmx == "-")
        }
        for (path, content) in [(text, DocumentExport.text(segments)), (tsv, DocumentExport.tsv(segments))] {
            guard let path else { continue }
            try DocumentExport.write(content, to: path)
            report("\(path == "-" ? "standard output" : path): \(count(segments.count, "segment")) written", toStandardError: path == "-")
        }
        try documentFormats.export(chosen, segments: segments, store: store)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - count)) + self }
}
