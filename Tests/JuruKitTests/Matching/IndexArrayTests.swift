import Foundation
import Testing
@testable import JuruKit

/// The index's arrays are views of the mapped index file until they change; a change
/// must copy them, never write into the file or another copy.
struct IndexArrayTests {
    @Test func aViewOfTheFileReadsItsNumbersAndCopiesOnTheFirstChange() throws {
        var writer = IndexArchive.Writer()
        writer.append(UInt32(7))
        writer.append([UInt8](Array("Harga naik".utf8)))
        writer.append([UInt32](0..<1000))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("index-array-\(getpid()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try writer.data.write(to: url)

        let descriptor = open(url.path, O_RDONLY)
        #expect(descriptor >= 0)
        let file = try #require(MappedFile(descriptor: descriptor, size: writer.data.count))
        close(descriptor)
        var reader = IndexArchive.Reader(file: file)
        #expect(try reader.value(UInt32.self) == 7)
        let text: IndexArray<UInt8> = try reader.array()
        var numbers: IndexArray<UInt32> = try reader.array()
        #expect(reader.isAtEnd)
        #expect(String(decoding: text, as: UTF8.self) == "Harga naik")
        #expect(numbers.count == 1000 && numbers[999] == 999 && numbers.capacity == 0)

        let before = numbers
        numbers.append(1000)
        numbers[0] = 42
        #expect(numbers.count == 1001 && numbers[1000] == 1000 && numbers[0] == 42)
        #expect(before.count == 1000 && before[0] == 0, "the view is left as it was")
        #expect(try Data(contentsOf: url) == writer.data, "the file is never written")
    }

    @Test func aFileCutShortThrowsInsteadOfTrapping() throws {
        var writer = IndexArchive.Writer()
        writer.append([UInt32](0..<100))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("index-array-cut-\(getpid()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try writer.data.prefix(200).write(to: url)
        let descriptor = open(url.path, O_RDONLY)
        let file = try #require(MappedFile(descriptor: descriptor, size: 200))
        close(descriptor)
        var reader = IndexArchive.Reader(file: file)
        #expect(throws: IndexArchive.Malformed.self) { let _: IndexArray<UInt32> = try reader.array() }
    }
}
