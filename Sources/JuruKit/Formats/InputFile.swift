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
        let path = url.path
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
        return Int(info.st_size)
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
}
