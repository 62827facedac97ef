import Foundation
import GRDB

extension MemoryStore {
    /// What an import stored, counted honestly.
    public struct ImportReport: Sendable, Equatable {
        public var file: String
        public var memory: String
        /// Units read from the file with both Indonesian and English.
        public var units = 0
        /// Of those, units the memory did not have before.
        public var added = 0
        /// Units the memory had, brought up to date by a newer copy in the file.
        public var updated = 0
        /// Units the file holds more than once (counted after their first time).
        public var duplicates = 0
        /// Units skipped: no Indonesian or no English variant, or an empty segment.
        public var skipped = 0
        /// Units left out for a segment longer than ``TMXReader/segmentLimit`` characters.
        public var overlong = 0
        /// What the import and the reference-file sync say of ``overlong`` units, or nil.
        public var overlongNote: String? {
            overlong == 0 ? nil
                : "\(overlong) left out (a segment longer than \(TMXReader.segmentLimit.formatted(.number.locale(Locale(identifier: "en_US")))) characters)"
        }
        /// Units read that the memory already had as they are.
        public var alreadyThere: Int { units - added - updated - duplicates }

        mutating func count(_ merge: MergeCounts) {
            (added, updated, duplicates) = (merge.added, merge.updated, merge.duplicates)
        }
    }

    /// What merging staged units did.
    struct MergeCounts {
        var added = 0
        var updated = 0
        var duplicates = 0
    }

    /// A reference file in `memory/` that could not be imported, and why.
    public struct ReferenceProblem: Sendable, Equatable {
        public var file: String
        public var message: String
    }

    /// Imports a TMX file into the project memory, all of it or nothing: the file is
    /// read whole first (``ImportStaging``), without holding the store, and then
    /// stored in one transaction. A file that turns out malformed leaves the store as
    /// it was. With `forTeam`, the units new to the memory are also queued for the team
    /// server in the same transaction (``queueImportedForTeam(after:into:_:)``).
    @discardableResult
    public func importTMX(_ url: URL, forTeam: Bool = false, progress: ((Double) -> Void)? = nil) throws -> ImportReport {
        if forTeam, try teamMembership() == nil { throw TeamError.notAMember }
        let memory = try projectMemory()
        let staging = try ImportStaging(folder: self.url.deletingLastPathComponent())
        defer { staging.remove() }
        var report = try staging.read(url, progress: progress)
        report.memory = memory.name
        report.count(try database.writeWithoutTransaction { db in
            try Self.attaching(staging, db) {
                var counts = MergeCounts()
                try db.inTransaction {
                    let last = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM unit") ?? 0
                    counts = try Self.mergeStaged(into: memory.id!, db)
                    if forTeam { try Self.queueImportedForTeam(after: last, into: memory.id!, db) }
                    return .commit
                }
                return counts
            }
        })
        return report
    }

    // MARK: Reference files

    /// Brings the reference memories in step with the TMX files in `folder`: a new or
    /// changed file is (re)imported under its file name, read-only; the memory of a
    /// file that is gone is dropped. Unchanged files cost a hash. A file that cannot be
    /// imported (malformed, not a regular file) is reported in `problems` and left out,
    /// its earlier import kept, so that one bad file never stops the translator.
    public func syncReferenceFiles(in folder: URL, progress: ((String, Double) -> Void)? = nil) throws
        -> (imports: [ImportReport], problems: [ReferenceProblem]) {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension.lowercased() == "tmx" && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var reports: [ImportReport] = []
        var problems: [ReferenceProblem] = []
        let known = Dictionary(uniqueKeysWithValues: try memories().filter(\.isReadOnly).map { ($0.name, $0) })
        for file in files {
            let name = file.lastPathComponent
            do {
                _ = try InputFile.check(file)
                let hash = try FileFingerprint.of(file)
                if known[name]?.contentHash == hash { continue }
                reports.append(try importReference(file, hash: hash, progress: progress.map { report in { report(name, $0) } }))
            } catch {
                problems.append(ReferenceProblem(file: name, message: (error as? LocalizedError)?.errorDescription ?? "\(error)"))
            }
        }
        let present = Set(files.map(\.lastPathComponent))
        for name in known.keys where !present.contains(name) {
            try database.write { db in try db.execute(sql: "DELETE FROM memory WHERE name = ?", arguments: [name]) }
        }
        return (reports, problems)
    }

    private func importReference(_ file: URL, hash: String, progress: ((Double) -> Void)?) throws -> ImportReport {
        let name = file.lastPathComponent
        let staging = try ImportStaging(folder: url.deletingLastPathComponent())
        defer { staging.remove() }
        var report = try staging.read(file, progress: progress)
        report.memory = name
        report.count(try database.writeWithoutTransaction { db in
            try Self.attaching(staging, db) {
                var counts = MergeCounts()
                try db.inTransaction {
                    try db.execute(sql: "DELETE FROM memory WHERE name = ?", arguments: [name])
                    var memory = StoredMemory(id: nil, name: name, isReadOnly: true, contentHash: hash, importedAt: Date())
                    try memory.insert(db)
                    counts = try Self.mergeStaged(into: memory.id!, db)
                    return .commit
                }
                return counts
            }
        })
        return report
    }
}

/// A file's content fingerprint: FNV-1a over its bytes, with its size. Enough to
/// notice that a reference file changed; not a security measure.
enum FileFingerprint {
    static func of(_ url: URL) throws -> String {
        try InputFile.check(url)  // a folder or FIFO named *.tmx: say so, never crash or hang
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw TMXError.unreadable(url.path) }
        defer { try? handle.close() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var size = 0
        while true {
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { break }
            size += chunk.count
            chunk.withUnsafeBytes { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
        }
        return "fnv1a64:\(String(hash, radix: 16)):\(size)"
    }
}
