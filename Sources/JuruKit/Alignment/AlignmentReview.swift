/// A translator's pass over the links the aligner was unsure of: accept, reject,
/// join with the next link, or split off the first sentences.
///
/// The review keeps the links in document order; joining and splitting replace
/// links in place, and what they make waits for the translator's decision.
public struct AlignmentReview: Sendable {
    public enum Decision: Sendable, Equatable {
        case accepted
        case rejected
    }

    public private(set) var links: [AlignmentLink]
    /// One per link: nil while it waits.
    public private(set) var decisions: [Decision?]

    public init(links: [AlignmentLink]) {
        self.links = links
        // Confident links with text on both sides are accepted; the rest wait.
        decisions = links.map { !$0.needsReview && !$0.source.isEmpty && !$0.target.isEmpty ? .accepted : nil }
        for (index, link) in links.enumerated() where !link.needsReview && (link.source.isEmpty || link.target.isEmpty) {
            decisions[index] = .rejected  // a confident one-sided line: nothing to store
        }
    }

    /// The first link still waiting at or after `index`.
    public func nextPending(from index: Int = 0) -> Int? {
        decisions.indices.first { $0 >= index && decisions[$0] == nil }
    }

    public mutating func accept(_ index: Int) { decisions[index] = .accepted }

    public mutating func reject(_ index: Int) { decisions[index] = .rejected }

    /// Joins link `index` with the one after it. False when it is the last, or the
    /// next one is already accepted (and stored).
    @discardableResult
    public mutating func join(_ index: Int) -> Bool {
        guard index + 1 < links.count, decisions[index + 1] != .accepted else { return false }
        let (a, b) = (links[index], links[index + 1])
        let joined = AlignmentLink(source: Self.span(a.source, b.source), target: Self.span(a.target, b.target),
                                   confidence: 1)
        links.replaceSubrange(index...index + 1, with: [joined])
        decisions.replaceSubrange(index...index + 1, with: [nil])
        return true
    }

    /// Splits link `index` into its first sentences (one of each side that has any)
    /// and the rest. False when there is nothing to split.
    @discardableResult
    public mutating func split(_ index: Int) -> Bool {
        let link = links[index]
        guard link.source.count > 1 || link.target.count > 1 else { return false }
        let firstSource = link.source.isEmpty ? link.source : link.source.lowerBound..<link.source.lowerBound + 1
        let firstTarget = link.target.isEmpty ? link.target : link.target.lowerBound..<link.target.lowerBound + 1
        let first = AlignmentLink(source: firstSource, target: firstTarget, confidence: 1)
        let rest = AlignmentLink(source: firstSource.upperBound..<link.source.upperBound,
                                 target: firstTarget.upperBound..<link.target.upperBound, confidence: 1)
        links.replaceSubrange(index...index, with: [first, rest])
        decisions.replaceSubrange(index...index, with: [nil, nil])
        return true
    }

    /// The links accepted, with text on both sides.
    public var accepted: [AlignmentLink] {
        links.indices.filter { decisions[$0] == .accepted && !links[$0].source.isEmpty && !links[$0].target.isEmpty }
            .map { links[$0] }
    }

    private static func span(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        if a.isEmpty { return b.isEmpty ? a : b }
        if b.isEmpty { return a }
        return min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }
}
