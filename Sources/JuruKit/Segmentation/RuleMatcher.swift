import CICUBreak
import Foundation

/// An ordered list of ``SegmentationRule``s compiled with ICU's regular expressions,
/// asked position by position which rule decides.
///
/// Not thread-safe; a ``Segmenter`` owns one.
final class RuleMatcher {
    private let rules: OpaquePointer
    let isBreak: [Bool]
    private let source: String
    private var buffer = [Int32](repeating: 0, count: 16)

    /// Each rule is two compiled ICU expressions with their matchers, some kilobytes:
    /// 100,000 rules took 650 MB. Real rule sets have hundreds per language.
    static let ruleLimit = 10_000

    /// - Parameter source: where the rules come from, for error messages.
    init(_ list: [SegmentationRule], source: String) throws(SegmentationError) {
        guard list.count <= Self.ruleLimit else { throw .tooManyRules(source: source, count: list.count) }
        guard let rules = juru_rules_create() else { throw .icuUnavailable("out of memory") }
        self.rules = rules
        self.isBreak = list.map(\.isBreak)
        self.source = source
        for (index, rule) in list.enumerated() {
            if rule.beforeBreak.isEmpty && rule.afterBreak.isEmpty {
                throw .invalidRule(source: source, rule: index + 1,
                                   reason: Self.named(rule, "both the before-break and the after-break pattern are empty"))
            }
            let beforeICU = JavaRegex.icuPattern(rule.beforeBreak)
            let afterICU = JavaRegex.icuPattern(rule.afterBreak)
            let before = Array(beforeICU.pattern.utf16)
            let after = Array(afterICU.pattern.utf16)
            let last = Array((Self.lastCharacters(of: beforeICU.pattern) ?? "").utf16)
            var message = [CChar](repeating: 0, count: 256)
            var offset: Int32 = -1
            let status = juru_rules_add(
                rules, before, Int32(before.count), after, Int32(after.count),
                rule.isBreak ? 1 : 0, last, Int32(last.count), &message, Int32(message.count), &offset)
            if status != 0 {
                // All stored properties are set, so deinit frees the rule set.
                var reason = String(decoding: message.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
                let isBefore = reason.hasPrefix("before-break")
                let (written, added) = isBefore ? (rule.beforeBreak, beforeICU.added) : (rule.afterBreak, afterICU.added)
                reason = reason.replacingFirst(isBefore ? "before-break pattern" : "after-break pattern",
                                               with: (isBefore ? "before-break pattern " : "after-break pattern ") + "`\(written)`")
                if offset >= 0 {
                    reason += " at offset \(JavaRegex.writtenOffset(Int(offset), in: written, added: added))"
                }
                throw .invalidRule(source: source, rule: index + 1, reason: Self.named(rule, reason))
            }
        }
        try probe(list)
    }

    /// Runs each rule that repeats a group (where runaway backtracking lives) over
    /// runs of the characters it names, so that such a rule is refused when loaded
    /// rather than stopped by the first paragraph it meets.
    private func probe(_ list: [SegmentationRule]) throws(SegmentationError) {
        for (index, rule) in list.enumerated() {
            let pattern = rule.beforeBreak + " " + rule.afterBreak
            guard pattern.contains(")+") || pattern.contains(")*") || pattern.contains("){") else { continue }
            var characters: [Character] = ["a", " ", "1", "."]
            for character in pattern where !characters.contains(character) && characters.count < 16
                && !"\\()[]{}|^$*+?".contains(character) {
                characters.append(character)
            }
            for character in characters {
                let run = Array((String(repeating: character, count: 40) + "\u{1}").utf16)
                let stopped = run.withUnsafeBufferPointer {
                    juru_rules_probe(rules, Int32(index), $0.baseAddress, Int32($0.count))
                }
                if stopped != 0 {
                    throw .invalidRule(source: source, rule: index + 1, reason: Self.named(rule, """
                        it takes too long on a run of "\(String(repeating: character, count: 3))…" \
                        (a repetition inside a repetition, such as (a+)+, backtracks without end)
                        """))
                }
            }
        }
    }

    /// A reason, preceded by where the rule was written when it came from a file.
    private static func named(_ rule: SegmentationRule, _ reason: String) -> String {
        guard let origin = rule.origin else { return reason }
        return "“\(origin.languageRule)” rule \(origin.number) (line \(origin.line)): \(reason)"
    }

    /// The rules stopped while matching (their match ran out of ICU's time or stack
    /// limit), by number from 1.
    var stoppedRules: [Int] {
        (0..<isBreak.count).filter { juru_rules_stopped(rules, Int32($0)) != 0 }.map { $0 + 1 }
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
        return lastCharacters(of: chars[...])
    }

    private static func lastCharacters(of chars: ArraySlice<Character>) -> String? {
        guard var end = chars.indices.last.map({ $0 + 1 }) else { return nil }
        // A trailing `*` or `?` makes the last atom optional: it or what precedes it ends
        // the match. A trailing `+` repeats it, and it still has to be there.
        var optional = false
        let all = Array(chars)
        if let quantifier = all.last, "*?+".contains(quantifier), !isEscaped(all, all.count - 1) {
            optional = quantifier != "+"
            end -= 1
        } else if all.last == "}", !isEscaped(all, all.count - 1), let open = all.lastIndex(of: "{"),
                  let minimum = Int(all[(open + 1)..<(all.count - 1)].split(separator: ",", omittingEmptySubsequences: false)
                      .first.map { String($0) } ?? "") {
            // {m,n}: optional when m is 0, like `*`; otherwise like `+`.
            optional = minimum == 0
            end = chars.startIndex + open
        }
        guard end > chars.startIndex, let (atom, start) = lastAtom(chars[chars.startIndex..<end]) else { return nil }
        guard optional else { return atom }
        guard let before = lastCharacters(of: chars[chars.startIndex..<start]) else { return nil }
        let union = String(Set(atom + before).sorted())
        return union.utf16.count <= 16 ? union : nil
    }

    /// The characters the last atom of `chars` matches, and where the atom starts: a
    /// literal, an escaped punctuation mark, or a class of such.
    private static func lastAtom(_ chars: ArraySlice<Character>) -> (String, Int)? {
        let all = Array(chars)
        let end = all.count
        let last = all[end - 1]
        if last == "]" && !isEscaped(all, end - 1) {
            guard let open = all[..<(end - 1)].lastIndex(of: "["), !isEscaped(all, open) else { return nil }
            var members = ""
            var i = open + 1
            guard i < end - 1, all[i] != "^" else { return nil }
            while i < end - 1 {
                var c = all[i]
                if c == "\\" {
                    i += 1
                    guard i < end - 1 else { return nil }
                    c = all[i]
                    guard !c.isLetter && !c.isNumber else { return nil }  // \p, \s, \d, \u…
                } else if c == "-" || c == "[" || c == "&" {
                    return nil
                }
                members.append(c)
                i += 1
            }
            return members.utf16.count <= 16 ? (members, chars.startIndex + open) : nil
        }
        if isEscaped(all, end - 1) {
            return last.isLetter || last.isNumber ? nil : (String(last), chars.startIndex + end - 2)
        }
        let metacharacters: Set<Character> = [".", "*", "?", "+", ")", "}", "$", "|", "^", "(", "{", "\\"]
        return metacharacters.contains(last) ? nil : (String(last), chars.startIndex + end - 1)
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

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
