import Foundation

/// Aligns the sentences of an Indonesian article with those of its English
/// translation: 1:1, merges and splits (2:1, 1:2, 3:1, 1:3) and sentences with no
/// counterpart (1:0, 0:1), by dynamic programming over a band around the diagonal.
///
/// A link's cost adds what is known to separate translations from neighbours for
/// this pair: length (English runs about 10 % shorter; Gale and Church's model), the
/// anchors both sides keep (numbers read per language, names, loanwords spelled
/// alike, the glossary as a dictionary), and lines that real articles carry on one
/// side only ("Baca juga: …", photo and wire-service credits).
///
/// ```swift
/// let links = SentenceAligner(glossary: glossary).align(source: idSentences, target: enSentences)
/// ```
public struct SentenceAligner: Sendable {
    public let glossary: Glossary?

    public init(glossary: Glossary? = nil) {
        self.glossary = glossary
    }

    /// English content length per Indonesian character.
    static let lengthRatio = 0.9
    /// Variance of that ratio per character (Gale and Church measured 6.8).
    static let lengthVariance = 6.8
    /// Weight of the anchors against length.
    static let anchorWeight = 8.0

    /// A link shape with its prior cost, −ln P(shape) relative to 1:1.
    struct Shape {
        let source: Int
        let target: Int
        let prior: Double
    }

    static let shapes: [Shape] = {
        let probabilities: [(Int, Int, Double)] = [
            (1, 1, 0.85), (2, 1, 0.05), (1, 2, 0.05), (1, 0, 0.015), (0, 1, 0.015), (3, 1, 0.01), (1, 3, 0.01),
        ]
        return probabilities.map { Shape(source: $0.0, target: $0.1, prior: -log($0.2) + log(0.85)) }
    }()

    public func align(source: [String], target: [String]) -> [AlignmentLink] {
        var extractor = CueExtractor(glossary: glossary)
        let sourceCues = source.map { extractor.cues(forIndonesian: $0) }
        let targetCues = target.map { extractor.cues(forEnglish: $0) }
        return align(sourceCues, targetCues)
    }

    func align(_ source: [SentenceCues], _ target: [SentenceCues]) -> [AlignmentLink] {
        let n = source.count, m = target.count
        let band = Band(n: n, m: m)
        var cost = [Double](repeating: .infinity, count: band.cellCount)
        var step = [Int8](repeating: -1, count: band.cellCount)
        cost[band.cell(0, 0)!] = 0
        for i in 0...n {
            for j in band.columns(of: i) {
                guard let here = band.cell(i, j), cost[here] < .infinity else { continue }
                for (index, shape) in Self.shapes.enumerated() {
                    let ni = i + shape.source, nj = j + shape.target
                    guard ni <= n, nj <= m, let next = band.cell(ni, nj) else { continue }
                    let total = cost[here] + linkCost(shape, source[i..<ni], target[j..<nj])
                    if total < cost[next] {
                        cost[next] = total
                        step[next] = Int8(index)
                    }
                }
            }
        }
        // Walk back from the end.
        var links: [AlignmentLink] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let cell = band.cell(i, j), step[cell] >= 0 else { break }
            let shape = Self.shapes[Int(step[cell])]
            let (si, sj) = (i - shape.source, j - shape.target)
            let own = linkCost(shape, source[si..<i], target[sj..<j])
            links.append(AlignmentLink(source: si..<i, target: sj..<j, confidence: Self.confidence(own)))
            (i, j) = (si, sj)
        }
        return links.reversed()
    }

    /// The cost of linking these sentences, lower for a likelier link.
    func linkCost(_ shape: Shape, _ source: ArraySlice<SentenceCues>, _ target: ArraySlice<SentenceCues>) -> Double {
        if source.isEmpty || target.isEmpty {
            // A sentence with no counterpart: likely only for a line of the kind that has none.
            let line = source.first ?? target.first!
            return shape.prior + (line.isOneSided ? -3 : 0)
        }
        var cost = shape.prior
        // A one-sided line merged into a translation is unlikely.
        if source.count + target.count > 2 && (source.contains { $0.isOneSided } || target.contains { $0.isOneSided }) {
            cost += 3
        }
        let sourceLength = Double(source.reduce(0) { $0 + $1.length })
        let targetLength = Double(target.reduce(0) { $0 + $1.length })
        cost += Self.lengthCost(sourceLength, targetLength)
        cost += Self.anchorCost(source, target)
        return cost
    }

    /// −ln of the probability of so large a length difference (Gale and Church 1993).
    static func lengthCost(_ source: Double, _ target: Double) -> Double {
        let mean = (source + target / lengthRatio) / 2
        let delta = (target - source * lengthRatio) / (lengthVariance * max(mean, 1)).squareRoot()
        return -log(max(erfc(abs(delta) / 2.0.squareRoot()), 1e-12))
    }

    /// Shared anchors lower the cost, anchors on both sides that do not meet raise it;
    /// the more anchors there are, the more they count.
    static func anchorCost(_ source: ArraySlice<SentenceCues>, _ target: ArraySlice<SentenceCues>) -> Double {
        let a = union(source), b = union(target)
        let total = a.count + b.count
        guard total > 0 else { return 0 }
        let shared = intersectionCount(a, b)
        let dice = 2 * Double(shared) / Double(total)
        let evidence = min(1, Double(total) / 6)
        return anchorWeight * evidence * (0.25 - dice)
    }

    /// A cost turned into 0...1: a clear 1:1 scores near 1, an unexplained 1:0 near 0.25.
    static func confidence(_ cost: Double) -> Double {
        1 / (1 + exp(cost - 3))
    }

    private static func union(_ group: ArraySlice<SentenceCues>) -> [Int32] {
        if group.count == 1 { return group.first!.anchors }
        return Array(Set(group.flatMap(\.anchors))).sorted()
    }

    private static func intersectionCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
}

/// The cells the dynamic programme visits: for each Indonesian position, the English
/// positions within `width` of the diagonal. Enough for the one-sided lines and
/// merges of a real article, and linear in its length.
struct Band {
    let n: Int
    let m: Int
    let width: Int
    private let starts: [Int]

    init(n: Int, m: Int) {
        self.n = n
        self.m = m
        width = max(40, max(n, m) / 8, abs(n - m) + 10)
        var starts: [Int] = [0]
        for i in 0...n {
            starts.append(starts[i] + Self.columns(of: i, n: n, m: m, width: width).count)
        }
        self.starts = starts
    }

    var cellCount: Int { starts[n + 1] }

    func columns(of i: Int) -> ClosedRange<Int> { Self.columns(of: i, n: n, m: m, width: width) }

    private static func columns(of i: Int, n: Int, m: Int, width: Int) -> ClosedRange<Int> {
        let center = n == 0 ? 0 : i * m / n
        return max(0, center - width)...min(m, center + width)
    }

    func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= n else { return nil }
        let range = columns(of: i)
        guard range.contains(j) else { return nil }
        return starts[i] + j - range.lowerBound
    }
}
