import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SRX 2.0 segmentation rules file, as OmegaT, Okapi, LanguageTool and Juru write
/// them (SRX 1.0 files read the same way). Empty or missing `<beforebreak>` and
/// `<afterbreak>` mean "anything"; Okapi's `okpsrx` extensions are noted in ``notes``.
///
/// ```xml
/// <srx version="2.0"><header cascade="yes"/><body>
///   <languagerules>
///     <languagerule languagerulename="Indonesian">
///       <rule break="no"><beforebreak>\bDr\.</beforebreak><afterbreak>\s</afterbreak></rule>
///     </languagerule>
///   </languagerules>
///   <maprules><languagemap languagepattern="(?i)(id|in|ind)([-_].*)?" languagerulename="Indonesian"/></maprules>
/// </body></srx>
/// ```
public struct SRXDocument: Sendable {
    public struct LanguageMap: Sendable {
        public var pattern: String
        public var ruleName: String
    }

    /// The file's name, for messages.
    public var name: String
    /// With cascading, every language map that matches contributes its rules, in order;
    /// without, only the first.
    public var cascade: Bool
    public var languageRules: [String: [SegmentationRule]]
    public var maps: [LanguageMap]
    /// What the file asks for that Juru reads differently or not at all (Okapi's
    /// `okpsrx` extensions), one line each, for the translator.
    public var notes: [String]

    public init(contentsOf url: URL) throws {
        try self.init(data: try Self.read(url), name: url.lastPathComponent)
    }

    /// The bytes of an SRX file, which must be a regular file (a pipe would hang the
    /// read, a device never end).
    public static func read(_ url: URL) throws -> Data {
        try InputFile.checkNotEmpty(url)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw TextFileError.unreadable(url.path)
        }
    }

    public init(data: Data, name: String) throws {
        // Entity definitions are how XML bombs and external entities get in; SRX needs
        // none. Only the prolog can declare them, in whatever encoding the file is.
        if XMLProlog.definesEntities(in: data) {
            throw SegmentationError.malformedSRX(file: name, line: 1, column: 1, reason: "entity definitions are not accepted")
        }
        if let bad = UTF8Check.firstFailure(in: data) {
            throw SegmentationError.malformedSRX(file: name, line: bad.line, column: bad.column, reason: bad.reason)
        }
        if let tag = TagCheck.firstFailure(in: data) {
            throw SegmentationError.malformedSRX(file: name, line: tag.line, column: tag.column, reason: tag.reason)
        }
        let reader = SRXReader(file: name)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        if reader.failure == nil, let open = reader.openElements.last {
            reader.failure = "the file ends before </\(open)>"
        }
        // The parser can report an error and still finish; either way the file is malformed.
        if !parsed || reader.failure != nil || reader.errorCode != nil {
            let code = reader.errorCode ?? (parser.parserError as NSError?)?.code
            let reason = reader.failure ?? (reader.rootClosed ? "extra content after </srx>, where the file should end (a second root element?)"
                : code.map { TMXParserHandler.describe(NSError(domain: XMLParser.errorDomain, code: $0)) } ?? "not well-formed XML")
            throw SegmentationError.malformedSRX(file: name, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        guard reader.sawRoot else {
            throw SegmentationError.malformedSRX(file: name, line: 1, column: 1, reason: "the root element is not <srx>")
        }
        self.name = name
        self.cascade = reader.cascade
        self.languageRules = reader.languageRules
        self.maps = reader.maps
        self.notes = reader.notes
    }

    /// The rules for `language`, gathered through the language maps, each rule checked
    /// by compiling it.
    public func rules(for language: Language) throws -> SegmentationRules {
        // SRX files spell the language code many ways; try the common ones.
        let codes = [language.rawValue, language.rawValue.uppercased(),
                     "\(language.rawValue)-\(language.rawValue.uppercased())", language.name]
        var rules: [SegmentationRule] = []
        var matched = false
        for map in maps {
            guard let regex = try? NSRegularExpression(pattern: "^(?:\(map.pattern))$") else { continue }
            let matches = codes.contains { code in
                regex.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil
            }
            guard matches, let found = languageRules[map.ruleName] else { continue }
            rules += found
            matched = true
            if !cascade { break }
        }
        guard matched else { throw SegmentationError.noRulesForLanguage(file: name, language: language.rawValue) }
        let result = SegmentationRules(language: language, rules: rules, source: name)
        _ = try RuleMatcher(rules, source: name)
        return result
    }
}

/// Collects an SRX file's language rules and maps as XMLParser reports them.
private final class SRXReader: NSObject, XMLParserDelegate {
    let file: String
    var sawRoot = false
    var notes: [String] = []
    var cascade = true
    var languageRules: [String: [SegmentationRule]] = [:]
    var maps: [SRXDocument.LanguageMap] = []
    var failure: String?
    /// The elements open at this point, to catch mismatched tags whatever the parser lets through.
    var openElements: [String] = []
    /// The parser's first error, and whether the root element had closed by then.
    var errorCode: Int?
    var rootClosed = false

    private var currentRuleName: String?
    private var currentRule: SegmentationRule?
    private var text: String?
    private var okapiExtensions: [String] = []

    init(file: String) {
        self.file = file
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        openElements.append(name)
        if name.hasPrefix("okpsrx:") {
            return noteOkapiExtension(localName(name), attributes)
        }
        switch localName(name) {
        case "srx":
            sawRoot = true
        case "header":
            cascade = (attributes["cascade"] ?? "yes").lowercased() != "no"
        case "languagerule":
            guard let ruleName = attributes["languagerulename"] else {
                return fail(parser, "<languagerule> has no languagerulename")
            }
            currentRuleName = ruleName
            languageRules[ruleName, default: []] = languageRules[ruleName] ?? []
        case "rule":
            guard let ruleName = currentRuleName else { return }
            // A missing <beforebreak> or <afterbreak> stays empty: SRX 2.0 reads it as "anything".
            let origin = RuleOrigin(file: file, languageRule: ruleName,
                                    number: (languageRules[ruleName]?.count ?? 0) + 1, line: parser.lineNumber)
            currentRule = SegmentationRule(isBreak: (attributes["break"] ?? "yes").lowercased() != "no",
                                           beforeBreak: "", afterBreak: "", origin: origin)
        case "beforebreak", "afterbreak":
            text = ""
        case "languagemap":
            guard let pattern = attributes["languagepattern"], let ruleName = attributes["languagerulename"] else {
                return fail(parser, "<languagemap> needs languagepattern and languagerulename")
            }
            maps.append(.init(pattern: pattern, ruleName: ruleName))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text?.append(string)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorCode == nil { errorCode = (parseError as NSError).code }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text?.append(String(decoding: block, as: UTF8.self))
    }

    // A declaration the prolog check did not see: stop before it is used.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, "entity definitions are not accepted")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(parser, "entity definitions are not accepted")
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard openElements.last == name else {
            return fail(parser, "</\(name)> closes <\(openElements.last ?? "nothing")>")
        }
        openElements.removeLast()
        if openElements.isEmpty {
            rootClosed = true
            if !okapiExtensions.isEmpty {
                notes.append("Okapi's extensions (\(okapiExtensions.joined(separator: ", "))) are ignored: "
                    + "Juru trims the white space around segments itself and reads the patterns as ICU regular expressions")
            }
        }
        switch localName(name) {
        case "beforebreak":
            currentRule?.beforeBreak = text ?? ""
            text = nil
        case "afterbreak":
            currentRule?.afterBreak = text ?? ""
            text = nil
        case "rule":
            if let rule = currentRule, let ruleName = currentRuleName {
                languageRules[ruleName, default: []].append(rule)
            }
            currentRule = nil
        case "languagerule":
            currentRuleName = nil
        default:
            break
        }
    }

    /// Okapi's `okpsrx:options`, `sample` and `rangeRule` change how Okapi applies the
    /// rules, not the rules: noted, not followed.
    private func noteOkapiExtension(_ name: String, _ attributes: [String: String]) {
        var described = "okpsrx:\(name)"
        if name == "options" {
            let set = attributes.filter { $0.value.lowercased() == "yes" }.keys.sorted()
            if !set.isEmpty { described += " " + set.joined(separator: " ") }
        }
        okapiExtensions.append(described)
    }

    private func fail(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = reason }
        parser.abortParsing()
    }

    private func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
