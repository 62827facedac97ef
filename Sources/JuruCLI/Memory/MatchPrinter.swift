import Foundation
import JuruKit

/// Matches as a translator reads them: scores, where the match is from, the
/// translation, and what differs.
enum MatchPrinter {
    static func describe(_ matches: [MemoryMatch], for segment: String, threshold: MatchThreshold) -> String {
        guard !matches.isEmpty else { return "No match of \(threshold) or more.\n" }
        var out = ""
        for (number, match) in matches.enumerated() {
            var flags: [String] = []
            let suggestion = match.suggestion(for: segment)
            if let note = suggestion.note { flags.append(note) }
            if match.diff.isSameWords && match.characterScore < 1 { flags.append("case or punctuation differs") }
            out += "\(number + 1). \(percent(match.wordScore)) words, \(percent(match.characterScore)) characters"
            out += " · \(match.memory) · \(match.unit.changedAt.formatted(.iso8601.year().month().day()))"
            if !flags.isEmpty { out += " · " + flags.joined(separator: ", ") }
            out += "\n   id  \(match.unit.source)\n   en  \(match.unit.target)\n"
            if !match.diff.isSameWords { out += "   Δ   \(diffText(match.diff))\n" }
            if suggestion.isAdapted { out += "   →   \(suggestion.text)\n" }
        }
        return out
    }

    /// `[-old-]` for words of the match the segment lacks, `{+new+}` for words the
    /// segment adds (wdiff's notation).
    static func diffText(_ diff: WordDiff) -> String {
        diff.edits.map { edit -> String in
            switch edit {
            case .same(let word): word
            case .removed(let word): "[-\(word)-]"
            case .added(let word): "{+\(word)+}"
            case .replaced(let old, let new): "[-\(old)-]{+\(new)+}"
            }
        }.joined(separator: " ")
    }

    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded(.down)))%" }
}

/// `juru tm lookup --json`: one line per query, `{"query", "matches": [...]}`.
struct MatchRecords: Encodable {
    var query: String
    var matches: [MatchRecord]
}

struct MatchRecord: Encodable {
    var source: String
    var target: String
    var wordScore: Double
    var charScore: Double
    var memory: String
    var origin: String
    var changed: String
    var numbersOnly: Bool
    var diff: String
    /// What taking the match would put in the line.
    var suggestion: Suggestion

    struct Suggestion: Encodable {
        var text: String
        /// The text has the segment's numbers in place of the match's.
        var adapted: Bool
        /// Why the numbers were not adapted, or what was changed.
        var note: String?
    }

    static func records(for query: String, _ matches: [MemoryMatch]) -> MatchRecords {
        MatchRecords(query: query, matches: matches.map {
            let suggestion = $0.suggestion(for: query)
            return MatchRecord(source: $0.unit.source, target: $0.unit.target,
                               wordScore: ($0.wordScore * 10_000).rounded() / 10_000,
                               charScore: ($0.characterScore * 10_000).rounded() / 10_000,
                               memory: $0.memory, origin: $0.unit.origin,
                               changed: $0.unit.changedAt.formatted(.iso8601), numbersOnly: suggestion.differsOnlyInNumbers,
                               diff: MatchPrinter.diffText($0.diff),
                               suggestion: Suggestion(text: suggestion.text, adapted: suggestion.isAdapted, note: suggestion.note))
        })
    }
}
