/// What differs between a memory match's source and the segment being translated,
/// word by word: the edit script a translator reads to see what to change.
public struct WordDiff: Sendable, Equatable {
    public enum Edit: Sendable, Equatable {
        case same(String)
        /// A word of the match that the segment does not have.
        case removed(String)
        /// A word of the segment that the match does not have.
        case added(String)
        /// A word of the match that the segment has another word in place of.
        case replaced(String, with: String)
    }

    public var edits: [Edit]

    /// The word-level edit script from `match` to `segment` (words as the word
    /// metric sees them, compared without case; shown as written in each).
    public init(from match: String, to segment: String) {
        let a = WordDiff.words(match), b = WordDiff.words(segment)
        let la = a.map { $0.lowercased() }, lb = b.map { $0.lowercased() }
        let n = a.count, m = b.count
        var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][0] = i }
        for j in 0...m { cost[0][j] = j }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    cost[i][j] = min(cost[i - 1][j - 1] + (la[i - 1] == lb[j - 1] ? 0 : 1),
                                     cost[i - 1][j] + 1, cost[i][j - 1] + 1)
                }
            }
        }
        var edits: [Edit] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0 && j > 0 && la[i - 1] == lb[j - 1] && cost[i][j] == cost[i - 1][j - 1] {
                edits.append(.same(b[j - 1])); i -= 1; j -= 1
            } else if i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + 1 {
                edits.append(.replaced(a[i - 1], with: b[j - 1])); i -= 1; j -= 1
            } else if i > 0 && cost[i][j] == cost[i - 1][j] + 1 {
                edits.append(.removed(a[i - 1])); i -= 1
            } else {
                edits.append(.added(b[j - 1])); j -= 1
            }
        }
        self.edits = edits.reversed()
    }

    /// True when the words differ, and every difference is a number replaced by
    /// another number: the match can be reused with its numbers adapted.
    public var differsOnlyInNumbers: Bool {
        var differs = false
        for edit in edits {
            switch edit {
            case .same: continue
            case .replaced(let old, let new) where Self.isNumber(old) && Self.isNumber(new): differs = true
            default: return false
            }
        }
        return differs
    }

    /// True when no word differs (the texts differ at most in case, spacing or
    /// punctuation).
    public var isSameWords: Bool {
        edits.allSatisfy { if case .same = $0 { true } else { false } }
    }

    static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if MatchText.isWordCharacter(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
