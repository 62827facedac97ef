import Foundation
import Testing
@testable import JuruKit

@Suite("Reading text files")
struct TextFileTests {
    let sample = "Korut dan Rusia saling bertukar pendapat.\n“Kami siap,” kata Kim."

    @Test("A UTF-8 byte-order mark is dropped")
    func dropsUTF8BOM() throws {
        #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), name: "a.txt") == sample)
    }

    @Test("UTF-16 with a byte-order mark is decoded, little- and big-endian")
    func decodesUTF16() throws {
        let little = Data([0xFF, 0xFE]) + sample.utf16.reduce(into: Data()) { $0.append(contentsOf: [UInt8($1 & 0xFF), UInt8($1 >> 8)]) }
        let big = Data([0xFE, 0xFF]) + sample.utf16.reduce(into: Data()) { $0.append(contentsOf: [UInt8($1 >> 8), UInt8($1 & 0xFF)]) }
        #expect(try TextFile.decode(little, name: "le.txt") == sample)
        #expect(try TextFile.decode(big, name: "be.txt") == sample)
    }

    @Test("The shared UTF-16LE and UTF-8 BOM copies of a seed read the same as the seed",
          .enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func sharedEncodings() throws {
        let inputs = SharedData.root!.appendingPathComponent("data/interop/samples/inputs")
        let utf16 = try TextFile.read(inputs.appendingPathComponent("seed000-utf16le-bom.txt"))
        let utf8 = try TextFile.read(inputs.appendingPathComponent("seed000-utf8-bom.txt"))
        #expect(utf16 == utf8)
        #expect(utf16.hasPrefix("Pergi ke Menu"))
    }

    @Test("Binary, non-UTF-8 and missing files are refused with the place and a remedy")
    func refusesBadInput() throws {
        #expect(throws: TextFileError.binary("x.bin", offset: 3)) {
            try TextFile.decode(Data([0x41, 0x42, 0x43, 0x00, 0x01]), name: "x.bin")
        }
        #expect(throws: TextFileError.notUTF8("latin1.txt", line: 2, offset: 9)) {
            try TextFile.decode(Data("Baris 1\nK".utf8) + Data([0xE9]) + Data("ta".utf8), name: "latin1.txt")
        }
        #expect(throws: TextFileError.missing("/no/such/article.txt")) {
            try TextFile.read(URL(fileURLWithPath: "/no/such/article.txt"))
        }
        let message = TextFileError.notUTF8("latin1.txt", line: 2, offset: 9).errorDescription!
        #expect(message == "latin1.txt:2: not valid UTF-8 (byte offset 9); save the file as UTF-8")
        #expect(!message.contains("\n"))
    }

    @Test("A folder is not an article")
    func refusesFolder() throws {
        let folder = try TemporaryFolder()
        #expect(throws: TextFileError.isFolder(folder.url.path)) { try TextFile.read(folder.url) }
    }
}
