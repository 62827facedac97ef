import Foundation

/// What can go wrong when segmentation rules are loaded.
public enum SegmentationError: Error, LocalizedError, Equatable {
    /// The system ICU library could not open a sentence break iterator.
    case icuUnavailable(String)
    /// A rule's regular expression does not compile.
    case invalidRule(source: String, rule: Int, reason: String)
    /// A rule ran out of ICU's time or stack limit on some text and was stopped.
    case ruleStopped(source: String, rule: Int)
    /// More rules apply to the language than any real rule set has.
    case tooManyRules(source: String, count: Int)
    /// An SRX file is not well-formed XML or not SRX.
    case malformedSRX(file: String, line: Int, column: Int, reason: String)
    /// An SRX file has no rules for the language asked for.
    case noRulesForLanguage(file: String, language: String)

    public var errorDescription: String? {
        switch self {
        case .icuUnavailable(let reason):
            "ICU is not usable (\(reason)); install libicu-dev and rebuild"
        case .invalidRule(let source, let rule, let reason):
            "\(source): rule \(rule): \(reason); fix the regular expression or remove the rule"
        case .ruleStopped(let source, let rule):
            "\(source): rule \(rule) took too long on this text and was stopped; the other rules went on (fix the regular expression or remove the rule)"
        case .tooManyRules(let source, let count):
            "\(source): \(Plural.number(count)) rules apply to Indonesian; Juru reads at most \(Plural.number(RuleMatcher.ruleLimit)) (OmegaT's and LanguageTool's files hold a few thousand for all their languages)"
        case .malformedSRX(let file, let line, let column, let reason):
            "\(file):\(line):\(column): not a valid SRX 2.0 file: \(reason)"
        case .noRulesForLanguage(let file, let language):
            "\(file): no language rules map to '\(language)'; add a <languagemap> for it"
        }
    }
}
