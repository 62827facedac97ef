import ArgumentParser
import Foundation
import JuruKit

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Clean articles and print their segments.",
        discussion: """
            Each file is cleaned of page boilerplate (navigation, "Baca Juga" links, \
            photo credits, cookie notices, ...) and split into segments, one a line. \
            Paragraphs (lines of the file) are hard segment boundaries.

            With --jsonl-stdin it reads the segmentation benchmark's JSON Lines \
            ({"doc", "text"}) and writes {"doc", "sentences"}, without cleaning.
            """
    )

    @OptionGroup var options: WorkspaceOptions

    @Argument(help: "Articles saved as text (UTF-8, or UTF-16 with a byte-order mark), or saved web pages (.html).")
    var files: [String] = []

    @Option(help: "The language of the text: id (Indonesian) or en (English).")
    var lang: String = "id"

    @Flag(help: "One JSON object per segment, with document, paragraph and offsets.")
    var jsonl = false

    @Flag(help: "Also print the lines cleaning set aside, with the reason.")
    var showDropped = false

    @Flag(help: "Segment every line as it is, without cleaning.")
    var raw = false

    @Flag(help: "After each paragraph's segments, say which rule decided each candidate boundary.")
    var explain = false

    @Flag(name: .customLong("jsonl-stdin"), help: "Benchmark protocol: JSON Lines {doc, text} in, {doc, sentences} out.")
    var jsonlStdin = false

    func validate() throws {
        guard Language(code: lang) != nil else {
            throw ValidationError("--lang must be id or en, not '\(lang)'")
        }
        if explain && (jsonl || jsonlStdin) {
            throw ValidationError("--explain writes plain text; leave out --jsonl")
        }
        if jsonlStdin && !files.isEmpty {
            throw ValidationError("--jsonl-stdin reads standard input; give no files")
        }
        if !jsonlStdin && files.isEmpty {
            throw ValidationError("give one or more article files, or --jsonl-stdin")
        }
    }

    func run() throws {
        let language = Language(code: lang)!
        let workspace = try options.resolved()
        let rules = try SegmentationRules.effective(for: language, workspace: workspace.root)
        let segmenter = try Segmenter(rules: rules)
        var output = OutputBuffer()
        if jsonlStdin {
            try BenchmarkProtocol.run(segmenter: segmenter, output: &output)
        } else {
            for file in files {
                let url = URL(fileURLWithPath: file)
                let text = try PageImport.isPage(url) ? PageImport.text(at: url) : TextFile.read(url)
                let article = raw ? Article(rawText: text) : ArticleCleaner().clean(text)
                print(article, from: file, with: segmenter, to: &output)
            }
        }
        output.flush()
        for stopped in segmenter.stoppedRules {
            FileHandle.standardError.write(Data("juru: \(stopped.localizedDescription)\n".utf8))
        }
    }

    private func print(_ article: Article, from file: String, with segmenter: Segmenter, to output: inout OutputBuffer) {
        for line in article.lines {
            switch line {
            case .kept(let paragraph):
                let segments = segmenter.segments(of: paragraph)
                for segment in segments {
                    if jsonl {
                        output.writeJSON(SegmentRecord(document: file, paragraph: paragraph, segment: segment))
                    } else {
                        output.write(segment.text)
                        output.write("\n")
                    }
                }
                if explain { BoundaryExplanation.write(segmenter.decisions(in: paragraph.text), of: paragraph.text, to: &output) }
            case .setAside(let dropped):
                guard showDropped else { continue }
                if jsonl {
                    output.writeJSON(SetAsideRecord(document: file, line: dropped))
                } else {
                    output.write("[set aside: \(dropped.reason.description)] \(dropped.text)\n")
                }
            }
        }
    }
}

/// A line of `juru segment --jsonl`: one segment and where it is.
private struct SegmentRecord: Encodable {
    var document: String
    var paragraph: Int
    var line: Int
    var kind: String
    var segment: Int
    /// Offsets in Unicode code points into the cleaned paragraph.
    var start: Int
    var end: Int
    var text: String

    init(document: String, paragraph: Paragraph, segment: Segment) {
        self.document = document
        self.paragraph = paragraph.index
        self.line = paragraph.line
        self.kind = paragraph.kind.rawValue
        self.segment = segment.index
        self.start = segment.start
        self.end = segment.end
        self.text = segment.text
    }
}

/// A line of `juru segment --jsonl --show-dropped` for a line cleaning set aside.
private struct SetAsideRecord: Encodable {
    var document: String
    var line: Int
    var dropped: String
    var text: String

    init(document: String, line: SetAsideLine) {
        self.document = document
        self.line = line.line
        self.dropped = line.reason.rawValue
        self.text = line.text
    }
}
