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

    /// English content length per Indonesian character, for news (English runs about
    /// 10 % shorter). A long enough pair of documents measures its own.
    static let lengthRatio = 0.9
    /// How many characters of the usual ratio a document's own is weighed against.
    static let ratioPriorWeight = 2_000.0
    /// Variance of that ratio per character (Gale and Church measured 6.8).
    static let lengthVariance = 6.8
    /// How much costlier than the best cell of the previous row a cell may be and still
    /// be extended.
    static let pruningMargin = 40.0
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
            (4, 1, 0.003), (1, 4, 0.003),
        ]
        return probabilities.map { Shape(source: $0.0, target: $0.1, prior: -log($0.2) + log(0.85)) }
    }()

    /// Aligns two documents' sentences. Given the paragraph of every sentence on both
    /// sides, a link that runs across a paragraph boundary costs more: translators
    /// merge and split sentences, rarely paragraphs.
    public func align(source: [String], target: [String],
                      sourceParagraphs: [Int]? = nil, targetParagraphs: [Int]? = nil) -> [AlignmentLink] {
        var extractor = CueExtractor(glossary: glossary)
        var sourceCues = source.map { extractor.cues(forIndonesian: $0) }
        var targetCues = target.map { extractor.cues(forEnglish: $0) }
        if let sourceParagraphs, let targetParagraphs,
           sourceParagraphs.count == source.count, targetParagraphs.count == target.count {
            for index in sourceCues.indices.dropFirst() {
                sourceCues[index].opensParagraph = sourceParagraphs[index] != sourceParagraphs[index - 1]
            }
            for index in targetCues.indices.dropFirst() {
                targetCues[index].opensParagraph = targetParagraphs[index] != targetParagraphs[index - 1]
            }
        }
        return align(sourceCues, targetCues)
    }

    func align(_ source: [SentenceCues], _ target: [SentenceCues]) -> [AlignmentLink] {
        let n = source.count, m = target.count
        // Translators differ (a Bible runs longer in English than a wire story): the
        // document's own ratio, drawn towards the usual one by as much text as a short
        // article holds, one-sided lines left out.
        let sourceTotal = Double(source.reduce(0) { $0 + ($1.isOneSided ? 0 : $1.length) })
        let targetTotal = Double(target.reduce(0) { $0 + ($1.isOneSided ? 0 : $1.length) })
        let prior = Self.ratioPriorWeight
        let ratio = min(1.6, max(0.6, (targetTotal + Self.lengthRatio * prior) / (sourceTotal + prior)))
        var scorer = LinkScorer(source: source, target: target, ratio: ratio)

        // A narrow band first; where the best path runs along its edge, the true path may
        // lie outside it, so the band is widened and the search run again.
        let centers = Band.centers(sourceLengths: source.map(\.length), targetLengths: target.map(\.length))
        var width = max(30, max(n, m) / 25)
        var pruning = true
        while true {
            let band = Band(centers: centers, m: m, width: width)
            let (steps, touchesEdge, reachedEnd) = search(band, pruning: pruning, &scorer)
            // Past a width of 1,000 sentences a wider band costs more than it can find.
            if reachedEnd && (!touchesEdge || band.coversEverything || width >= 1_000) { return links(steps, band, &scorer) }
            if !reachedEnd && pruning {
                pruning = false  // the row's best cell led nowhere; search again without it
            } else {
                width *= 2
            }
        }
    }

    /// The cheapest path through `band`: the shape taken into each cell, and whether
    /// the path comes near the band's edge.
    private func search(_ band: Band, pruning: Bool, _ scorer: inout LinkScorer)
        -> (steps: [Int8], touchesEdge: Bool, reachedEnd: Bool) {
        let n = band.n, m = band.m
        var cost = [Double](repeating: .infinity, count: band.cellCount)
        var step = [Int8](repeating: -1, count: band.cellCount)
        cost[band.cell(0, 0)!] = 0
        // A cell far costlier than the best of the row before is never on the best
        // path in practice; skipping it keeps the search fast on long documents.
        var reference = pruning ? 0.0 : .infinity
        for i in 0...n {
            let columns = band.columns(of: i)
            let rowStart = band.cell(i, columns.lowerBound)!
            var rowBest = Double.infinity
            for j in columns {
                let here = rowStart + j - columns.lowerBound
                rowBest = min(rowBest, cost[here])
                guard cost[here] < reference + Self.pruningMargin else { continue }
                for (index, shape) in Self.shapes.enumerated() {
                    let ni = i + shape.source, nj = j + shape.target
                    guard ni <= n, nj <= m, let next = band.cell(ni, nj) else { continue }
                    let total = cost[here] + scorer.cost(shape, i..<ni, j..<nj)
                    if total < cost[next] {
                        cost[next] = total
                        step[next] = Int8(index)
                    }
                }
            }
            if pruning && rowBest < .infinity { reference = rowBest }
        }
        guard let end = band.cell(n, m), n + m == 0 || step[end] >= 0 else { return (step, false, false) }
        var touchesEdge = false
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let cell = band.cell(i, j), step[cell] >= 0 else { break }
            if band.isNearEdge(i, j) { touchesEdge = true }
            let shape = Self.shapes[Int(step[cell])]
            (i, j) = (i - shape.source, j - shape.target)
        }
        return (step, touchesEdge, true)
    }

    private func links(_ step: [Int8], _ band: Band, _ scorer: inout LinkScorer) -> [AlignmentLink] {
        var links: [AlignmentLink] = []
        var i = band.n, j = band.m
        while i > 0 || j > 0 {
            guard let cell = band.cell(i, j), step[cell] >= 0 else { break }
            let shape = Self.shapes[Int(step[cell])]
            let (si, sj) = (i - shape.source, j - shape.target)
            let own = scorer.cost(shape, si..<i, sj..<j)
            links.append(AlignmentLink(source: si..<i, target: sj..<j, confidence: Self.confidence(own)))
            (i, j) = (si, sj)
        }
        return links.reversed()
    }

    /// −ln of the probability of so large a length difference (Gale and Church 1993).
    static func lengthCost(_ source: Double, _ target: Double, ratio: Double) -> Double {
        let mean = (source + target / ratio) / 2
        let delta = abs(target - source * ratio) / (lengthVariance * max(mean, 1)).squareRoot()
        return TwoTailCost.of(delta)
    }

    /// A cost turned into 0...1: a clear 1:1 scores near 1, an unexplained 1:0 near 0.25.
    static func confidence(_ cost: Double) -> Double {
        1 / (1 + exp(cost - 3))
    }

}

/// The cells the dynamic programme visits: for each Indonesian position, the English
/// positions within `width` of the diagonal. Linear in the document's length; the
/// aligner widens it where the best path runs along its edge.
struct Band {
    let n: Int
    let m: Int
    let width: Int
    /// For each Indonesian position, the English position the same share of the text
    /// into the document: the diagonal the band follows.
    private let centers: [Int]
    private let starts: [Int]

    init(centers: [Int], m: Int, width: Int) {
        n = centers.count - 1
        self.m = m
        self.width = width
        self.centers = centers
        var starts: [Int] = [0]
        for center in centers {
            starts.append(starts[starts.count - 1] + Self.columns(center: center, m: m, width: width).count)
        }
        self.starts = starts
    }

    /// The diagonal by length rather than by sentence count, so that a stretch of
    /// long Indonesian sentences split in English does not pull the path off it.
    static func centers(sourceLengths: [Int], targetLengths: [Int]) -> [Int] {
        let sourceTotal = max(1, sourceLengths.reduce(0, +)), targetTotal = max(1, targetLengths.reduce(0, +))
        var centers = [0]
        var sourceSoFar = 0, targetSoFar = 0, j = 0
        for length in sourceLengths {
            sourceSoFar += length
            let wanted = Double(sourceSoFar) / Double(sourceTotal) * Double(targetTotal)
            while j < targetLengths.count && Double(targetSoFar + targetLengths[j]) <= wanted + Double(targetLengths[j]) / 2 {
                targetSoFar += targetLengths[j]
                j += 1
            }
            centers.append(j)
        }
        if let last = centers.indices.last { centers[last] = targetLengths.count }
        return centers
    }

    var cellCount: Int { starts[n + 1] }

    /// Every cell is in the band: widening cannot help.
    var coversEverything: Bool { width >= max(n, m) }

    func columns(of i: Int) -> ClosedRange<Int> { Self.columns(center: centers[i], m: m, width: width) }

    private static func columns(center: Int, m: Int, width: Int) -> ClosedRange<Int> {
        max(0, min(m, center - width))...min(m, max(0, center + width))
    }

    func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= n else { return nil }
        let range = columns(of: i)
        guard range.contains(j) else { return nil }
        return starts[i] + j - range.lowerBound
    }

    /// Within a few cells of the band's side (not of the document's).
    func isNearEdge(_ i: Int, _ j: Int) -> Bool {
        let range = columns(of: i)
        return (j - range.lowerBound < 4 && range.lowerBound > 0) || (range.upperBound - j < 4 && range.upperBound < m)
    }
}
