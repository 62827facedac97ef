/// A 512-bit sketch of every entry's character trigrams, stored in order of length,
/// from which the character metric picks the entries worth an exact comparison.
///
/// Words cannot find the best character match of a sentence that shares few words
/// with the memory: at 50–60 % similarity the best entry usually shares a few
/// stretches of letters ("Mereka ber…") and little else. A sketch keeps the set of
/// trigrams of an entry, hashed into 512 bits; the bits a sketch shares with the
/// query's sketch estimate the trigrams they share. Scanning the sketches of every
/// entry of a plausible length costs a few nanoseconds an entry, because the
/// sketches of one length lie next to each other in memory.
struct TrigramSketches {
    /// 64-bit words per sketch.
    static let words = 8

    /// Sketches of the sealed entries, in the order of `entriesByLength`.
    private(set) var sorted: IndexArray<UInt64> = []
    /// The sealed entries, shortest first; ties in entry order.
    private(set) var entriesByLength: IndexArray<UInt32> = []
    /// `lengthStarts[n]` is the first position in `entriesByLength` of an entry of
    /// `n` or more characters; one past the longest length, it is the end.
    private(set) var lengthStarts: IndexArray<UInt32> = [0]
    /// Sketches of the entries added since the last seal, in entry order.
    private(set) var recent: [UInt64] = []

    /// The longest sealed entry, in characters.
    var longestSealed: Int { lengthStarts.count - 2 }

    /// Sketches every entry of `index` and sorts them by length.
    mutating func seal(texts: IndexArray<UInt8>, starts: IndexArray<UInt32>, characterCounts: IndexArray<UInt32>) {
        let count = characterCounts.count
        let longest = Int(characterCounts.max() ?? 0)
        var firstOfLength = [UInt32](repeating: 0, count: longest + 2)
        for length in characterCounts { firstOfLength[Int(length) + 1] += 1 }
        for length in 0...longest { firstOfLength[length + 1] += firstOfLength[length] }
        lengthStarts = IndexArray(firstOfLength)
        var next = firstOfLength
        var byLength = [UInt32](repeating: 0, count: count)
        for entry in 0..<count {
            let length = Int(characterCounts[entry])
            byLength[Int(next[length])] = UInt32(entry)
            next[length] += 1
        }
        entriesByLength = IndexArray(byLength)
        var sketches = IndexArray<UInt64>(repeating: 0, count: count * Self.words)
        texts.withUnsafeBufferPointer { texts in
            sketches.withUnsafeMutableBufferPointer { sketches in
                for (position, entry) in byLength.enumerated() {
                    let text = UnsafeBufferPointer(rebasing: texts[Int(starts[Int(entry)])..<Int(starts[Int(entry) + 1])])
                    Self.sketch(ofUTF8: text, into: UnsafeMutableBufferPointer(
                        rebasing: sketches[position * Self.words..<(position + 1) * Self.words]))
                }
            }
        }
        sorted = sketches
        recent = []
    }

    /// Sketches an entry added after the last seal.
    mutating func addRecent(utf8 text: UnsafeBufferPointer<UInt8>) {
        let start = recent.count
        recent.append(contentsOf: repeatElement(0, count: Self.words))
        recent.withUnsafeMutableBufferPointer { recent in
            Self.sketch(ofUTF8: text, into: UnsafeMutableBufferPointer(rebasing: recent[start..<start + Self.words]))
        }
    }

    var memoryFootprint: Int {
        (sorted.capacity + recent.capacity) * 8 + (entriesByLength.capacity + lengthStarts.capacity) * 4
    }

    /// Sets the bit of every trigram of `text` (UTF-8) in `sketch` (all zeros).
    static func sketch(ofUTF8 text: UnsafeBufferPointer<UInt8>, into sketch: UnsafeMutableBufferPointer<UInt64>) {
        var window: UInt64 = 0
        var seen = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            var scalar = UInt32(byte)
            var length = 1
            if byte >= 0x80 {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                scalar &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                for offset in 1..<length where index + offset < text.count {
                    scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F)
                }
            }
            index += length
            window = (window << 21 | UInt64(scalar)) & (1 << 63 - 1)
            seen += 1
            if seen >= 3 { setBit(of: window, in: sketch) }
        }
    }

    /// The sketch of a query, given as Unicode scalars.
    static func sketch(of scalars: [Unicode.Scalar]) -> [UInt64] {
        var sketch = [UInt64](repeating: 0, count: words)
        var window: UInt64 = 0
        sketch.withUnsafeMutableBufferPointer { sketch in
            for (index, scalar) in scalars.enumerated() {
                window = (window << 21 | UInt64(scalar.value)) & (1 << 63 - 1)
                if index >= 2 { setBit(of: window, in: sketch) }
            }
        }
        return sketch
    }

    @inline(__always)
    private static func setBit(of trigram: UInt64, in sketch: UnsafeMutableBufferPointer<UInt64>) {
        let bit = Int((trigram &* 0x9E37_79B9_7F4A_7C15) >> 55)  // 9 bits: 0..<512
        sketch[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

/// Written out and read back by the index file (``MemoryIndexFile``).
extension TrigramSketches {
    /// Writes the sealed sketches; entries added since the last seal are not written
    /// (the index seals before it is archived).
    func archive(into writer: inout IndexArchive.Writer) {
        writer.append(sorted)
        writer.append(entriesByLength)
        writer.append(lengthStarts)
    }

    /// The sketches of `entryCount` sealed entries, as ``archive(into:)`` wrote them.
    init(archive reader: inout IndexArchive.Reader, entryCount: Int) throws {
        sorted = try reader.array()
        entriesByLength = try reader.array()
        lengthStarts = try reader.array()
        guard sorted.count == entryCount * Self.words, entriesByLength.count == entryCount,
              FuzzyIndex.isBelow(entriesByLength, entryCount), lengthStarts.count >= 2,
              FuzzyIndex.isOffsetTable(lengthStarts, count: lengthStarts.count - 1, end: entryCount)
        else { throw IndexArchive.Malformed() }
    }
}
