import Foundation

/// Where an export goes, written so that nothing is ever half there:
/// - `-` is standard output;
/// - a path that exists and is not a regular file (a device, a FIFO, `/dev/stdout`, a
///   link to one) is written through, never replaced;
/// - a regular file is written to a temporary file in the same folder and renamed over
///   the name on ``commit()``: no partial file under the final name, and no temporary
///   file left after a failure (those of a killed export go at the next export there).
public final class OutputFile {
    public let path: String
    private let descriptor: Int32
    /// The temporary file renamed into place on commit; nil when writing through.
    private let temporary: String?
    private let destination: String
    private var isClosed = false

    public init(path: String) throws(OutputFileError) {
        self.path = path
        if path == "-" {
            descriptor = STDOUT_FILENO
            temporary = nil
            destination = path
            return
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw .isFolder(path) }
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .unwritable(path, String(cString: strerror(errno))) }
            temporary = nil
            destination = path
            return
        }
        // A link to a regular file: the file it names is replaced, the link stays.
        destination = Self.resolvingLink(path)
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        Self.removeAbandoned(in: folder, for: url.lastPathComponent)
        let temporary = "\(folder)/.\(url.lastPathComponent).juru-\(getpid()).part"
        let mode = stat(destination, &info) == 0 ? info.st_mode & 0o777 : 0o644
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw .unwritable(path, String(cString: strerror(errno))) }
        self.temporary = temporary
    }

    deinit { if !isClosed { cancel() } }

    /// Writes all of `bytes`.
    public func write(_ bytes: [UInt8]) throws(OutputFileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = errno
                cancel()
                throw error == ENOSPC ? .diskFull(path) : .unwritable(path, String(cString: strerror(error)))
            }
            written += result
        }
    }

    public func write(_ text: String) throws(OutputFileError) { try write(Array(text.utf8)) }

    /// Puts the file in place: flushed to disk, then renamed over the destination.
    public func commit() throws(OutputFileError) {
        guard !isClosed else { return }
        guard let temporary else {
            isClosed = true
            if descriptor != STDOUT_FILENO { close(descriptor) }
            return
        }
        if fsync(descriptor) != 0 {
            let error = errno
            cancel()
            throw error == ENOSPC ? .diskFull(path) : .unwritable(path, String(cString: strerror(error)))
        }
        close(descriptor)
        isClosed = true
        if rename(temporary, destination) != 0 {
            let error = errno
            unlink(temporary)
            throw .unwritable(path, String(cString: strerror(error)))
        }
    }

    /// Drops what was written (the destination is left as it was).
    public func cancel() {
        guard !isClosed else { return }
        isClosed = true
        if descriptor != STDOUT_FILENO { close(descriptor) }
        if let temporary { unlink(temporary) }
    }

    private static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes `.NAME.juru-PID.part` files whose export was killed (no such process).
    private static func removeAbandoned(in folder: String, for name: String) {
        let prefix = ".\(name).juru-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where entry.hasPrefix(prefix) && entry.hasSuffix(".part") {
            let pid = Int32(entry.dropFirst(prefix.count).dropLast(".part".count)) ?? 0
            if AbandonedFile.isAbandoned(byProcess: pid) { unlink("\(folder)/\(entry)") }
        }
    }
}

public enum OutputFileError: Error, LocalizedError, Equatable {
    case isFolder(String)
    case unwritable(String, String)
    case diskFull(String)

    public var errorDescription: String? {
        switch self {
        case .isFolder(let path): "\(path): is a folder; give a file name to write"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        case .diskFull(let path): "\(path): the disk is full; nothing was written under that name"
        }
    }
}
