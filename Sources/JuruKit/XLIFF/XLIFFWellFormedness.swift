import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A first pass over an XLIFF file with the streaming parser, before it is read into a
/// tree: it refuses entity declarations (as TMX does) and says where the XML breaks,
/// as `FILE:LINE:COLUMN`, which the tree reader cannot.
enum XLIFFWellFormedness {
    static func check(_ data: Data, path: String) throws {
        let checker = Checker()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = checker
        if !parser.parse() || checker.definesEntities {
            if checker.definesEntities { throw XLIFFError.entityDefinitions(path) }
            let reason = parser.parserError.map { TMXParserHandler.describe($0 as NSError) } ?? "not well-formed XML"
            throw XLIFFError.malformed(path, line: checker.line ?? parser.lineNumber,
                                       column: checker.column ?? parser.columnNumber, reason: reason)
        }
    }

    private final class Checker: NSObject, XMLParserDelegate {
        var definesEntities = false
        var line: Int?
        var column: Int?

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            definesEntities = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
                    publicID: String?, systemID: String?) {
            definesEntities = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if line == nil { line = parser.lineNumber; column = parser.columnNumber }
        }
    }
}
