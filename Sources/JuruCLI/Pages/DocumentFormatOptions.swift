import ArgumentParser
import Foundation
import JuruKit

/// `juru export --xliff` and `--html`: a document in the form translators hand back.
struct DocumentFormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("XLIFF: the same file back with targets and states for a document added from XLIFF, else a new file (- for standard output).", valueName: "out.xlf"))
    var xliff: String?

    @Option(name: .customLong("xliff-version"), help: ArgumentHelp("Write a new XLIFF file of this version (1.2 or 2.1) even for a document added from XLIFF.", valueName: "1.2|2.1"))
    var xliffVersion: String?

    @Option(help: ArgumentHelp("The translated article as clean HTML (h1, p, figure, lang=en; - for standard output).", valueName: "out.html"))
    var html: String?

    @Flag(name: .customLong("in-page"), help: "With --html, for a document added from a saved page: that page with the article's text translated and all else as it was.")
    var inPage = false

    var isGiven: Bool { xliff != nil || html != nil }
    var paths: [String?] { [xliff, html] }

    func validate() throws {
        if let xliffVersion, XLIFFExport.Version(rawValue: xliffVersion) == nil {
            throw ValidationError("--xliff-version must be 1.2 or 2.1, not '\(xliffVersion)'")
        }
        if xliffVersion != nil && xliff == nil { throw ValidationError("--xliff-version goes with --xliff OUT") }
        if inPage && html == nil { throw ValidationError("--in-page goes with --html OUT") }
    }

    func export(_ document: StoredDocument, segments: [StoredSegment], store: MemoryStore) throws {
        if let xliff {
            let source = try store.source(of: document)
            if xliffVersion == nil, let source, source.format == .xliff {
                let data = try XLIFFExport.sameFile(source.original, document: document, segments: segments)
                try DocumentExport.write(String(decoding: data, as: UTF8.self), to: xliff)
            } else {
                let version = xliffVersion.flatMap(XLIFFExport.Version.init(rawValue:)) ?? .v1_2
                try DocumentExport.write(XLIFFExport.newFile(document, segments: segments, version: version), to: xliff)
            }
            report("\(xliff == "-" ? "standard output" : xliff): \(segments.filter { $0.target != nil }.count) of \(segments.count) segments translated", toStandardError: xliff == "-")
        }
        if let html, inPage {
            try exportInPage(document, segments: segments, store: store, to: html)
        } else if let html {
            try DocumentExport.write(TranslatedPage.html(document, segments: segments), to: html)
            report("\(html == "-" ? "standard output" : html): \(segments.count) segments written", toStandardError: html == "-")
        }
    }

    /// The saved page the document was added from, its article translated.
    private func exportInPage(_ document: StoredDocument, segments: [StoredSegment], store: MemoryStore, to path: String) throws {
        guard let source = try store.source(of: document), source.format == .html else {
            throw PageError.notFromPage(document.name)
        }
        let (page, counts) = try TranslatedSavedPage.bytes(page: [UInt8](source.original), segments: segments, path: document.name)
        let output = try OutputFile(path: path)
        try output.write(page)
        try output.commit()
        var message = "\(path == "-" ? "standard output" : path): \(counts.translated) paragraphs translated in the page"
        if counts.untranslated > 0 { message += ", \(counts.untranslated) left in Indonesian (not all their segments translated)" }
        if counts.notPlaced > 0 { message += ", \(counts.notPlaced) not found in the page's markup (left as the page has them)" }
        report(message, toStandardError: path == "-")
    }
}
