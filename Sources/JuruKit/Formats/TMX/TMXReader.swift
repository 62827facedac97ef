import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a TMX file (1.1 to 1.4b, as OmegaT, Okapi, translate-toolkit and Trados
/// write it) one unit at a time, so a file of a million units is never in memory.
///
/// Indonesian is the source and English the target whatever the file's `srclang`:
/// units are matched by their variants' languages (`xml:lang`, or TMX 1.1's `lang`;
/// `id`, `id-ID`, `in`, `ind`… and `en-US`, `EN-GB`, `eng`…). Units without both
/// are counted and skipped. A file that defines entities is refused before parsing;
/// external entities are never loaded. XHTML named entities (`&eacute;`) are read as
/// their characters; any other undeclared entity is refused with its name and place.
public struct TMXReader {
    public let url: URL
    /// Longer segments are no sentence or paragraph but a whole book or a dump; their
    /// units are counted and left out (``Summary/overlong``).
    public static let segmentLimit = 100_000

    /// What a read found beside the units it delivered.
    public struct Summary: Sendable, Equatable {
        public var units = 0
        /// Units without both an Indonesian and an English variant.
        public var skipped = 0
        /// Units with a segment longer than ``TMXReader/segmentLimit`` characters.
        public var overlong = 0
        /// Languages seen on skipped units, for the error when nothing could be read.
        public var languages: Set<String> = []
    }

    public init(url: URL) {
        self.url = url
    }

    /// Calls `body` with every Indonesian–English unit in file order. Throws
    /// ``TMXError`` for a file that is not well-formed TMX; units delivered before
    /// the error are the caller's to discard (the store does it in one transaction).
    @discardableResult
    public func read(progress: ((Double) -> Void)? = nil, _ body: (TMXUnit) throws -> Void) throws -> Summary {
        let path = url.path
        do { try InputFile.checkNotEmpty(url) } catch .missing { throw TMXError.missing(path) }
        try TMXProlog.check(url)
        let lineCount = progress == nil ? 0 : TMXProlog.lineCount(url)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw TMXError.unreadable(path) }
        defer { try? handle.close() }
        let stream = EntityMappingStream(handle: handle)
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        return try withoutActuallyEscaping(body) { body in
            let handler = TMXParserHandler(path: path, body: body) { line in
                if lineCount > 0 { progress?(min(1, Double(line) / Double(lineCount))) }
            }
            parser.delegate = handler
            let parsed = parser.parse()
            parser.delegate = nil
            if let bad = stream.utf8?.failure {
                throw TMXError.malformed(path, line: bad.line, column: bad.column, reason: bad.reason)
            }
            if let tag = stream.tags.failure {
                throw TMXError.malformed(path, line: tag.line, column: tag.column, reason: tag.reason)
            }
            if let failure = handler.failure { throw failure }
            if !parsed {
                let reason = handler.elements.rootClosed ? handler.elements.extraContent
                    : (parser.parserError as NSError?).map(TMXParserHandler.describe) ?? "not well-formed XML"
                throw TMXError.malformed(path, line: handler.errorLine ?? parser.lineNumber,
                                         column: handler.errorColumn ?? parser.columnNumber, reason: reason)
            }
            return try finish(handler)
        }
    }

    private func finish(_ handler: TMXParserHandler) throws -> Summary {
        let path = url.path
        guard handler.sawRoot else { throw TMXError.malformed(path, line: 1, column: 1, reason: "no <tmx> element") }
        // The parser is fed in chunks and never told that the input ended, so a file
        // cut short parses "successfully": refuse it, or half of it would be imported.
        if let cut = handler.elements.cutShort {
            throw TMXError.malformed(path, line: handler.lastLine, column: handler.lastColumn, reason: cut)
        }
        if handler.summary.units == 0 && handler.summary.skipped > 0 {
            throw TMXError.noPair(path, found: handler.summary.languages.sorted())
        }
        return handler.summary
    }
}

/// Checks done on the raw bytes before the XML parser sees the file.
enum TMXProlog {
    /// Refuses a file whose prolog declares entities (see ``XMLProlog``).
    static func check(_ url: URL) throws {
        if try XMLProlog.definesEntities(url) { throw TMXError.entityDefinitions(url.path) }
    }

    /// The file's line count, for a progress bar.
    static func lineCount(_ url: URL) -> Int {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return 0 }
        defer { try? handle.close() }
        var lines = 0
        while true {
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { return lines }
            chunk.withUnsafeBytes { bytes in
                for byte in bytes where byte == 0x0A { lines += 1 }
            }
        }
    }
}
