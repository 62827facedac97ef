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
    func term(_ text: String) -> String { useColor ? style(text, "4;36") : "[\(text)]" }
    func added(_ text: String) -> String { style(text, "32") }
    func removed(_ text: String) -> String { style(text, "31") }

    /// The screen for the segment in hand, fitted to `columns`.
    func segment(_ session: TranslationSession, matches: [MemoryMatch], terms: [TermMatch],
                 columns: Int = ScreenText.columns) -> String {
        let segments = session.segments
        let position = session.position
        let current = session.current
        var lines: [String] = []
        func wrapped(_ text: String, lead: String) { lines += ScreenText.wrap(text, lead: lead, columns: columns) }
        lines.append(rule("── \(session.document.name) · segment \(position + 1) of \(segments.count) · \(current.paragraphKind.rawValue) "
                          + (session.isReviewing ? "· review " : ""),
                          columns: columns))
        let number = String(segments.count).count
        func lead(_ n: Int) -> String { "  " + String(repeating: " ", count: number - String(n).count) + "\(n)  " }
        let arrow = String(repeating: " ", count: number + 4) + "→ "
        if position > 0 {
            let before = segments[position - 1]
            for line in ScreenText.wrap(before.source, lead: lead(position), columns: columns) { lines.append(dim(line)) }
            if let target = before.target {
                for line in ScreenText.wrap(target, lead: arrow, columns: columns) { lines.append(dim(line)) }
            }
        }
        let here = lead(position + 1)
        wrapped(marked(current.source, terms: terms), lead: bold("▶" + here.dropFirst()))
        if let target = current.target {
            wrapped(target + (current.isRepetition ? dim("  (repetition)") : "") + dim("  [\(current.state.rawValue)]"), lead: arrow)
        }
        if let note = current.note {
            wrapped(note, lead: String(repeating: " ", count: number + 4) + dim("Note: "))
        }
        if position + 1 < segments.count {
            for line in ScreenText.wrap(segments[position + 1].source, lead: lead(position + 2), columns: columns) { lines.append(dim(line)) }
        }

        if !terms.isEmpty {
            lines.append("")
            lines.append(bold("Terms") + dim(terms.count > 9 ? "  (Alt-1…Alt-9 insert the first nine, :t N any)" : "  (Alt-N inserts term N)"))
            for (number, match) in terms.enumerated() {  // numbered as :t and Alt-N take them
                let entry = match.entries[0]
                let targets = entry.allowedTargets.map(\.text).joined(separator: "; ")
                let forbidden = entry.targetTerms.filter { $0.status == .forbidden }.map(\.text)
                var line = "\(term(match.text)) → \(targets)"
                if let note = entry.allowedTargets.first?.note ?? entry.note { line += dim(" · \(note)") }
                if !forbidden.isEmpty { line += removed("  not: \(forbidden.joined(separator: ", "))") }
                wrapped(line, lead: "  [\(number + 1)] ")
            }
        }
        lines.append("")
        if matches.isEmpty {
            lines.append(dim("No memory match of \(Int(session.threshold * 100))% or more."))
        } else {
            lines.append(bold("Matches"))
            for (number, match) in matches.enumerated() {
                let date = Self.matchDate.string(from: match.unit.changedAt)
                let document = match.unit.context.map { " · \($0)" } ?? ""
                wrapped("\(bold("\(Int((match.wordScore * 100).rounded(.down)))%")) words · "
                        + "\(Int((match.characterScore * 100).rounded(.down)))% chars · \(match.memory)\(document) · \(date)",
                        lead: "  [\(number + 1)] ")
                wrapped(match.unit.source, lead: "      id  ")
                wrapped(match.unit.target, lead: "      en  ")
                if !match.diff.isSameWords { wrapped(diff(from: match.unit.source, to: current.source), lead: "      Δ   ") }
                // "takes" only for a text that really has the segment's numbers.
                let suggestion = match.suggestion(for: current.source)
                let said: String? = suggestion.isAdapted
                    ? "only numbers differ: :\(number + 1) takes “\(suggestion.text)”"
                    : suggestion.note.map { "\($0); :\(number + 1) takes the translation as it is" }
                if let said {
                    for line in ScreenText.wrap(said, lead: "      ", columns: columns) {
                        lines.append(dim(line))
                    }
                }
            }
        }
        lines.append("")
        lines.append(progress(session))
        return lines.joined(separator: "\n")
    }

    /// A heading rule as wide as the terminal.
    func rule(_ title: String, columns: Int = ScreenText.columns) -> String {
        let title = ScreenText.cut(title, to: columns)
        return dim(title + String(repeating: "─", count: max(0, columns - ScreenText.width(title))))
    }

    /// Local date and time to the minute: when a match was last confirmed or edited.
    static let matchDate: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    /// The segment with its glossary terms underlined, or in brackets without colour.
    private func marked(_ text: String, terms: [TermMatch]) -> String {
        var result = ""
        var index = text.startIndex
        for match in terms.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where match.range.lowerBound >= index {
            result += text[index..<match.range.lowerBound] + term(String(text[match.range]))
            index = match.range.upperBound
        }
        return result + text[index...]
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
