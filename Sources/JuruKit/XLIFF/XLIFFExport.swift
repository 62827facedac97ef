import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A document out as XLIFF: the file it came from with its targets and states filled
/// in and everything else as it was, or a new XLIFF 1.2 or 2.1 file for any document.
public enum XLIFFExport {
    public enum Version: String, Sendable, CaseIterable { case v1_2 = "1.2", v2_1 = "2.1" }

    /// The original XLIFF file translated. Segments are matched to the file's in order,
    /// as the import numbered them.
    public static func sameFile(_ original: Data, document: StoredDocument, segments: [StoredSegment]) throws -> Data {
        let file = try XLIFFFile(data: original, path: document.name)
        let found = file.segments()
        switch file.version {
        case .v1_2:
            var byUnit: [ObjectIdentifier: (XMLElement, [(segment: XLIFFSegment, stored: StoredSegment)])] = [:]
            var order: [ObjectIdentifier] = []
            for (segment, stored) in zip(found, segments) {
                let key = ObjectIdentifier(segment.holder)
                if byUnit[key] == nil { order.append(key); byUnit[key] = (segment.holder, []) }
                byUnit[key]!.1.append((segment, stored))
            }
            for key in order where byUnit[key]!.1.contains(where: { $0.stored.target != nil }) {
                XLIFF12.write(byUnit[key]!.1, into: byUnit[key]!.0)
            }
            for fileElement in file.root.childElements("file") where fileElement.value(of: "target-language") == nil {
                fileElement.set("target-language", to: "en")
            }
        case .v2:
            for (segment, stored) in zip(found, segments) { XLIFF2.write(stored, of: segment) }
            if file.root.value(of: "trgLang") == nil {
                file.root.set("trgLang", to: "en")
            }
        }
        // Written in UTF-8 whatever the file declared (the CLI writes the text as UTF-8).
        file.document.characterEncoding = "UTF-8"
        // Empty elements as `<x/>`, as CAT tools write them; not `.nodePreserveWhitespace`,
        // which makes libxml2 put whitespace inside every tag.
        return file.document.xmlData(options: [.nodeCompactEmptyElement])
    }

    /// A new XLIFF file for any document: one unit a paragraph, its segments as Juru
    /// cut them, placeholders written as the version's own codes.
    public static func newFile(_ document: StoredDocument, segments: [StoredSegment], version: Version) -> String {
        let name = XMLText.escape(document.name)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let paragraphs = Dictionary(grouping: segments, by: \.paragraph).sorted { $0.key < $1.key }
        switch version {
        case .v1_2:
            xml += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            xml += " <file original=\"\(name)\" source-language=\"id\" target-language=\"en\" datatype=\"plaintext\">\n  <body>\n"
            for segment in segments {
                xml += "   <trans-unit id=\"\(segment.position + 1)\"\(segment.state == .reviewed ? " approved=\"yes\"" : "")>\n"
                xml += "    <source>\(codes(segment.source, version: .v1_2))</source>\n"
                if let target = segment.target {
                    xml += "    <target state=\"\(XLIFF12.xliffState(segment.state))\">\(codes(target, version: .v1_2))</target>\n"
                }
                xml += "   </trans-unit>\n"
            }
            xml += "  </body>\n </file>\n</xliff>\n"
        case .v2_1:
            xml += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"id\" trgLang=\"en\">\n"
            xml += " <file id=\"f1\" original=\"\(name)\">\n"
            for (paragraph, members) in paragraphs {
                xml += "  <unit id=\"u\(paragraph + 1)\">\n"
                for segment in members {
                    xml += "   <segment id=\"s\(segment.position + 1)\" state=\"\(segment.target == nil ? "initial" : XLIFF2.xliffState(segment.state))\">\n"
                    xml += "    <source>\(codes(segment.source, version: .v2_1))</source>\n"
                    if let target = segment.target { xml += "    <target>\(codes(target, version: .v2_1))</target>\n" }
                    xml += "   </segment>\n"
                }
                xml += "  </unit>\n"
            }
            xml += " </file>\n</xliff>\n"
        }
        return xml
    }

    /// Text with its placeholders as the version's generic codes (1.2 g/x, 2.x pc/ph);
    /// broken placeholders stay text.
    static func codes(_ text: String, version: Version) -> String {
        guard Placeholders.isNested(text) else { return XMLText.escape(text) }
        var xml = ""
        for piece in Placeholders.pieces(of: text) {
            switch (piece, version) {
            case (.text(let words), _): xml += XMLText.escape(words)
            case (.placeholder(_, let n, .open), .v1_2): xml += "<g id=\"\(n)\">"
            case (.placeholder(_, _, .close), .v1_2): xml += "</g>"
            case (.placeholder(_, let n, .standalone), .v1_2): xml += "<x id=\"\(n)\"/>"
            case (.placeholder(_, let n, .open), .v2_1): xml += "<pc id=\"\(n)\">"
            case (.placeholder(_, _, .close), .v2_1): xml += "</pc>"
            case (.placeholder(_, let n, .standalone), .v2_1): xml += "<ph id=\"\(n)\"/>"
            }
        }
        return xml
    }
}
