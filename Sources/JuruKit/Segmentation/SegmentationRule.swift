/// One SRX rule: a position in a paragraph is a segment boundary (or is not, for a
/// no-break rule) when the text before it matches `beforeBreak` and the text after it
/// matches `afterBreak`. An empty pattern matches anything, as SRX 2.0 has it.
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
    /// Where the rule was read, when it came from a file. Not part of what the rule is:
    /// the same patterns from two files are the same rule.
    public var origin: RuleOrigin?

    public init(isBreak: Bool, beforeBreak: String, afterBreak: String, origin: RuleOrigin? = nil) {
        self.isBreak = isBreak
        self.beforeBreak = beforeBreak
        self.afterBreak = afterBreak
        self.origin = origin
    }

    public static func == (lhs: SegmentationRule, rhs: SegmentationRule) -> Bool {
        lhs.isBreak == rhs.isBreak && lhs.beforeBreak == rhs.beforeBreak && lhs.afterBreak == rhs.afterBreak
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isBreak)
        hasher.combine(beforeBreak)
        hasher.combine(afterBreak)
    }
}
