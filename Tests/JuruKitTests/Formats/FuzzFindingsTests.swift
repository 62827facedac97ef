import Foundation
import Testing
@testable import JuruKit

/// Every input the fuzzers found crashing a reader (Fixtures/fuzz, see its README) is
/// now refused with the reader's own error: the process must survive to say so.
@Suite("Fuzz findings")
struct FuzzFindingsTests {
    static func findings(_ reader: String) throws -> [URL] {
        let folder = Fixtures.url("fuzz/\(reader)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("TMX findings are refused") func tmx() throws {
        let files = try Self.findings("tmx")
        #expect(files.count >= 27)
        for file in files {
            #expect(throws: TMXError.self, "\(file.lastPathComponent)") { try TMXReader(url: file).read { _ in } }
        }
    }

    @Test("TBX findings are refused") func tbx() throws {
        let files = try Self.findings("tbx")
        #expect(files.count >= 13)
        for file in files {
            #expect(throws: GlossaryError.self, "\(file.lastPathComponent)") { try TBXReader.read(file) }
        }
    }

    @Test("SRX findings are refused") func srx() throws {
        let files = try Self.findings("srx")
        #expect(files.count >= 9)
        for file in files {
            #expect(throws: SegmentationError.self, "\(file.lastPathComponent)") { try SRXDocument(contentsOf: file) }
        }
    }

    @Test("A processing instruction with nothing in it is refused with its name and place")
    func emptyProcessingInstruction() {
        let text = "<?xml version=\"1.0\"?>\n<tmx>\n  <?juru?><body/></tmx>"
        let failure = TagCheck.firstFailure(in: Array(text.utf8))
        #expect(failure == TagCheck.Failure(line: 3, column: 3, kind: .emptyProcessingInstruction("juru")))
        // With content, or with a space, libxml2 passes a string: such a file is read.
        #expect(TagCheck.firstFailure(in: Array("<?xml-model href=\"tbx.rng\"?><?juru ?><a/>".utf8)) == nil)
        // Inside a broken start tag libxml2 reads on and meets it too (second fuzz run).
        #expect(TagCheck.firstFailure(in: Array("<tmx>\n<header srclang=\"id\" creati<?xml?>".utf8))
            == TagCheck.Failure(line: 2, column: 28, kind: .emptyProcessingInstruction("xml")))
        #expect(TagCheck.firstFailure(in: Array("<?<?a?>".utf8))?.kind == .emptyProcessingInstruction("a"))
    }

    @Test("Only a declaration in its proper form turns the UTF-8 check off")
    func declarationForms() {
        #expect(!UTF8Check.declaresUTF8(Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8)))
        #expect(!UTF8Check.declaresUTF8(Array("<?xml version='1.0'\tencoding = 'windows-1252'?>".utf8)))
        #expect(UTF8Check.declaresUTF8(Array("<?xml version=\"1.0\" encodinglatin=\"UTF-8\"?>".utf8)))
        #expect(UTF8Check.declaresUTF8(Array("<?xml version=\"1.0\" encoding=\"latinphrase\"?>".utf8)))
        #expect(UTF8Check.declaresUTF8(Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
    }
}
