/// One SRX rule: a position in a paragraph is a segment boundary (or is not, for a
/// no-break rule) when the text before it matches `beforeBreak` and the text after it
/// matches `afterBreak`.
///
/// Positions sit right after the punctuation, before any whitespace, as in the SRX
/// rules that OmegaT and Okapi write: `Dr\.` before and `\s+\p{Lu}` after.
public struct SegmentationRule: Hashable, Sendable {
    /// `true` for a break rule, `false` for an exception (`break="no"`).
    public var isBreak: Bool
    /// An ICU regular expression (Java syntax works) for the text before the position.
    public var beforeBreak: String
    /// An ICU regular expression for the text after the position.
    public var afterBreak: String

    public init(isBreak: Bool, beforeBreak: String, afterBreak: String) {
        self.isBreak = isBreak
        self.beforeBreak = beforeBreak
        self.afterBreak = afterBreak
    }
}
