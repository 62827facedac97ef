/// Levenshtein distance from one pattern to many texts, 64 pattern symbols per
/// machine word (Myers 1999, in Hyyrö's formulation for whole-string distance).
///
/// The pattern is turned into rows of match masks once; a text is then given as
/// row numbers, one per symbol, with row 0 meaning "not in the pattern". Cost is
/// `text length × ⌈pattern length / 64⌉` word operations.
struct BitParallelLevenshtein {
    let patternLength: Int
    let blocks: Int
    /// `rows × blocks` masks: bit i of row r, block b is set when pattern symbol
    /// `64b + i` has row r. Row 0 is all zeros.
    private(set) var masks: [UInt64]
    private var positive: [UInt64]
    private var negative: [UInt64]

    /// A pattern whose symbols are given as row numbers (1...rowCount).
    init(patternRows: [Int32], rowCount: Int) {
        patternLength = patternRows.count
        blocks = max(1, (patternRows.count + 63) / 64)
        masks = Array(repeating: 0, count: (rowCount + 1) * blocks)
        for (index, row) in patternRows.enumerated() {
            masks[Int(row) * blocks + index / 64] |= 1 << UInt64(index % 64)
        }
        positive = Array(repeating: 0, count: blocks)
        negative = Array(repeating: 0, count: blocks)
    }

    /// The edit distance between the pattern and `text` (row numbers).
    mutating func distance(to text: UnsafeBufferPointer<Int32>) -> Int {
        if patternLength == 0 { return text.count }
        if text.isEmpty { return patternLength }
        return blocks == 1 ? singleBlockDistance(text) : multiBlockDistance(text)
    }

    private func singleBlockDistance(_ text: UnsafeBufferPointer<Int32>) -> Int {
        let last: UInt64 = 1 << UInt64(patternLength - 1)
        var pv = UInt64.max, mv: UInt64 = 0
        var score = patternLength
        masks.withUnsafeBufferPointer { masks in
            for row in text {
                let eq = masks[Int(row)]
                let xv = eq | mv
                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                var ph = mv | ~(xh | pv)
                var mh = pv & xh
                if ph & last != 0 { score += 1 } else if mh & last != 0 { score -= 1 }
                ph = (ph << 1) | 1  // the top row grows by one per text symbol
                mh <<= 1
                pv = mh | ~(xv | ph)
                mv = ph & xv
            }
        }
        return score
    }

    private mutating func multiBlockDistance(_ text: UnsafeBufferPointer<Int32>) -> Int {
        let blocks = blocks
        let lastBlock = blocks - 1
        let last: UInt64 = 1 << UInt64((patternLength - 1) % 64)
        let high: UInt64 = 1 << 63
        var score = patternLength
        masks.withUnsafeBufferPointer { masks in
            positive.withUnsafeMutableBufferPointer { pvs in
                negative.withUnsafeMutableBufferPointer { mvs in
                    for b in 0..<blocks { pvs[b] = .max; mvs[b] = 0 }
                    for row in text {
                        let base = Int(row) * blocks
                        var carry = 1  // the horizontal delta entering block 0
                        for b in 0..<blocks {
                            var eq = masks[base + b]
                            let pv = pvs[b], mv = mvs[b]
                            let xv = eq | mv
                            if carry < 0 { eq |= 1 }
                            let xh = (((eq & pv) &+ pv) ^ pv) | eq
                            var ph = mv | ~(xh | pv)
                            var mh = pv & xh
                            let top = b == lastBlock ? last : high
                            let out = ph & top != 0 ? 1 : (mh & top != 0 ? -1 : 0)
                            ph <<= 1
                            mh <<= 1
                            if carry < 0 { mh |= 1 } else if carry > 0 { ph |= 1 }
                            pvs[b] = mh | ~(xv | ph)
                            mvs[b] = ph & xv
                            carry = out
                        }
                        score += carry
                    }
                }
            }
        }
        return score
    }
}
