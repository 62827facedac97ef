import Foundation
import JuruKit

/// The lines `juru segment --explain` writes under a paragraph's segments: for each
/// candidate boundary, whether it split, after which words, and the rule that decided
/// (as `juru rules show` numbers it, with its file, language rule and line) or ICU.
enum BoundaryExplanation {
    static func write(_ decisions: [BoundaryDecision], of paragraph: String, to output: inout OutputBuffer) {
        let utf16 = Array(paragraph.utf16)
        for decision in decisions {
            let mark = decision.isBreak ? "  ‖ break    " : "  · no break "
            var line = "\(mark) after “\(tail(of: utf16, before: decision.offset))”: "
            if let rule = decision.rule, let number = decision.ruleNumber {
                line += "rule \(number)"
                if let origin = rule.origin { line += ", \(origin)" }
                line += "  \(rule.beforeBreak)  ‖  \(rule.afterBreak)"
            } else {
                line += "ICU's sentence boundary (no rule matched)"
            }
            output.write(line + "\n")
        }
    }

    /// The last word or two before a position, enough to find the place in the text.
    private static func tail(of utf16: [UInt16], before offset: Int) -> String {
        var start = offset
        var spaces = 0
        while start > 0 {
            let unit = utf16[start - 1]
            if unit == 0x20 { spaces += 1 }
            if spaces == 2 { break }
            start -= 1
        }
        let text = String(decoding: utf16[start..<offset], as: UTF16.self)
        return text.trimmingCharacters(in: .whitespaces)
    }
}
