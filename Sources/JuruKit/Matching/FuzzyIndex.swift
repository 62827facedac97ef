import Dispatch

/// An in-memory index of Indonesian sources that finds the most similar ones to a
/// sentence without comparing it with every entry.
///
/// Every entry's words are numbered (``WordVocabulary``) and listed under each word
/// it contains (postings). A lookup reads the postings of the query's rarer words,
/// bounds each candidate's similarity from the words it shares, and computes the
/// exact edit distance (``BitParallelLevenshtein``) only for the candidates whose
/// bound can still beat the matches found so far.
///
/// Entries are numbered from 0 in the order they are added; callers keep their own
/// keys (unit ids, benchmark ids) in an array beside it. An entry added after
/// ``seal()`` is searchable at once, from a small side table.
public final class FuzzyIndex {
    /// The character form of every entry, UTF-8, one after another.
    var textBytes: IndexArray<UInt8> = []
    var textStarts: IndexArray<UInt32> = [0]
    /// Length of each entry's character form in Unicode scalars (what `len()` counts).
    var characterCounts: IndexArray<UInt32> = []
    /// Each entry's words as vocabulary numbers.
    var words: IndexArray<UInt32> = []
    var wordStarts: IndexArray<UInt32> = [0]
    var vocabulary = WordVocabulary()
    /// The word being read by ``add(_:)``'s fast path.
    private var wordBuffer: [UInt8] = []

    /// Postings of the entries below `sealedCount`: for word w, the entries that
    /// contain it are `postings[postingStarts[w] ..< postingStarts[w + 1]]`, ascending.
    var postings: IndexArray<UInt32> = []
    var postingStarts: IndexArray<UInt32> = [0]
    var sealedCount = 0
    /// Whether postings exist; before the first seal, entries are only stored, so
    /// that a bulk load builds its postings in one pass.
    var isSealed = false
    /// Postings of the entries added since the last seal.
    var recentPostings: [UInt32: [UInt32]] = [:]
    /// Trigram sketches for the character metric's candidates.
    var sketches = TrigramSketches()

    /// Reused by every lookup, so a lookup allocates almost nothing.
    var scratch = LookupScratch()

    public init() {}

    /// The number of entries.
    public var count: Int { characterCounts.count }

    /// Adds a source sentence and returns its entry number.
    @discardableResult
    public func add(_ source: String) -> Int {
        let entry = count
        let firstWord = words.count
        var source = source
        if !source.withUTF8({ addPlainASCII($0) }) {
            var text = MatchText.characterForm(source)
            var characters: UInt32 = 0
            for _ in text.unicodeScalars { characters += 1 }
            text.withUTF8 { textBytes.append(contentsOf: $0) }
            characterCounts.append(characters)
            MatchText.forEachWord(in: text) { word in
                words.append(vocabulary.intern(word))
            }
        }
        textStarts.append(UInt32(textBytes.count))
        wordStarts.append(UInt32(words.count))
        if isSealed {
            addRecentPostings(entry: entry, words: firstWord..<words.count)
            textBytes.withUnsafeBufferPointer { bytes in
                sketches.addRecent(utf8: UnsafeBufferPointer(rebasing: bytes[Int(textStarts[entry])..<Int(textStarts[entry + 1])]))
            }
        }
        return entry
    }

    /// The fast path of ``add(_:)`` for what most memories hold: ASCII text already in
    /// character form (single spaces, trimmed), read in one pass over its bytes.
    /// Returns false, having stored nothing, for any other text.
    private func addPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first != 0x20, bytes.last != 0x20 else { return false }
        let firstWord = words.count
        var lowered: [UInt8] = []
        swap(&lowered, &wordBuffer)
        defer { swap(&lowered, &wordBuffer) }
        lowered.removeAll(keepingCapacity: true)
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x61...0x7A, 0x30...0x39, 0x5F:
                lowered.append(byte)
            case 0x41...0x5A:
                lowered.append(byte | 0x20)
            case 0x20 where previous != 0x20, 0x00...0x08, 0x0E...0x1F, 0x21...0x2F, 0x3A...0x40, 0x5B...0x5E, 0x60, 0x7B...0x7F:
                if !lowered.isEmpty {
                    words.append(lowered.withUnsafeBufferPointer { vocabulary.intern($0) })
                    lowered.removeAll(keepingCapacity: true)
                }
            default:  // non-ASCII, other white space, or a second space
                words.removeSubrange(firstWord...)
                return false
            }
            previous = byte
        }
        if !lowered.isEmpty {
            words.append(lowered.withUnsafeBufferPointer { vocabulary.intern($0) })
        }
        textBytes.append(contentsOf: bytes)
        characterCounts.append(UInt32(bytes.count))
        return true
    }

    /// Builds the postings and trigram sketches of every entry at once, the sketches
    /// on a second thread. The first lookup does it if no one has; entries added
    /// after it are searchable at once without it.
    public func seal() {
        let builtSketches = SketchesBeingBuilt()
        let sketching = DispatchGroup()
        DispatchQueue.global().async(group: sketching) { [textBytes, textStarts, characterCounts] in
            builtSketches.value.seal(texts: textBytes, starts: textStarts, characterCounts: characterCounts)
        }
        defer {
            sketching.wait()
            sketches = builtSketches.value
        }

        let vocabularySize = vocabulary.count
        var lastEntry = [UInt32](repeating: .max, count: vocabularySize)
        var lengths = [UInt32](repeating: 0, count: vocabularySize + 1)
        for entry in 0..<count {
            for index in Int(wordStarts[entry])..<Int(wordStarts[entry + 1]) {
                let word = Int(words[index])
                if lastEntry[word] != UInt32(entry) {
                    lastEntry[word] = UInt32(entry)
                    lengths[word + 1] += 1
                }
            }
        }
        for word in 0..<vocabularySize { lengths[word + 1] += lengths[word] }
        var next = lengths
        var filled = IndexArray<UInt32>(repeating: 0, count: Int(lengths[vocabularySize]))
        lastEntry = [UInt32](repeating: .max, count: vocabularySize)
        filled.withUnsafeMutableBufferPointer { filled in
            for entry in 0..<count {
                for index in Int(wordStarts[entry])..<Int(wordStarts[entry + 1]) {
                    let word = Int(words[index])
                    if lastEntry[word] != UInt32(entry) {
                        lastEntry[word] = UInt32(entry)
                        filled[Int(next[word])] = UInt32(entry)
                        next[word] += 1
                    }
                }
            }
        }
        postings = filled
        postingStarts = IndexArray(lengths)
        sealedCount = count
        recentPostings = [:]
        isSealed = true
    }

    private func addRecentPostings(entry: Int, words range: Range<Int>) {
        var seen: Set<UInt32> = []
        for index in range where seen.insert(words[index]).inserted {
            recentPostings[words[index], default: []].append(UInt32(entry))
        }
    }

    /// The character form of entry `entry`.
    public func text(of entry: Int) -> String {
        String(decoding: textBytes[Int(textStarts[entry])..<Int(textStarts[entry + 1])], as: UTF8.self)
    }

    /// How many entries contain word `word`.
    func documentFrequency(of word: UInt32) -> Int {
        var frequency = 0
        if Int(word) + 1 < postingStarts.count {
            frequency = Int(postingStarts[Int(word) + 1] - postingStarts[Int(word)])
        }
        return frequency + (recentPostings[word]?.count ?? 0)
    }

    /// Calls `body` with every entry that contains word `word`.
    @inline(__always)
    func forEachEntry(containing word: UInt32, _ body: (UInt32) -> Void) {
        if Int(word) + 1 < postingStarts.count {
            postings.withUnsafeBufferPointer { postings in
                for index in Int(postingStarts[Int(word)])..<Int(postingStarts[Int(word) + 1]) {
                    body(postings[index])
                }
            }
        }
        if let recent = recentPostings[word] {
            for entry in recent { body(entry) }
        }
    }

    /// Adds `amount` to the shared count of every entry containing `word`, noting
    /// the entries touched for the first time.
    func addShared(_ amount: UInt32, toEntriesContaining word: UInt32) {
        var touched = scratch.touched
        scratch.touched = []
        scratch.shared.withUnsafeMutableBufferPointer { shared in
            forEachEntry(containing: word) { entry in
                if shared[Int(entry)] == 0 { touched.append(entry) }
                shared[Int(entry)] += amount
            }
        }
        scratch.touched = touched
    }

    /// Approximate memory held by the index, in bytes.
    public var memoryFootprint: Int {
        textBytes.capacity + (textStarts.capacity + characterCounts.capacity + words.capacity
            + wordStarts.capacity + postings.capacity + postingStarts.capacity) * 4
            + sketches.memoryFootprint + scratch.memoryFootprint
    }
}

/// The sketches ``FuzzyIndex/seal()`` builds on another thread; read only after
/// that thread is waited for.
private final class SketchesBeingBuilt: @unchecked Sendable {
    var value = TrigramSketches()
}
