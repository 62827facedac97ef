import Foundation
import GRDB

/// `juru doctor`: the store examined without changing it, with SQLite's own checks,
/// and what to do about what they find.
public enum StoreDoctor {
    public struct Diagnosis: Sendable {
        /// What SQLite's checks found wrong; empty when the store is sound.
        public var problems: [String]
        /// Backups beside the store (`juru.sqlite.schemaN.bak`), newest first.
        public var backups: [URL]
        public var isSound: Bool { problems.isEmpty }
    }

    public static func examine(_ url: URL) -> Diagnosis {
        let folder = url.deletingLastPathComponent()
        let backups = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? [])
            .filter { $0.lastPathComponent.hasPrefix(url.lastPathComponent + ".") && $0.pathExtension == "bak" }
            .sorted { modified($0) > modified($1) }
        var problems: [String] = []
        var info = stat()
        if lstat(url.path, &info) != 0 {
            problems.append("there is no store at \(url.path) (it is made at the first command that writes)")
        } else if info.st_mode & S_IFMT != S_IFREG {
            problems.append("\(url.path) is not a regular file")
        } else if info.st_size == 0 {
            problems.append("\(url.path) is empty (0 bytes)")
        } else {
            do {
                var configuration = Configuration()
                configuration.readonly = true
                let queue = try DatabaseQueue(path: url.path, configuration: configuration)
                try queue.read { db in
                    let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    if integrity != ["ok"] { problems += integrity.prefix(20).map { "integrity: \($0)" } }
                    let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                    if !keys.isEmpty { problems.append("\(keys.count) rows point to rows that are gone (foreign keys)") }
                }
            } catch let error as DatabaseError {
                problems.append("SQLite cannot read it: \(error.message ?? "\(error.resultCode)")")
            } catch {
                problems.append("\(error)")
            }
        }
        return Diagnosis(problems: problems, backups: backups)
    }

    private static func modified(_ url: URL) -> Date {
        (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
    }
}
