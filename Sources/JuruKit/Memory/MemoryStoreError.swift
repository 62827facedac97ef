import Foundation
import GRDB

/// What can go wrong with the store itself, in words a translator can act on.
public enum MemoryStoreError: Error, LocalizedError, Equatable {
    case database(String, String)
    case readOnly(String)
    /// The store file or its folder cannot be written: reading works, writing is off.
    case readOnlyStore(String)
    case newerSchema(String, Int)
    case emptyFile(String)
    case notAFile(String)
    case damaged(String, String)
    case diskFull(String)
    case busy(String)
    case noSuchUnit(Int64)

    /// The SQLite error `error`, met on the store at `path`, in those words.
    public init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull(path)
        case .SQLITE_READONLY: self = .readOnlyStore(path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(path, error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path)
        default: self = .database(path, error.message ?? "\(error)")
        }
    }

    public var errorDescription: String? {
        switch self {
        case .database(let path, let message): "\(path): translation memory store: \(message)"
        case .readOnly(let name): "memory \(name) is a read-only reference file; edit the file in memory/ instead"
        case .readOnlyStore(let path):
            "\(path): the store cannot be written (read-only file or folder); reading works, writes are off"
        case .newerSchema(let path, let version):
            "\(path): made by a newer Juru (schema \(version)); upgrade Juru. Nothing was changed"
        case .emptyFile(let path):
            "\(path): the store is an empty file (0 bytes), not a memory; restore it from a backup (juru.sqlite.schemaN.bak), or move it away to start a new one"
        case .notAFile(let path): "\(path): the store is not a regular file; move it away"
        case .damaged(let path, let message):
            "\(path): the store is damaged (\(message)); run juru doctor for what is wrong and how to recover"
        case .diskFull(let path):
            "\(path): the disk is full; nothing was half-written: free some space and do it again"
        case .busy(let path):
            "\(path): the store stayed busy (another juru is writing to it); nothing was written: try again when it is done"
        case .noSuchUnit(let id): "there is no unit \(id) in the memory (juru tm lookup or tm search shows ids)"
        }
    }
}

extension MemoryStoreError {
    /// `error` in a translator's words when it is SQLite's, met on the store at `path`.
    public static func describing(_ error: any Error, path: String = "memory/\(MemoryStore.fileName)") -> MemoryStoreError? {
        (error as? DatabaseError).map { MemoryStoreError($0, path: path) }
    }
}

extension MemoryStore {
    /// Runs `body`, turning SQLite's errors into ``MemoryStoreError``s that name the store.
    func describingErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw MemoryStoreError(error, path: url.path)
        }
    }
}
