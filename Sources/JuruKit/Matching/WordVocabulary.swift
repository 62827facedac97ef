import Foundation

/// Numbers every distinct word the index has seen, so that postings and word-level
/// edit distance work on integers.
///
/// A hand-rolled open-addressing table over one byte arena: interning the twenty
/// million words of a million-unit memory through `[String: UInt32]` would cost
/// an allocation and a String hash per word.
struct WordVocabulary {
    private var bytes: IndexArray<UInt8> = []
    private var starts: IndexArray<UInt32> = [0]
    private var hashes: IndexArray<UInt64> = []
    /// Slots hold the hash's high half beside word number + 1, so that a probe reads
    /// one array; 0 marks an empty slot.
    private var slots = IndexArray<UInt64>(Array(repeating: 0, count: 1 << 12))

    /// How many distinct words there are.
    var count: Int { hashes.count }

    /// The number of `word`, adding it if it is new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(word)
        if let found = find(word, hash: hash) { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let number = UInt32(count)
        bytes.append(contentsOf: word)
        starts.append(UInt32(bytes.count))
        hashes.append(hash)
        insert(number, hash: hash)
        return number
    }

    /// The number of `word`, or nil if the index has never seen it.
    func number(of word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        find(word, hash: Self.hash(word))
    }

    /// The word with number `number`.
    func word(_ number: UInt32) -> String {
        let start = Int(starts[Int(number)]), end = Int(starts[Int(number) + 1])
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The length of word `number` in UTF-8 bytes.
    func byteLength(_ number: UInt32) -> Int {
        Int(starts[Int(number) + 1] - starts[Int(number)])
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let tag = hash >> 32
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag {
                    let number = Int(UInt32(truncatingIfNeeded: entry) - 1)
                    let start = Int(starts[number]), end = Int(starts[number + 1])
                    if end - start == word.count && bytes.withUnsafeBufferPointer({
                        word.count == 0 || memcmp($0.baseAddress! + start, word.baseAddress!, word.count) == 0
                    }) {
                        return UInt32(number)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(_ number: UInt32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(number + 1)
    }

    private mutating func grow() {
        slots = IndexArray(Array(repeating: 0, count: slots.count * 2))
        for number in 0..<count { insert(UInt32(number), hash: hashes[number]) }
    }

    /// FNV-1a, then a final mix so that linear probing sees well-spread low bits.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }
}

/// Written out and read back by the index file (``MemoryIndexFile``).
extension WordVocabulary {
    /// Writes the table as it is, so that reading it back needs no rehashing.
    func archive(into writer: inout IndexArchive.Writer) {
        writer.append(bytes)
        writer.append(starts)
        writer.append(hashes)
        writer.append(slots)
    }

    /// The table ``archive(into:)`` wrote, checked enough that a damaged file cannot
    /// send a lookup out of bounds.
    init(archive reader: inout IndexArchive.Reader) throws {
        bytes = try reader.array()
        starts = try reader.array()
        hashes = try reader.array()
        slots = try reader.array()
        let count = hashes.count
        guard FuzzyIndex.isOffsetTable(starts, count: count, end: bytes.count),
              slots.count >= 2, slots.count & (slots.count - 1) == 0, count * 2 <= slots.count,
              slots.withUnsafeBufferPointer({ slots in slots.allSatisfy { UInt32(truncatingIfNeeded: $0) <= UInt32(count) } })
        else { throw IndexArchive.Malformed() }
    }
}
