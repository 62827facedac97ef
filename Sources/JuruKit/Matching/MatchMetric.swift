/// How two Indonesian sentences are compared, both as a similarity from 0 to 1.
public enum MatchMetric: String, Sendable, CaseIterable {
    /// Word-level edit distance, as OmegaT scores its fuzzy matches: words are runs
    /// of letters and digits, lowercased; punctuation and spacing are ignored.
    /// `1 − d / max(words)`.
    case word
    /// Character-level edit distance over the text with its spacing collapsed:
    /// case and punctuation count. `1 − d / max(characters)`.
    case char
}

/// The lowest similarity a match must reach, given by a translator as a percentage
/// (`75`) or a fraction (`0.75`).
public struct MatchThreshold: Sendable, Equatable, CustomStringConvertible {
    /// The threshold as a fraction, 0...1.
    public var fraction: Double

    public init(fraction: Double) {
        self.fraction = min(max(fraction, 0), 1)
    }

    /// Reads `75`, `75%` or `0.75`. Values above 1 are percentages.
    public init?(_ text: String) {
        var text = text.trimmingWhitespace()
        if text.hasSuffix("%") { text.removeLast() }
        guard let value = Double(text), value.isFinite, value >= 0, value <= 100 else { return nil }
        self.init(fraction: value > 1 ? value / 100 : value)
    }

    public var description: String { "\(Int((fraction * 100).rounded()))%" }
}
