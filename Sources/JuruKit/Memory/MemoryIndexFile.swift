import Foundation

/// The fuzzy index of a store, kept beside it (`juru.sqlite.index`), so that a memory
/// of a million units opens by reading one file instead of every source.
///
/// The file is a cache: it names the highest unit id it covers, and a sample of its
/// units' ids with a hash of their sources. At open the sample is checked against the
/// store; units added since are read from the store and indexed on top; a file that
/// does not agree with the store, is damaged or is of another format is ignored and
/// the index is built again. It is written to a scratch file and renamed into place,
/// so a kill at any moment leaves the old file or the new one, never half of one.
struct MemoryIndexFile {
    /// "JURUIDX1" in ASCII; the format number follows.
    private static let magic: UInt64 = 0x3158_4449_5552_554A
    /// 2: every array padded to 8 bytes, so that it is read as a view of the mapped file.
    private static let format: UInt32 = 2
    /// Units sampled to tie the file to its store.
    private static let sampleSize = 64

    let url: URL
    private let folder: URL
    private let scratchPrefix: String

    init(store: URL) {
        url = store.appendingPathExtension("index")
        folder = store.deletingLastPathComponent()
        scratchPrefix = "." + url.lastPathComponent + "-"
    }

    /// What the file holds: the index and the store id of each of its entries.
    struct Snapshot {
        var index: FuzzyIndex
        var unitIDs: [Int64]
    }

    /// The snapshot, if the file exists, is whole and agrees with `store`; nil otherwise.
    func read(checkingAgainst store: MemoryStore) -> Snapshot? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              let mapped = MappedFile(descriptor: descriptor, size: Int(status.st_size)),
              let (snapshot, samples) = try? Self.decode(IndexArchive.Reader(file: mapped)),
              (try? Self.agrees(samples: samples, last: snapshot.unitIDs.last, with: store)) == true
        else { return nil }
        return snapshot
    }

    /// Writes `index` (sealing it) and its unit ids, replacing the file whole. A store
    /// that cannot be written beside (read-only) keeps no file; nothing else fails.
    func write(_ index: FuzzyIndex, unitIDs: [Int64], of store: MemoryStore) {
        removeAbandonedScratch()
        var writer = IndexArchive.Writer()
        writer.append(Self.magic)
        writer.append(Self.format)
        writer.append(unitIDs)
        guard let sampled = try? store.units(ids: Self.sample(unitIDs)) else { return }
        let ids = sampled.keys.sorted()
        writer.append(ids)
        writer.append(ids.map { Self.hash(sampled[$0]!.source) })
        index.archive(into: &writer)
        writer.append(Self.magic)
        let scratch = folder.appendingPathComponent("\(scratchPrefix)\(getpid()).part")
        do {
            try writer.data.write(to: scratch)
            let handle = try FileHandle(forWritingTo: scratch)
            try handle.synchronize()
            try handle.close()
            guard rename(scratch.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: scratch)
        }
    }

    /// Removes the file, so that the next open builds the index again.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    private static func decode(_ reader: IndexArchive.Reader) throws -> (Snapshot, [(id: Int64, hash: UInt64)]) {
        var reader = reader
        guard try reader.value(UInt64.self) == magic, try reader.value(UInt32.self) == format else { throw IndexArchive.Malformed() }
        let unitIDs: [Int64] = try reader.copiedArray()
        let sampleIDs: [Int64] = try reader.copiedArray()
        let sampleHashes: [UInt64] = try reader.copiedArray()
        let index = try FuzzyIndex(archive: &reader)
        guard try reader.value(UInt64.self) == magic, reader.isAtEnd, index.count == unitIDs.count,
              sampleIDs.count == sampleHashes.count,
              zip(unitIDs, unitIDs.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw IndexArchive.Malformed() }
        return (Snapshot(index: index, unitIDs: unitIDs), Array(zip(sampleIDs, sampleHashes).map { (id: $0, hash: $1) }))
    }

    /// The sampled units still in the store have the sources the file indexed, and the
    /// store has not gone back to before the file's last unit (a restored backup).
    private static func agrees(samples: [(id: Int64, hash: UInt64)], last: Int64?, with store: MemoryStore) throws -> Bool {
        if let last, try store.highestUnitID() ?? 0 < last { return false }
        let units = try store.units(ids: samples.map(\.id))
        var present = 0
        for sample in samples {
            guard let unit = units[sample.id] else { continue }  // deleted since: harmless
            guard hash(unit.source) == sample.hash else { return false }
            present += 1
        }
        return samples.isEmpty || present > 0
    }

    /// Ids spread evenly over `ids`, the last one included.
    private static func sample(_ ids: [Int64]) -> [Int64] {
        guard ids.count > sampleSize else { return ids }
        let step = Double(ids.count - 1) / Double(sampleSize - 1)
        return (0..<sampleSize).map { ids[Int((Double($0) * step).rounded())] }
    }

    /// FNV-1a over the source's UTF-8.
    private static func hash(_ source: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Scratch files of writers that were killed.
    private func removeAbandonedScratch() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(scratchPrefix) && name.hasSuffix(".part") {
            let pid = name.dropFirst(scratchPrefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pid), AbandonedFile.isAbandoned(byProcess: pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
