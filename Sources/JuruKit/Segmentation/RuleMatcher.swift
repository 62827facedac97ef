import CICUBreak

/// An ordered list of ``SegmentationRule``s compiled with ICU's regular expressions,
/// asked position by position which rule decides.
///
/// Not thread-safe; a ``Segmenter`` owns one.
final class RuleMatcher {
    private let rules: OpaquePointer
    let isBreak: [Bool]
    private var buffer = [Int32](repeating: 0, count: 16)

    /// - Parameter source: where the rules come from, for error messages.
    init(_ list: [SegmentationRule], source: String) throws(SegmentationError) {
        guard let rules = juru_rules_create() else { throw .icuUnavailable("out of memory") }
        self.rules = rules
        self.isBreak = list.map(\.isBreak)
        for (index, rule) in list.enumerated() {
            let before = Array(rule.beforeBreak.utf16)
            let after = Array(rule.afterBreak.utf16)
            let last = Array((Self.lastCharacters(of: rule.beforeBreak) ?? "").utf16)
            var message = [CChar](repeating: 0, count: 256)
            let status = juru_rules_add(
                rules, before, Int32(before.count), after, Int32(after.count),
                rule.isBreak ? 1 : 0, last, Int32(last.count), &message, Int32(message.count))
            if status != 0 {
                // All stored properties are set, so deinit frees the rule set.
                let reason = String(decoding: message.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
                throw .invalidRule(source: source, rule: index + 1, reason: reason)
            }
        }
    }

    deinit {
        juru_rules_free(rules)
    }

    var hasBreakRules: Bool { isBreak.contains(true) }

    /// Points the matcher at a paragraph; the buffer must outlive the calls that follow.
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        juru_rules_set_text(rules, text.baseAddress, Int32(text.count))
    }

    /// The index of the first rule that matches at either end of the white space
    /// `boundary` (an empty range for a boundary with no space), if any.
    func firstMatch(at boundary: ClosedRange<Int>) -> Int? {
        let index = juru_rules_first_match(rules, Int32(boundary.lowerBound), Int32(boundary.upperBound))
        return index < 0 ? nil : Int(index)
    }

    /// Positions where a break rule matches, unsorted.
    func breakPositions() -> ArraySlice<Int32> {
        while true {
            let count = buffer.withUnsafeMutableBufferPointer {
                juru_rules_break_positions(rules, $0.baseAddress, Int32($0.count))
            }
            if Int(count) <= buffer.count { return buffer[0..<Int(max(count, 0))] }
            buffer = [Int32](repeating: 0, count: Int(count) * 2)
        }
    }

    /// The characters a before-break pattern can end with, when its tail makes that
    /// plain (`Dr\.` ends with "."; `[?!]["”]` with a quote), or `nil`.
    ///
    /// It lets the matcher skip the regular expressions at positions that cannot match.
    /// Anything it does not understand gives `nil`, which only costs time.
    static func lastCharacters(of pattern: String) -> String? {
        let chars = Array(pattern)
        guard !chars.isEmpty, !hasTopLevelAlternation(chars) else { return nil }
        var end = chars.count
        // A trailing `+` repeats the last atom, which still has to be there.
        if chars[end - 1] == "+" && !isEscaped(chars, end - 1) { end -= 1 }
        guard end > 0 else { return nil }
        let last = chars[end - 1]
        if last == "]" && !isEscaped(chars, end - 1) {
            guard let open = chars[..<(end - 1)].lastIndex(of: "["), !isEscaped(chars, open) else { return nil }
            var members = ""
            var i = open + 1
            guard i < end - 1, chars[i] != "^" else { return nil }
            while i < end - 1 {
                var c = chars[i]
                if c == "\\" {
                    i += 1
                    guard i < end - 1 else { return nil }
                    c = chars[i]
                    guard !c.isLetter && !c.isNumber else { return nil }  // \p, \s, \d, \u…
                } else if c == "-" || c == "[" || c == "&" {
                    return nil
                }
                members.append(c)
                i += 1
            }
            return members.utf16.count <= 16 ? members : nil
        }
        if isEscaped(chars, end - 1) {
            return last.isLetter || last.isNumber ? nil : String(last)
        }
        let metacharacters: Set<Character> = [".", "*", "?", "+", ")", "}", "$", "|", "^", "(", "{", "\\"]
        return metacharacters.contains(last) ? nil : String(last)
    }

    private static func isEscaped(_ chars: [Character], _ index: Int) -> Bool {
        var backslashes = 0
        var i = index - 1
        while i >= 0 && chars[i] == "\\" {
            backslashes += 1
            i -= 1
        }
        return backslashes % 2 == 1
    }

    private static func hasTopLevelAlternation(_ chars: [Character]) -> Bool {
        var depth = 0
        var inClass = false
        for (i, c) in chars.enumerated() where !isEscaped(chars, i) {
            switch c {
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }
}
