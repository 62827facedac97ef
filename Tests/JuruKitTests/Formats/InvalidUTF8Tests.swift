import Foundation
import Testing
@testable import JuruKit

/// A byte that is not UTF-8 in an XML file said to be UTF-8 is refused with its
/// place. Foundation's parser crashed on it (SIGILL), found by fuzzing the readers:
/// `<!-- \xFF -->` in a comment was enough.
struct InvalidUTF8Tests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func write(_ name: String, _ parts: [[UInt8]]) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try Data(parts.joined()).write(to: url)
        return url
    }

    @Test func aTMXWithAStrayByteInACommentIsRefusedWithItsPlace() throws {
        let url = try write("stray.tmx", [Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
            <body><!-- 
            """.utf8), [0xFF], Array(" --><tu><tuv xml:lang=\"id\"><seg>Korut</seg></tuv><tuv xml:lang=\"en\"><seg>North Korea</seg></tuv></tu></body></tmx>\n".utf8)])
        #expect(throws: TMXError.malformed(url.path, line: 3, column: 12, reason: "not valid UTF-8 (byte 0xFF); save the file as UTF-8")) {
            try TMXReader(url: url).read { _ in }
        }
    }

    @Test func srxAndTBXRefuseItToo() throws {
        let srx = try write("stray.srx", [Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<srx version=\"2.0\"><!-- ".utf8), [0xFF],
                                              Array(" --><body/></srx>\n".utf8)])
        #expect(throws: SegmentationError.self) { try SRXDocument(contentsOf: srx) }
        let tbx = try write("stray.tbx", [Array("<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text><body><!-- ".utf8), [0xC3, 0x28],
                                              Array(" --></body></text></martif>\n".utf8)])
        #expect(throws: GlossaryError.malformed(tbx.path, line: 2, column: 38, reason: "not valid UTF-8 (byte 0x28); save the file as UTF-8")) {
            try TBXReader.read(tbx)
        }
    }

    @Test func aGarbledDeclarationDoesNotSwitchTheCheckOff() throws {
        // Found by fuzzing: a broken encoding declaration and a 0xFF in an attribute.
        let url = try write("garbled.tmx", [Array("<?xml version=HTMLUT\"1.0\" encoding=`\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header srclang=\"".utf8),
                                            [0xFF], Array("\"/><body/></tmx>\n".utf8)])
        #expect(throws: TMXError.self) { try TMXReader(url: url).read { _ in } }
    }

    @Test func zeroBytesAreNotTakenForUTF16() throws {
        // Found by fuzzing: NULs made the file look like UTF-16, and a bad byte got through.
        let url = try write("nuls.tmx", [[0x3C, 0x3F, 0xD5], Array("ml version=\"1.0\"?>\n<tmx a=\"".utf8),
                                         [UInt8](repeating: 0, count: 16), Array("\"/>\n".utf8)])
        #expect(throws: TMXError.self) { try TMXReader(url: url).read { _ in } }
    }

    @Test func otherDeclaredEncodingsAreLeftToTheParser() {
        // Latin-1 bytes are text in a file that says it is Latin-1.
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>caf".utf8) + [0xE9] + Array("</a>".utf8)
        #expect(UTF8Check.firstFailure(in: latin1) == nil)
        #expect(UTF8Check.firstFailure(in: Array("<a>Café 🇮🇩</a>".utf8)) == nil)
        #expect(UTF8Check.firstFailure(in: [0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80]) != nil)  // a surrogate
        #expect(UTF8Check.firstFailure(in: [0x3C, 0x61, 0x3E, 0xE2, 0x82]) != nil)  // cut inside a character
    }
}
