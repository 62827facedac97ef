/// A translator's pass over the links the aligner was unsure of: accept, reject,
/// join with the next link, or split off the first sentences.
///
/// The review keeps the links in document order; joining and splitting replace
/// links in place, and what they make waits for the translator's decision.
public struct AlignmentReview: Sendable {
    public enum Decision: Sendable, Equatable {
        case accepted
        case rejected
        /// A confident link the translator has not yet agreed to store: they take
        /// these all at once (``acceptProposed()``), not one by one.
        case proposed
    }

    public private(set) var links: [AlignmentLink]
    /// One per link: nil while it waits.
    public private(set) var decisions: [Decision?]

    /// Confident links with text on both sides are accepted when `acceptingConfident`
    /// (the translator asked for them with `--into-memory`), proposed otherwise; a
    /// confident one-sided line is rejected (nothing to store); the rest wait.
    public init(links: [AlignmentLink], acceptingConfident: Bool) {
        self.links = links
        decisions = links.map { link in
            guard !link.needsReview else { return nil }
            if link.source.isEmpty || link.target.isEmpty { return .rejected }
            return acceptingConfident ? .accepted : .proposed
        }
    }

    /// The confident links still waiting for the translator's word.
    public var proposed: [AlignmentLink] {
        links.indices.filter { decisions[$0] == .proposed }.map { links[$0] }
    }

    /// Accepts every proposed link; returns them.
    public mutating func acceptProposed() -> [AlignmentLink] {
        let taken = proposed
        for index in decisions.indices where decisions[index] == .proposed { decisions[index] = .accepted }
        return taken
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
