import Foundation
import Testing
@testable import JuruKit

/// D7, D18: the SRX entity check reads decoded text, and only the prolog.
@Suite("SRX entity declarations")
struct SRXEntityTests {
    static let body = """
        <srx version="2.0"><header cascade="yes"/><body><languagerules>
        <languagerule languagerulename="Indonesian"><rule break="no"><beforebreak>RULE</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
        </languagerules><maprules><languagemap languagepattern="id.*" languagerulename="Indonesian"/></maprules></body></srx>
        """

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            data.append(contentsOf: bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        return data
    }

    @Test("D7: a UTF-16 file that declares an entity is refused like a UTF-8 one", arguments: [false, true])
    func utf16EntityDeclaration(bigEndian: Bool) throws {
        let text = #"<?xml version="1.0" encoding="UTF-16"?>"# + "\n"
            + #"<!DOCTYPE srx [<!ENTITY xxe "">]>"# + "\n"
            + Self.body.replacingOccurrences(of: "RULE", with: #"\bDr&xxe;\."#)
        #expect(throws: SegmentationError.malformedSRX(file: "utf16.srx", line: 1, column: 1, reason: "entity definitions are not accepted")) {
            try SRXDocument(data: Self.utf16(text, bigEndian: bigEndian), name: "utf16.srx")
        }
    }

    @Test("D18: <!ENTITY in a CDATA section of a rule is text, and the file is read")
    func cdataIsNotADeclaration() throws {
        let text = Self.body.replacingOccurrences(of: "RULE", with: #"<![CDATA[<!ENTITY]]>"#)
        let document = try SRXDocument(data: Data(text.utf8), name: "cdata.srx")
        #expect(document.languageRules["Indonesian"]?.first?.beforeBreak == "<!ENTITY")
    }

    @Test("D21: a second root element in an SRX file is called extra content")
    func secondRoot() throws {
        let text = Self.body.replacingOccurrences(of: "RULE", with: #"\bDr\."#) + "\n<srx></srx>\n"
        let error = #expect(throws: SegmentationError.self) { try SRXDocument(data: Data(text.utf8), name: "two.srx") }
        #expect(error?.localizedDescription.contains("extra content after </srx>") == true, "\(String(describing: error))")
    }
}
