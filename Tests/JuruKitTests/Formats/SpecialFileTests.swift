import Foundation
import Testing
@testable import JuruKit

/// D12, D13, D21: folders, named pipes, devices and empty files given where a file
/// is read. Each is refused at once with what it is; none hangs or crashes.
@Suite("Special files")
struct SpecialFileTests {
    static func fifo(_ name: String, in folder: TemporaryFolder) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        #expect(mkfifo(url.path, 0o600) == 0)
        return url
    }

    @Test("A named pipe is refused by every reader, without waiting for a writer")
    func namedPipes() throws {
        let folder = try TemporaryFolder()
        func isPipe(_ error: any Error) -> Bool {
            if case .notRegular(_, let kind)? = error as? TextFileError { return kind == "a named pipe (FIFO)" }
            if case .notAFile(let inner)? = error as? GlossaryError { return isPipe(inner) }
            return false
        }
        let tmx = try Self.fifo("pipe.tmx", in: folder)
        do { try TMXReader(url: tmx).read { _ in } } catch { #expect(isPipe(error), "\(error)") }
        for name in ["pipe.tbx", "pipe.tsv", "pipe.csv"] {
            let url = try Self.fifo(name, in: folder)
            do { _ = try GlossaryFile.read(url); Issue.record("\(name) was read") } catch { #expect(isPipe(error), "\(error)") }
        }
        let srx = try Self.fifo("pipe.srx", in: folder)
        do { _ = try SRXDocument(contentsOf: srx); Issue.record("a pipe was read as SRX") } catch { #expect(isPipe(error), "\(error)") }
        let article = try Self.fifo("pipe.txt", in: folder)
        do { _ = try TextFile.read(article); Issue.record("a pipe was read as text") } catch { #expect(isPipe(error), "\(error)") }
    }

    @Test("/dev/zero is a device, not an endless TMX file")
    func devices() throws {
        #expect(throws: TextFileError.notRegular("/dev/zero", kind: "a device")) {
            try TMXReader(url: URL(fileURLWithPath: "/dev/zero")).read { _ in }
        }
    }

    @Test("A folder named x.tmx or x.tbx is a folder, said so")
    func folders() throws {
        let folder = try TemporaryFolder()
        let tmx = folder.url.appendingPathComponent("x.tmx")
        let tbx = folder.url.appendingPathComponent("x.tbx")
        try FileManager.default.createDirectory(at: tmx, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tbx, withIntermediateDirectories: true)
        #expect(throws: TextFileError.isFolder(tmx.path)) { try TMXReader(url: tmx).read { _ in } }
        #expect(throws: GlossaryError.notAFile(.isFolder(tbx.path))) { try GlossaryFile.read(tbx) }
        #expect(GlossaryError.notAFile(.isFolder(tbx.path)).localizedDescription == "\(tbx.path): is a folder, not a file")
    }

    @Test("An empty file is empty, not unreadable")
    func emptyFiles() throws {
        let folder = try TemporaryFolder()
        for name in ["empty.tmx", "empty.tbx", "empty.srx"] {
            try Data().write(to: folder.url.appendingPathComponent(name))
        }
        let tmx = folder.url.appendingPathComponent("empty.tmx")
        #expect(throws: TextFileError.empty(tmx.path)) { try TMXReader(url: tmx).read { _ in } }
        let tbx = folder.url.appendingPathComponent("empty.tbx")
        #expect(throws: GlossaryError.notAFile(.empty(tbx.path))) { try GlossaryFile.read(tbx) }
        let srx = folder.url.appendingPathComponent("empty.srx")
        #expect(throws: TextFileError.empty(srx.path)) { try SRXDocument(contentsOf: srx) }
        #expect(!TextFileError.empty(tmx.path).localizedDescription.contains("permissions"))
    }

    @Test("A workspace's memory/ with a folder or a pipe named *.tmx is reported, never a crash or a hang")
    func referenceFolderInMemory() throws {
        let folder = try TemporaryFolder()
        let memory = folder.url.appendingPathComponent("memory")
        try FileManager.default.createDirectory(at: memory.appendingPathComponent("x.tmx"), withIntermediateDirectories: true)
        #expect(mkfifo(memory.appendingPathComponent("y.tmx").path, 0o600) == 0)
        let store = try MemoryStore(url: memory.appendingPathComponent("juru.sqlite"))
        // Whether the store stops at such a file or reports it and goes on is its
        // own business; the file must be named for what it is.
        do { try store.syncReferenceFiles(in: memory) } catch {
            #expect(error.localizedDescription.contains("x.tmx: is a folder, not a file"), "\(error)")
        }
        try FileManager.default.removeItem(at: memory.appendingPathComponent("x.tmx"))
        do { try store.syncReferenceFiles(in: memory) } catch {
            #expect(error.localizedDescription.contains("y.tmx: is a named pipe (FIFO)"), "\(error)")
        }
    }
}
