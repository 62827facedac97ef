import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XML parser's delegate: turns `<tu>` elements into ``TMXUnit``s.
final class TMXParserHandler: NSObject, XMLParserDelegate {
    private let path: String
    private let body: (TMXUnit) throws -> Void
    private let progress: (Int) -> Void

    private(set) var summary = TMXReader.Summary()
    private(set) var failure: Error?
    private(set) var sawRoot = false
    private(set) var errorLine: Int?
    private(set) var errorColumn: Int?

    /// The header's source language, for units without their own `srclang`.
    private var headerSourceLanguage: String?
    private var unit: UnitInProgress?
    private var variant: VariantInProgress?
    /// Text of the `<prop>` or `<note>` being read, with its `type`.
    private var annotation: (element: String, type: String, text: String)?
    /// Nesting of inline elements inside the `<seg>` being read; text inside a code
    /// (other than `<hi>`) is markup only.
    private var inlineStack: [String] = []
    private var elementDepth = 0
    /// The elements open, to tell a file cut short from a complete one.
    private(set) var elements = OpenElements()
    /// Where the parser was at its last event, for a file that ends early.
    private(set) var lastLine = 1
    private(set) var lastColumn = 1

    private struct UnitInProgress {
        var attributes: [String: String]
        var variants: [VariantInProgress] = []
        var notes: [String] = []
        var properties: [TMXProperty] = []
    }

    private struct VariantInProgress {
        var language: String
        var attributes: [String: String]
        var text = ""
        var markup = ""
        var hasCodes = false
        var inSegment = false
        /// Characters read so far; past ``TMXReader/segmentLimit`` the text is dropped.
        var length = 0
        var overlong = false
        var notes: [String] = []
        var properties: [TMXProperty] = []
    }

    private static let codeElements: Set<String> = ["bpt", "ept", "ph", "it", "ut", "sub"]

    init(path: String, body: @escaping (TMXUnit) throws -> Void, progress: @escaping (Int) -> Void) {
        self.path = path
        self.body = body
        self.progress = progress
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.open(name)
        notePlace(parser)
        elementDepth += 1
        if elementDepth == 1 {
            guard name == "tmx" else { return fail(parser, TMXError.notTMX(path, root: name)) }
            sawRoot = true
            return
        }
        if variant?.inSegment == true {
            if !variant!.hasCodes {
                // Until the first code, the markup is the text escaped (see foundCharacters).
                variant!.markup = XMLText.escape(variant!.text)
                variant!.hasCodes = true
            }
            variant!.markup += "<\(name)\(Self.attributeText(attributes))>"
            inlineStack.append(name)
            return
        }
        switch name {
        case "header":
            headerSourceLanguage = attributes["srclang"]
        case "tu":
            unit = UnitInProgress(attributes: attributes)
        case "tuv" where unit != nil:
            variant = VariantInProgress(language: attributes["xml:lang"] ?? attributes["lang"] ?? "",
                                        attributes: attributes)
        case "seg" where variant != nil:
            variant!.inSegment = true
        case "prop", "note":
            annotation = (name, attributes["type"] ?? "", "")
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        elements.close()
        notePlace(parser)
        elementDepth -= 1
        if variant?.inSegment == true {
            if name == "seg" && inlineStack.isEmpty {
                variant!.inSegment = false
            } else {
                variant!.markup += "</\(name)>"
                inlineStack.removeLast()
            }
            return
        }
        switch name {
        case "prop", "note":
            guard let done = annotation else { break }
            annotation = nil
            let text = done.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if name == "prop" {
                let property = TMXProperty(type: done.type, value: text)
                if variant != nil { variant!.properties.append(property) } else { unit?.properties.append(property) }
            } else if !text.isEmpty {
                if variant != nil { variant!.notes.append(text) } else { unit?.notes.append(text) }
            }
        case "tuv":
            if let done = variant { unit?.variants.append(done) }
            variant = nil
        case "tu":
            if let done = unit { deliver(done, parser: parser) }
            unit = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if variant?.inSegment == true {
            guard !variant!.overlong else { return }
            variant!.length += string.unicodeScalars.count
            if variant!.length > TMXReader.segmentLimit {
                // Kept, a segment of hundreds of megabytes costs every later lookup its size.
                variant!.overlong = true
                variant!.text = ""
                variant!.markup = ""
                return
            }
            // The markup is kept only once the segment has a code: most have none.
            if variant!.hasCodes { variant!.markup += XMLText.escape(string) }
            if inlineStack.allSatisfy({ !Self.codeElements.contains($0) }) { variant!.text += string }
        } else if annotation != nil {
            annotation!.text += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, TMXError.entityDefinitions(path))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
                publicID: String?, systemID: String?) {
        fail(parser, TMXError.entityDefinitions(path))
    }

    // Called for an entity the parser does not know: the XHTML names were rewritten
    // before it (see EntityMapping), so anything else would vanish from the text.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, TMXError.unknownEntity(path, line: parser.lineNumber, column: parser.columnNumber, name: name))
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
        }
    }

    private func notePlace(_ parser: XMLParser) {
        lastLine = parser.lineNumber
        lastColumn = parser.columnNumber
    }

    private func deliver(_ done: UnitInProgress, parser: XMLParser) {
        let source = done.variants.first { Language(code: $0.language) == .indonesian }
        let target = done.variants.first { Language(code: $0.language) == .english }
        guard let source, let target else {
            summary.skipped += 1
            for variant in done.variants { summary.languages.insert(variant.language) }
            return
        }
        if source.overlong || target.overlong {
            summary.overlong += 1
            return
        }
        let attributes = done.attributes
        func date(_ key: String) -> Date? {
            (attributes[key] ?? target.attributes[key] ?? source.attributes[key]).flatMap(TMXDate.parse)
        }
        var extras = TMXExtras()
        extras.unitAttributes = attributes.filter { !TMXExtras.unitColumns.contains($0.key) }
        extras.sourceAttributes = source.attributes.filter { $0.key != "xml:lang" && $0.key != "lang" }
        extras.targetAttributes = target.attributes.filter { $0.key != "xml:lang" && $0.key != "lang" }
        (extras.sourceNotes, extras.targetNotes) = (source.notes, target.notes)
        (extras.sourceProperties, extras.targetProperties) = (source.properties, target.properties)
        let unit = TMXUnit(
            tuid: attributes["tuid"],
            source: Self.segment(source),
            target: Self.segment(target),
            createdAt: date("creationdate"),
            createdBy: attributes["creationid"] ?? target.attributes["creationid"],
            changedAt: date("changedate"),
            changedBy: attributes["changeid"] ?? target.attributes["changeid"],
            usageCount: Int(attributes["usagecount"] ?? "") ?? 0,
            notes: done.notes,
            properties: done.properties,
            extras: extras
        )
        do {
            try body(unit)
            summary.units += 1
            if summary.units % 4096 == 0 { progress(parser.lineNumber) }
        } catch {
            fail(parser, error)
        }
    }

    private static func segment(_ variant: VariantInProgress) -> TMXSegment {
        TMXSegment(text: variant.text.nfc,
                   markup: variant.hasCodes ? variant.markup : nil)
    }

    private func fail(_ parser: XMLParser, _ error: Error) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    private static func attributeText(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(XMLText.escape($0.value))\"" }.joined()
    }

    /// libxml2's message without its error-code prefix.
    static func describe(_ error: NSError) -> String {
        if let message = error.userInfo[NSLocalizedDescriptionKey] as? String, !message.isEmpty,
           !message.hasPrefix("The operation") {
            return message.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return xmlErrorName(error.code)
    }

    /// libxml2's error numbers (xmlParserErrors), which Foundation passes through.
    private static func xmlErrorName(_ code: Int) -> String {
        switch code {
        case 4: "not XML: the file is empty or has no root element"
        case 5: "extra content after the root element's end (a second root element?)"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference is missing its ';'"
        case 26, 27: "an undefined entity"
        case 31, 32: "an encoding the parser does not know"
        case 38: "a '<' inside an attribute value"
        case 39, 40: "an attribute value is not quoted or not closed"
        case 41: "an attribute has no value"
        case 42: "an attribute is given twice"
        case 64: "a reserved name (xml…) used where it is not allowed"
        case 65: "a space is required"
        case 68: "a name is required"
        case 73: "a '>' is required"
        case 76: "an end tag does not match its start tag"
        case 77: "a tag is not finished"
        case 81: "the bytes do not match the declared encoding"
        case 85: "the elements are not balanced"
        case 86: "extra content after the root element"
        default: "not well-formed XML"
        }
    }
}
