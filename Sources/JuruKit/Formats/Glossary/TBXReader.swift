import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TBX glossaries: TBX 2008 (`<martif>`, ISO 30042:2008, as OmegaT and
/// translate-toolkit read and write it) and TBX v3 (`<tbx>`, TBX-Core and
/// TBX-Basic, DCA or DCT style).
///
/// Each `termEntry`/`conceptEntry` becomes a ``GlossaryEntry`` with its Indonesian
/// and English terms, their part of speech, administrative status (a deprecated or
/// superseded term is forbidden) and notes. An entry without both languages is
/// reported with its line and skipped. translate-toolkit's `csv2tbx` labels the
/// source `en` and the target `xx`; an entry with no Indonesian side but a
/// placeholder `xx` side is read as source then target. A file that defines
/// entities is refused, and external entities are never loaded.
public enum TBXReader {
    public static func read(_ url: URL) throws(GlossaryError) -> GlossaryFile.Contents {
        let path = url.path
        try GlossaryError.checkFile(url)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= TextFile.sizeLimit else {
            throw .notText(path, reason: "larger than \(TextFile.sizeLimit / 1_048_576) MB")
        }
        let defines: Bool
        do { defines = try XMLProlog.definesEntities(url) } catch { throw .notAFile(error) }
        if defines { throw .entityDefinitions(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        if let bad = UTF8Check.firstFailure(in: data) {
            throw .malformed(path, line: bad.line, column: bad.column, reason: bad.reason)
        }
        if let tag = TagCheck.firstFailure(in: data) {
            throw .malformed(path, line: tag.line, column: tag.column, reason: tag.reason)
        }
        let parser = XMLParser(data: EntityMapping.rewrite(data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let handler = TBXParserHandler(path: path)
        parser.delegate = handler
        let parsed = parser.parse()
        parser.delegate = nil
        if let failure = handler.failure { throw failure }
        // The parser can report an error and still finish; either way the file is malformed.
        if !parsed || handler.errorLine != nil {
            let reason = handler.elements.rootClosed ? handler.elements.extraContent : handler.errorReason ?? (parser.parserError as NSError?).map(TMXParserHandler.describe)
                ?? "not well-formed XML"
            throw .malformed(path, line: handler.errorLine ?? parser.lineNumber,
                             column: handler.errorColumn ?? parser.columnNumber, reason: reason)
        }
        guard handler.sawRoot else { throw .malformed(path, line: 1, column: 1, reason: "no root element") }
        // The parser never learns that the input ended: a file cut short shows as
        // elements still open, and half a glossary is not loaded as if whole.
        if let cut = handler.elements.cutShort {
            throw .malformed(path, line: parser.lineNumber, column: parser.columnNumber, reason: cut)
        }
        return handler.contents
    }
}

/// The XML parser's delegate: turns `termEntry`/`conceptEntry` elements into entries.
final class TBXParserHandler: NSObject, XMLParserDelegate {
    private let path: String
    private(set) var contents = GlossaryFile.Contents()
    private(set) var failure: GlossaryError?
    private(set) var sawRoot = false
    private(set) var errorLine: Int?
    private(set) var errorColumn: Int?
    private(set) var errorReason: String?

    private var depth = 0
    private(set) var elements = OpenElements()
    private var entry: EntryInProgress?
    private var language: String?
    private var term: GlossaryTerm?
    /// The element whose text is being collected, with its `type`.
    private var reading: (element: String, type: String?)?
    private var text = ""
    private var languageDefault: String?

    private struct EntryInProgress {
        var line: Int
        var column: Int = 0
        var note: [String] = []
        /// Terms by language, in file order.
        var terms: [(language: String, term: GlossaryTerm)] = []
        /// Notes on a language section (a definition of the English term, say).
        var languageNotes: [String: [String]] = [:]
    }

    init(path: String) {
        self.path = path
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        elements.open(qualified)
        let name = Self.localName(qualified)
        if depth == 1 {
            guard name == "martif" || name == "tbx" else {
                failure = .notTBX(path, root: qualified)
                parser.abortParsing()
                return
            }
            sawRoot = true
            languageDefault = attributes["xml:lang"]
            return
        }
        switch name {
        case "termEntry", "conceptEntry":
            entry = EntryInProgress(line: parser.lineNumber, column: parser.columnNumber)
        case "langSet", "langSec":
            language = attributes["xml:lang"] ?? attributes["lang"]
        case "tig", "ntig", "termSec":
            term = GlossaryTerm("")
        case "term":
            if term == nil { term = GlossaryTerm("") }  // a bare <term> in <langSet>
            reading = (name, nil)
            text = ""
        case "termNote", "descrip", "note", "admin", "partOfSpeech", "administrativeStatus", "termType", "definition":
            if reading == nil {
                reading = (name, attributes["type"])
                text = ""
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        elements.close()
        let name = Self.localName(qualified)
        if let (element, type) = reading, element == name {
            reading = nil
            annotate(element: element, type: type, value: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        switch name {
        case "tig", "ntig", "termSec":
            finishTerm()
        case "langSet", "langSec":
            finishTerm()
            language = nil
        case "termEntry", "conceptEntry":
            finishEntry()
        default:
            break
        }
    }

    private func annotate(element: String, type: String?, value: String) {
        guard !value.isEmpty else { return }
        let kind = element == "termNote" || element == "descrip" || element == "admin" ? (type ?? "") : element
        switch kind {
        case "term":
            term?.text = value
        case "partOfSpeech":
            term?.partOfSpeech = value
        case "administrativeStatus", "normativeAuthorization":
            if let status = TermStatus(tbxValue: value) { term?.status = status }
        case "note", "definition":
            if var current = term {
                current.note = [current.note, value].compactMap { $0 }.joined(separator: "; ")
                term = current
            } else if let language {
                entry?.languageNotes[language, default: []].append(value)
            } else {
                entry?.note.append(value)
            }
        default:
            break
        }
    }

    private func finishTerm() {
        guard let finished = term else { return }
        term = nil
        guard !finished.text.isEmpty, let language = language ?? languageDefault else { return }
        entry?.terms.append((language, finished))
    }

    private func finishEntry() {
        guard let finished = entry else { return }
        entry = nil
        var source: [GlossaryTerm] = [], target: [GlossaryTerm] = []
        var placeholder: [GlossaryTerm] = [], other: [GlossaryTerm] = []
        for (code, term) in finished.terms {
            switch Language(code: code) {
            case .indonesian: source.append(term)
            case .english: target.append(term)
            case nil: code.lowercased() == "xx" ? placeholder.append(term) : other.append(term)
            }
        }
        if source.isEmpty && !placeholder.isEmpty {
            // csv2tbx: the source under the file's language (often "en"), the target as "xx".
            source = target + other
            target = placeholder
        }
        guard !source.isEmpty, !target.isEmpty else {
            let reason = source.isEmpty ? "no Indonesian term" : "no English term"
            contents.problems.append(GlossaryProblem(file: path, line: finished.line, column: finished.column, reason: reason))
            return
        }
        var notes = finished.note
        for (code, values) in finished.languageNotes.sorted(by: { $0.key < $1.key }) {
            notes += values.map { Language(code: code) == .english ? $0 : "\(code): \($0)" }
        }
        contents.entries.append(GlossaryEntry(sourceTerms: source, targetTerms: target,
                                              note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                                              origin: URL(fileURLWithPath: path).lastPathComponent))
    }

    // An entity declaration the prolog check did not see: stop before any is used.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        failure = .entityDefinitions(path)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        failure = .entityDefinitions(path)
        parser.abortParsing()
    }

    // An entity the parser does not know (the XHTML names were rewritten before it):
    // refused, rather than dropped from the term.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        if failure == nil { failure = .unknownEntity(path, line: parser.lineNumber, column: parser.columnNumber, name: name) }
        parser.abortParsing()
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
            errorReason = TMXParserHandler.describe(parseError as NSError)
        }
    }
}
