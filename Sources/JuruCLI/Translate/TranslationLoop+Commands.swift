import Foundation
import JuruKit

/// What each REPL command does to the session and the line.
extension TranslationLoop {
    /// Runs one command. False when the session ends.
    func run(_ command: ReplCommand) throws -> Bool {
        switch command {
        case .confirm(let text) where session.isReviewing && text.trimmingWhitespace() == session.current.target:
            try review()  // in review, Enter on the translation as it is marks it reviewed
        case .confirm(let text):
            try confirm(text)
        case .confirmDraft:
            if let text = draft {
                _ = try run(.confirm(text))
            } else if session.isReviewing && session.current.state == .translated {
                try review()
            } else {
                print(screen.dim("Type a translation, or :h for help."))
            }
        case .next:
            guard session.position + 1 < session.segments.count else { print("This is the last segment."); break }
            keep(draft: nil)
            session.next()
        case .previous:
            guard session.position > 0 else { print("This is the first segment."); break }
            keep(draft: nil)
            session.previous()
        case .skip:
            keep(draft: nil)
            let before = session.position
            session.moveToNextOpen()
            if session.position == before {
                print(session.hasWorkLeft ? "No other segment needs \(session.isReviewing ? "review" : "work")."
                      : session.isReviewing ? "Every translated segment is reviewed." : "Every segment is translated.")
            }
        case .go(let number):
            guard number >= 1, number <= session.segments.count else { print("There is no segment \(number)."); break }
            keep(draft: nil)
            session.go(to: number)
        case .takeMatch(let number):
            guard number >= 1, number <= matches.count else { print("There is no match \(number)."); break }
            draft = session.suggestion(from: matches[number - 1])
            draftIsPrefill = false
            if !input.isInteractive { print(screen.dim("In the line: \(draft!)  (an empty line confirms it)")) }
        case .insertTerm(let number):
            guard number >= 1, number <= terms.count, let target = terms[number - 1].entries[0].allowedTargets.first?.text else {
                print("There is no term \(number)."); break
            }
            if draftIsPrefill { draft = nil }
            draftIsPrefill = false
            draft = [draft, target].compactMap { $0 }.joined(separator: draft?.isEmpty == false ? " " : "")
            if !input.isInteractive { print(screen.dim("In the line: \(draft!)")) }
        case .deleteMatch(let number):
            guard number >= 1, number <= matches.count else { print("There is no match \(number)."); break }
            try session.memory.store.deleteUnit(id: matches[number - 1].unit.id!)
            print("Deleted match \(number) from the memory (juru tm history keeps it).")
            shown = nil
        case .editMatch(let number, let text):
            guard number >= 1, number <= matches.count else { print("There is no match \(number)."); break }
            try TranslationText.check(text)
            try session.memory.store.editUnit(id: matches[number - 1].unit.id!, target: text.trimmingWhitespace())
            print("Match \(number) now reads: \(text.trimmingWhitespace())")
            shown = nil
        case .undo:
            let replacement = session.lastChangeIsReplacement == true
            if try session.undo() { print(replacement ? "Undone: the replacement." : "Undone."); shown = nil } else {
                print("There is nothing to undo.")
            }
            draft = nil
        case .join:
            if try session.joinWithNext() { shown = nil; draft = nil } else {
                print("There is nothing to join: this is the last segment, or the next one is in another paragraph.")
            }
        case .split(let words):
            if try session.split(afterWords: words) { shown = nil; draft = nil } else {
                let words = session.current.sourceWords
                print(words < 2 ? "A segment of one word cannot be split." : "The segment has \(words) words: split after 1 to \(words - 1).")
            }
        case .concordance(let words):
            // Units imported in bulk are indexed at the first search (Concordance).
            let waiting = try session.memory.store.concordanceBacklog()
            if waiting >= 10_000 { print("Indexing \(waiting) imported units for search (once)…") }
            let found = try session.concordance(words)
            if found.units.isEmpty && found.terms.isEmpty { print("There is nothing for \(words) in the memory or the glossary.") }
            for unit in found.units { print("  id  \(unit.source)\n  en  \(unit.target)") }
            for entry in found.terms { print("  ≡  \(entry.sourceTerms.map(\.text).joined(separator: ", ")) → \(entry.allowedTargets.map(\.text).joined(separator: "; "))") }
        case .list(let filter):
            let flagged: Set<Int> = filter == .qa
                ? Set(TranslationQA.check(session.segments, glossary: session.glossary, untranslated: false).compactMap(\.segment)) : []
            let chosen = session.segments.filter { filter.includes($0, flagged: flagged) }
            let none = filter == .qa ? "There is no segment with QA findings." : "There is no \(filter.rawValue) segment."
            chosen.isEmpty ? print(none) : page(screen.list(chosen, current: session.position))
        case .find(let text):
            let found = session.segments.filter {
                $0.source.localizedCaseInsensitiveContains(text) || ($0.target?.localizedCaseInsensitiveContains(text) ?? false)
            }
            found.isEmpty ? print("There is no segment with \(text).") : page(screen.list(found, current: session.position))
        case .review:
            try review()
        case .showNote:
            let number = session.position + 1
            print(session.current.note.map { "Note on segment \(number): \($0)" } ?? "Segment \(number) has no note; :note TEXT keeps one.")
        case .note(let text):
            try session.setNote(text)
            print(session.current.note == nil ? "Segment \(session.position + 1) has no note now." : "Noted on segment \(session.position + 1).")
            shown = nil
        case .replace(let old, let new):
            try replace(old, with: new)
        case .usage(let text):
            print(text)
        case .stats:
            print(screen.stats(session, analysis: try DocumentAnalysis(session.segments, memory: session.memory)))
        case .qa:
            let findings = TranslationQA.check(session.segments, glossary: session.glossary, untranslated: false)
            print(findings.isEmpty ? "QA: nothing to report." : findings.map { "  \($0)" }.joined(separator: "\n"))
        case .help:
            print(ReplCommand.helpText)
        case .quit:
            keep(draft: nil)
            print(screen.progress(session))
            print(screen.summary(session))
            return false
        case .unknown(let text):
            print("There is no command \(text); :h lists them.")
        }
        return true
    }

    private func confirm(_ text: String) throws {
        let hadWork = session.hasWorkLeft
        let before = session.position
        let filled = try session.confirm(text)
        draft = nil
        draftIsPrefill = false
        if let id = session.segments[before].id { edits[id] = nil }
        if session.position == before { shown = nil }  // nothing left open: show where we are
        if filled > 0 { print(screen.dim("Also filled \(filled) identical segment\(filled == 1 ? "" : "s") (repetitions).")) }
        if hadWork && !session.hasWorkLeft { announceDone() }
    }

    /// Marks the segment in hand reviewed, and goes on: in review, to the next
    /// segment to review; otherwise to the next segment.
    private func review() throws {
        let hadWork = session.hasWorkLeft
        guard try session.markReviewed() else { print("Segment \(session.position + 1) has no confirmed translation to review."); return }
        print("Segment \(session.position + 1) reviewed.")
        draft = nil
        draftIsPrefill = false
        let before = session.position
        if session.isReviewing { session.moveToNextOpen() } else { session.next() }
        if session.position == before { shown = nil }
        if hadWork && !session.hasWorkLeft { announceDone() }
    }

    /// The last segment that needed work is done: say so, with the document's figures.
    private func announceDone() {
        print(session.isReviewing ? screen.reviewDone(session, export: exportCommand) : screen.finished(session, export: exportCommand))
    }

    /// A list longer than the terminal, a screenful at a time: Enter shows the next,
    /// q (or Ctrl-D) stops. Piped, the whole list is printed.
    private func page(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let height = ScreenText.rows - 2
        guard input.isInteractive, lines.count > height + 1 else { print(text); return }
        var shown = 0
        while shown < lines.count {
            let end = min(lines.count, shown + height)
            print(lines[shown..<end].joined(separator: "\n"))
            shown = end
            guard shown < lines.count else { break }
            let answer = input.read(prompt: "-- \(shown) of \(lines.count): Enter for more, q to stop -- ", initial: nil)
            guard let answer, answer.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { break }
        }
    }

    /// `:r OLD NEW`: the preview, one question, then all of it in one transaction.
    private func replace(_ old: String, with new: String) throws {
        let changes = session.replacing(old, with: new)
        guard !changes.isEmpty else { print("No translation contains “\(old)”."); return }
        print(screen.replacementPreview(changes, old: old, new: new))
        let answer = input.read(prompt: "Replace in \(count(changes.count, "segment"))? [y/N] ", initial: nil)
        guard let answer, ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            print("Nothing was replaced.")
            return
        }
        let current = session.current
        let replaced = try session.replace(old, with: new)
        print("Replaced in \(count(replaced, "segment")); :u undoes it.")
        // The line held the segment's old translation: it comes back with the new one.
        if changes.contains(where: { $0.segment.id == current.id }), draft == current.target { draft = nil }
        shown = nil
    }
}
