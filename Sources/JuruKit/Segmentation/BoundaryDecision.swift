/// How one candidate boundary in a paragraph was decided, for `juru segment --explain`:
/// who proposed it (ICU or a break rule) and which rule, if any, settled it.
public struct BoundaryDecision: Sendable, Equatable {
    /// UTF-16 offset into the paragraph, after the punctuation and before the white space.
    public var offset: Int
    public var isBreak: Bool
    /// The rule that decided, when one matched; `nil` when ICU's proposal stood.
    public var rule: SegmentationRule?
    /// The rule's number in the rules in force (as `juru rules show` lists them), from 1.
    public var ruleNumber: Int?
    /// Whether ICU's sentence break iterator proposed the position (else a break rule did).
    public var proposedByICU: Bool
}
