import Foundation

/// Juru reads only regular files. A named pipe would block the read until some
/// other program writes to it, a device such as /dev/zero never ends, and a folder
/// named like a file (`x.tmx`) has no bytes at all: each is refused up front, with
/// what it is, instead of hanging or crashing later.
public enum InputFile {
    /// Checks that `url` names a regular file (a link to one is fine) that Juru may
    /// read, and returns its size in bytes.
    @discardableResult
    public static func check(_ url: URL) throws(TextFileError) -> Int {
        Int(try regularFile(atPath: url.path).st_size)
    }

    /// The file's `stat`, once it is known to be a regular file Juru may read.
    private static func regularFile(atPath path: String) throws(TextFileError) -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == EACCES { throw .unreadable(path) }
            throw .missing(path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isFolder(path)
        case S_IFIFO: throw .notRegular(path, kind: "a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: throw .notRegular(path, kind: "a device")
        case S_IFSOCK: throw .notRegular(path, kind: "a socket")
        default: throw .notRegular(path, kind: "not a regular file")
        }
        guard access(path, R_OK) == 0 else { throw .unreadable(path) }
        return info
    }

    /// As ``check(_:)``, and refuses an empty file too: no glossary, memory or rules
    /// file is ever empty, and "cannot be read" would send the translator to the
    /// permissions.
    @discardableResult
    public static func checkNotEmpty(_ url: URL) throws(TextFileError) -> Int {
        let size = try check(url)
        guard size > 0 else { throw .empty(url.path) }
        return size
    }

    /// The whole of a regular file, read with `read(2)`.
    ///
    /// `Data(contentsOf:)` goes through `URL`, whose first use in a process makes Swift's
    /// runtime scan every protocol conformance in the binary: more than reading a saved
    /// page takes, in a command run once per page.
    public static func bytes(atPath path: String) throws(TextFileError) -> [UInt8] {
        let size = Int(try regularFile(atPath: path).st_size)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path) }
        defer { close(descriptor) }
        // The size is where reading starts; a file that grows meanwhile is read to its end.
        var bytes = [UInt8](repeating: 0, count: max(size, 4096))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: filled)) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
