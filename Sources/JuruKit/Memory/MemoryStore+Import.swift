import Foundation
import GRDB

extension MemoryStore {
    /// What an import stored.
    public struct ImportReport: Sendable, Equatable {
        public var file: String
        public var memory: String
        /// Units read from the file with both Indonesian and English.
        public var units = 0
        /// Units skipped: no Indonesian or no English variant, or an empty segment.
        public var skipped = 0
    }

    /// Imports a TMX file into the project memory, all of it or nothing: a file that
    /// turns out malformed halfway leaves the store as it was.
    @discardableResult
    public func importTMX(_ url: URL, progress: ((Double) -> Void)? = nil) throws -> ImportReport {
        let memory = try projectMemory()
        return try database.writeWithoutTransaction { db in
            var report = ImportReport(file: url.lastPathComponent, memory: memory.name)
            try db.inTransaction {
                report = try Self.importUnits(from: url, into: memory.id!, db: db, progress: progress)
                return .commit
            }
            return report
        }
    }

    static func importUnits(from url: URL, into memoryId: Int64, db: Database,
                            progress: ((Double) -> Void)?) throws -> ImportReport {
        var report = ImportReport(file: url.lastPathComponent, memory: "")
        let origin = "tmx:\(url.lastPathComponent)"
        let now = Date()
        let summary = try addingToConcordance(db) { try TMXReader(url: url).read(progress: progress) { tmx in
            guard !tmx.source.text.isEmpty, !tmx.target.text.isEmpty else { report.skipped += 1; return }
            let notes = tmx.notes.joined(separator: "\n")
            let unit = StoredUnit(memoryId: memoryId, source: tmx.source.text, target: tmx.target.text,
                                  sourceMarkup: tmx.source.markup, targetMarkup: tmx.target.markup,
                                  origin: origin, createdAt: tmx.createdAt ?? tmx.changedAt ?? now,
                                  createdBy: tmx.createdBy, changedAt: tmx.changedAt, changedBy: tmx.changedBy,
                                  usageCount: tmx.usageCount, note: notes.isEmpty ? nil : notes,
                                  properties: tmx.properties)
            _ = try upsert(unit, db)
            report.units += 1
        } }
        report.skipped += summary.skipped
        return report
    }

    // MARK: Reference files

    /// Brings the reference memories in step with the TMX files in `folder`: a new or
    /// changed file is (re)imported under its file name, read-only; the memory of a
    /// file that is gone is dropped. Unchanged files cost a hash. Returns the imports
    /// made.
    @discardableResult
    public func syncReferenceFiles(in folder: URL, progress: ((String, Double) -> Void)? = nil) throws -> [ImportReport] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension.lowercased() == "tmx" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var reports: [ImportReport] = []
        let known = Dictionary(uniqueKeysWithValues: try memories().filter(\.isReadOnly).map { ($0.name, $0) })
        for file in files {
            let name = file.lastPathComponent
            let hash = try FileFingerprint.of(file)
            if known[name]?.contentHash == hash { continue }
            let report = try database.writeWithoutTransaction { db in
                var report = ImportReport(file: name, memory: name)
                try db.inTransaction {
                    try db.execute(sql: "DELETE FROM memory WHERE name = ?", arguments: [name])
                    var memory = StoredMemory(id: nil, name: name, isReadOnly: true, contentHash: hash, importedAt: Date())
                    try memory.insert(db)
                    report = try Self.importUnits(from: file, into: memory.id!, db: db,
                                                  progress: progress.map { report in { report(name, $0) } })
                    report.memory = name
                    return .commit
                }
                return report
            }
            reports.append(report)
        }
        let present = Set(files.map(\.lastPathComponent))
        for name in known.keys where !present.contains(name) {
            try database.write { db in try db.execute(sql: "DELETE FROM memory WHERE name = ?", arguments: [name]) }
        }
        return reports
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
