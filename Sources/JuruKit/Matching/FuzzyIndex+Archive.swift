/// The index written out and read back: a memory of a million units opens by mapping
/// its arrays instead of reading every source and building postings again.
extension FuzzyIndex {
    /// Writes every entry, sealing first so that entries added since the last seal
    /// are in the postings and sketches written.
    func archive(into writer: inout IndexArchive.Writer) {
        if !isSealed || sealedCount != count { seal() }
        writer.append(textBytes)
        writer.append(textStarts)
        writer.append(characterCounts)
        writer.append(words)
        writer.append(wordStarts)
        vocabulary.archive(into: &writer)
        writer.append(postings)
        writer.append(postingStarts)
        sketches.archive(into: &writer)
    }

    /// The index ``archive(into:)`` wrote. Offsets are checked against the arrays they
    /// point into, so a damaged file throws rather than sending a lookup out of bounds.
    convenience init(archive reader: inout IndexArchive.Reader) throws {
        self.init()
        textBytes = try reader.array()
        textStarts = try reader.array()
        characterCounts = try reader.array()
        words = try reader.array()
        wordStarts = try reader.array()
        vocabulary = try WordVocabulary(archive: &reader)
        postings = try reader.array()
        postingStarts = try reader.array()
        let entries = characterCounts.count
        sketches = try TrigramSketches(archive: &reader, entryCount: entries)
        guard Self.isOffsetTable(textStarts, count: entries, end: textBytes.count),
              Self.isOffsetTable(wordStarts, count: entries, end: words.count),
              Self.isOffsetTable(postingStarts, count: vocabulary.count, end: postings.count),
              Self.isBelow(words, vocabulary.count), Self.isBelow(postings, entries)
        else { throw IndexArchive.Malformed() }
        sealedCount = entries
        isSealed = true
    }

    /// `table` has `count + 1` ascending offsets from 0 to `end`.
    static func isOffsetTable(_ table: IndexArray<UInt32>, count: Int, end: Int) -> Bool {
        table.count == count + 1 && table.first == 0 && Int(table[count]) == end
            && table.withUnsafeBufferPointer { table in zip(table, table.dropFirst()).allSatisfy { $0 <= $1 } }
    }

    /// Every number in `array` is below `limit`.
    static func isBelow<T: FixedWidthInteger>(_ array: IndexArray<T>, _ limit: Int) -> Bool {
        array.withUnsafeBufferPointer { numbers in numbers.allSatisfy { Int($0) < limit } }
    }
}
