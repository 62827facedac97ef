/// One link of an alignment: Indonesian sentences and the English sentences that
/// translate them. An empty side is a sentence with no counterpart (a "Baca juga"
/// line, a wire-service credit).
public struct AlignmentLink: Sendable, Equatable {
    /// Indices into the Indonesian sentences.
    public var source: Range<Int>
    /// Indices into the English sentences.
    public var target: Range<Int>
    /// How sure the aligner is, 0...1.
    public var confidence: Double

    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// Confidence below which a link is shown for review rather than stored silently.
    public static let reviewThreshold = 0.5

    public var needsReview: Bool { confidence < Self.reviewThreshold }

    /// "1:1", "2:1", "1:0"…
    public var kind: String { "\(source.count):\(target.count)" }
}
