import Foundation
import JuruKit

/// What the REPL shows for a segment: its neighbours, the segment with its glossary
/// terms marked, the terms with their translations, the memory matches with their
/// word diff, and the progress line. Colour only on a terminal, and never with
/// NO_COLOR set.
struct ReplScreen {
    let useColor: Bool

    init(useColor: Bool = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil) {
        self.useColor = useColor
    }

    private func style(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func dim(_ text: String) -> String { style(text, "2") }
    func bold(_ text: String) -> String { style(text, "1") }
    func term(_ text: String) -> String { style(text, "4;36") }
    func added(_ text: String) -> String { style(text, "32") }
    func removed(_ text: String) -> String { style(text, "31") }

    func segment(_ session: TranslationSession, matches: [MemoryMatch], terms: [TermMatch]) -> String {
        let segments = session.segments
        let position = session.position
        let current = session.current
        var lines: [String] = []
        lines.append(dim("── \(session.document.name) · segment \(position + 1) of \(segments.count) · \(current.paragraphKind.rawValue) "
                         + String(repeating: "─", count: 20)))
        if position > 0 {
            let before = segments[position - 1]
            lines.append(dim("  \(position)  \(before.source)"))
            if let target = before.target { lines.append(dim("     → \(target)")) }
        }
        lines.append(bold("▶ \(position + 1)  ") + marked(current.source, terms: terms))
        if let target = current.target {
            lines.append("     → \(target)" + (current.isRepetition ? dim("  (repetition)") : "") + dim("  [\(current.state.rawValue)]"))
        }
        if position + 1 < segments.count { lines.append(dim("  \(position + 2)  \(segments[position + 1].source)")) }

        if !terms.isEmpty {
            lines.append("")
            lines.append(bold("Terms"))
            for (number, match) in terms.prefix(9).enumerated() {  // numbered as :t takes them
                let entry = match.entries[0]
                let targets = entry.allowedTargets.map(\.text).joined(separator: "; ")
                let forbidden = entry.targetTerms.filter { $0.status == .forbidden }.map(\.text)
                var line = "  [\(number + 1)] \(term(match.text)) → \(targets)"
                if let note = entry.allowedTargets.first?.note ?? entry.note { line += dim(" · \(note)") }
                if !forbidden.isEmpty { line += removed("  not: \(forbidden.joined(separator: ", "))") }
                lines.append(line)
            }
        }
        lines.append("")
        if matches.isEmpty {
            lines.append(dim("No memory match of \(Int(session.threshold * 100))% or more."))
        } else {
            lines.append(bold("Matches"))
            for (number, match) in matches.enumerated() {
                let date = match.unit.changedAt.formatted(.iso8601.year().month().day())
                lines.append("  [\(number + 1)] \(bold("\(Int((match.wordScore * 100).rounded(.down)))%")) words · "
                             + "\(Int((match.characterScore * 100).rounded(.down)))% chars · \(match.memory) · \(date)")
                lines.append("      id  \(match.unit.source)")
                lines.append("      en  \(match.unit.target)")
                if !match.diff.isSameWords { lines.append("      Δ   " + diff(match.diff)) }
                // "takes" only for a text that really has the segment's numbers.
                let suggestion = match.suggestion(for: current.source)
                if suggestion.isAdapted {
                    lines.append(dim("      only numbers differ: :\(number + 1) takes “\(suggestion.text)”"))
                } else if let note = suggestion.note {
                    lines.append(dim("      \(note); :\(number + 1) takes the translation as it is"))
                }
            }
        }
        lines.append("")
        lines.append(progress(session))
        return lines.joined(separator: "\n")
    }

    /// The segment with its glossary terms underlined.
    private func marked(_ text: String, terms: [TermMatch]) -> String {
        guard useColor else { return text }
        var result = ""
        var index = text.startIndex
        for match in terms.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where match.range.lowerBound >= index {
            result += text[index..<match.range.lowerBound] + term(String(text[match.range]))
            index = match.range.upperBound
        }
        return result + text[index...]
    }

    private func diff(_ diff: WordDiff) -> String {
        diff.edits.map { edit in
            switch edit {
            case .same(let word): return word
            case .removed(let word): return removed("[-\(word)-]")
            case .added(let word): return added("{+\(word)+}")
            case .replaced(let old, with: let new): return removed("[-\(old)-]") + added("{+\(new)+}")
            }
        }.joined(separator: " ")
    }

    func progress(_ session: TranslationSession) -> String {
        let progress = session.progress
        let width = 20
        let filled = Int(progress.fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        // A rate over the first minute says nothing.
        let perHour = Date().timeIntervalSince(session.startedAt) >= 60 ? " · \(Int(session.wordsPerHour)) words/h" : ""
        return "\(bar) \(progress.segmentsDone)/\(count(progress.segments, "segment")) · \(progress.wordsDone)/\(count(progress.words, "word")) · "
            + "\(Int((progress.fraction * 100).rounded(.down)))%\(perHour)"
    }
}
