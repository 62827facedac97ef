/// The cost of one link: what the dynamic programme asks millions of times, so it
/// counts shared anchors with stamps instead of building sets.
struct LinkScorer {
    /// One side's cues in flat arrays, read without reference counting.
    private struct Side {
        var lengths: [Int] = []
        var isOneSided: [Bool] = []
        var opensParagraph: [Bool] = []
        var anchorStarts: [Int] = [0]
        var anchors: [Int32] = []
        /// Per sentence, the names and numbers that tell it apart (``StrayLines``), and
        /// whether a number of two digits or more is among them.
        var tellingStarts: [Int] = [0]
        var telling: [Int32] = []
        var hasTellingFigure: [Bool] = []

        init(_ cues: [SentenceCues]) {
            for (cue, (tellingKeys, hasFigure)) in zip(cues, StrayLines.telling(cues)) {
                hasTellingFigure.append(hasFigure)
                lengths.append(cue.length)
                isOneSided.append(cue.isOneSided)
                opensParagraph.append(cue.opensParagraph)
                anchors += cue.anchors
                anchorStarts.append(anchors.count)
                telling += tellingKeys
                tellingStarts.append(telling.count)
            }
        }
    }

    private let source: Side
    private let target: Side
    private let ratio: Double
    /// Per anchor key: the evaluation that last saw it on the target side, and on the
    /// source side.
    private var targetStamp: [UInt32]
    private var sourceStamp: [UInt32]
    private var stamp: UInt32 = 0

    init(source: [SentenceCues], target: [SentenceCues], ratio: Double) {
        self.source = Side(source)
        self.target = Side(target)
        self.ratio = ratio
        let keys = Int((source + target).lazy.flatMap(\.anchors).max() ?? -1) + 1
        targetStamp = Array(repeating: 0, count: keys)
        sourceStamp = Array(repeating: 0, count: keys)
    }

    /// Lower for a likelier link.
    mutating func cost(_ shape: SentenceAligner.Shape, _ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> Double {
        if sourceRange.isEmpty || targetRange.isEmpty {
            // A sentence with no counterpart: likely only for a line of the kind that has none.
            let oneSided = sourceRange.isEmpty ? target.isOneSided[targetRange.lowerBound]
                : source.isOneSided[sourceRange.lowerBound]
            return shape.prior + (oneSided ? -3 : 0)
        }
        var cost = shape.prior
        var sourceLength = 0, targetLength = 0
        var sourceOneSided = false, targetOneSided = false
        for index in sourceRange {
            sourceLength += source.lengths[index]
            sourceOneSided = sourceOneSided || source.isOneSided[index]
        }
        for index in targetRange {
            targetLength += target.lengths[index]
            targetOneSided = targetOneSided || target.isOneSided[index]
        }
        // A one-sided line is not part of a translation.
        if sourceOneSided != targetOneSided { cost += 6 }
        // Nor does a link run across a paragraph boundary.
        if sourceRange.dropFirst().contains(where: { source.opensParagraph[$0] })
            || targetRange.dropFirst().contains(where: { target.opensParagraph[$0] }) {
            cost += 4
        }
        cost += SentenceAligner.lengthCost(Double(sourceLength), Double(targetLength), ratio: ratio)
        cost += anchorCost(sourceRange, targetRange)
        cost += Double(strays(sourceRange, targetRange)) * StrayLines.cost
        return cost
    }

    /// How many sentences of the link carry telling numbers and names none of which
    /// the other side has, while the other side has telling numbers of its own: lines
    /// one side added, caught in a link. (A number one side spells out in words is no
    /// disagreement.) Reads the stamps the last ``anchorCost(_:_:)`` left.
    private func strays(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> Int {
        guard sourceRange.contains(where: { source.hasTellingFigure[$0] }),
              targetRange.contains(where: { target.hasTellingFigure[$0] }) else { return 0 }
        var strays = 0
        for index in sourceRange where source.hasTellingFigure[index] {
            let keys = source.telling[source.tellingStarts[index]..<source.tellingStarts[index + 1]]
            if !keys.contains(where: { targetStamp[Int($0)] == stamp }) { strays += 1 }
        }
        for index in targetRange where target.hasTellingFigure[index] {
            let keys = target.telling[target.tellingStarts[index]..<target.tellingStarts[index + 1]]
            if !keys.contains(where: { sourceStamp[Int($0)] == stamp }) { strays += 1 }
        }
        return strays
    }

    /// Shared anchors lower the cost, anchors on both sides that do not meet raise it;
    /// the more anchors there are, the more they count.
    private mutating func anchorCost(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> Double {
        stamp &+= 1
        if stamp == 0 {  // wrapped: start the stamps again
            for index in targetStamp.indices { targetStamp[index] = 0; sourceStamp[index] = 0 }
            stamp = 1
        }
        var targetKeys = 0, sourceKeys = 0, shared = 0
        let stamp = stamp
        targetStamp.withUnsafeMutableBufferPointer { targetStamp in
            sourceStamp.withUnsafeMutableBufferPointer { sourceStamp in
                target.anchors.withUnsafeBufferPointer { anchors in
                    for position in target.anchorStarts[targetRange.lowerBound]..<target.anchorStarts[targetRange.upperBound] {
                        let key = Int(anchors[position])
                        if targetStamp[key] != stamp { targetStamp[key] = stamp; targetKeys += 1 }
                    }
                }
                source.anchors.withUnsafeBufferPointer { anchors in
                    for position in source.anchorStarts[sourceRange.lowerBound]..<source.anchorStarts[sourceRange.upperBound] {
                        let key = Int(anchors[position])
                        if sourceStamp[key] != stamp {
                            sourceStamp[key] = stamp
                            sourceKeys += 1
                            if targetStamp[key] == stamp { shared += 1 }
                        }
                    }
                }
            }
        }
        let total = sourceKeys + targetKeys
        guard total > 0 else { return 0 }
        let dice = 2 * Double(shared) / Double(total)
        let evidence = min(1, Double(total) / 6)
        return SentenceAligner.anchorWeight * evidence * (0.25 - dice)
    }
}
