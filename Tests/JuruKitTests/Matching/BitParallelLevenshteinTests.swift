import Testing
@testable import JuruKit

/// The bit-parallel distance must equal the textbook dynamic programme, for
/// patterns of one machine word and of several.
struct BitParallelLevenshteinTests {
    static func textbook(_ a: [Int32], _ b: [Int32]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    @Test(arguments: [1, 5, 63, 64, 65, 127, 128, 129, 300])
    func matchesTheTextbookDistance(patternLength: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            let alphabet = Int32.random(in: 2...8, using: &generator)
            let pattern = (0..<patternLength).map { _ in Int32.random(in: 1...alphabet, using: &generator) }
            // Texts near the pattern (a few edits) and unrelated ones, shorter and longer.
            var text = pattern
            for _ in 0..<Int.random(in: 0...10, using: &generator) {
                let position = Int.random(in: 0...text.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: text.insert(Int32.random(in: 0...alphabet, using: &generator), at: position)
                case 1 where position < text.count: text.remove(at: position)
                default: if position < text.count { text[position] = Int32.random(in: 0...alphabet, using: &generator) }
                }
            }
            if Bool.random(using: &generator) {
                text = (0..<Int.random(in: 0...patternLength * 2, using: &generator)).map { _ in Int32.random(in: 0...alphabet, using: &generator) }
            }
            var levenshtein = BitParallelLevenshtein(patternRows: pattern, rowCount: Int(alphabet))
            let distance = text.withUnsafeBufferPointer { levenshtein.distance(to: $0) }
            #expect(distance == Self.textbook(pattern, text), "pattern \(pattern) text \(text)")
        }
    }
}
