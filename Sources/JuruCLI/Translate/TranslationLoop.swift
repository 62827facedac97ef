import CLineEditor
import Foundation
import JuruKit

/// The REPL's loop: show the segment, read a line, do what it says.
struct TranslationLoop {
    let session: TranslationSession
    let prefill: Double
    /// The team's changes, arriving while the translator works; nil outside a team.
    var live: TeamLive? = nil
    let screen = ReplScreen()
    let input = LineInput()

    func run() throws {
        // Lines, not blocks: what the translator sees must come before the prompt.
        juru_stdout_line_buffered()
        var draft: String?
        // The best match put in the line unasked: a term inserted replaces it.
        var draftIsPrefill = false
        var shown: Int?
        // What the screen shows, looked up once per redraw; :1…:5 and :t take from it.
        var matches: [MemoryMatch] = []
        var terms: [TermMatch] = []
        while true {
            try live?.catchUp(session.memory)
            if shown != session.position {
                matches = try session.matches()
                terms = session.terms()
                print("\n" + screen.segment(session, matches: matches, terms: terms))
                shown = session.position
                // The best match, numbers adapted, ready to edit.
                // Only on a terminal, where the translator sees it in the line.
                // A segment already translated comes back with its translation to edit.
                if input.isInteractive, draft == nil, let target = session.current.target {
                    draft = target
                    draftIsPrefill = true
                } else if input.isInteractive, draft == nil, let best = matches.first, best.wordScore >= prefill {
                    draft = session.suggestion(from: best)
                    draftIsPrefill = true
                }
            }
            let prompt = "\(session.position + 1)> "
            guard let line = input.read(prompt: prompt, initial: input.isInteractive ? draft : nil) else {
                print("")
                return
            }
            var typed = line
            // A command typed after the suggestion in the line is still a command.
            if input.isInteractive, let draft, typed.hasPrefix(draft),
               typed.dropFirst(draft.count).trimmingCharacters(in: .whitespaces).hasPrefix(":") {
                typed = typed.dropFirst(draft.count).trimmingCharacters(in: .whitespaces)
            }
            // On a terminal the suggestion was in the line: an empty line means it was cleared.
            if input.isInteractive && typed.trimmingCharacters(in: .whitespaces).isEmpty {
                draft = nil
                continue
            }
            let command = ReplCommand(typed)
            do {
                try handle(command, matches: matches, terms: terms,
                           draft: &draft, draftIsPrefill: &draftIsPrefill, shown: &shown)
            } catch let error as QuitRequest {
                _ = error
                return
            } catch {
                let reason = MemoryStoreError.describing(error)?.errorDescription
                    ?? (error as? LocalizedError)?.errorDescription ?? "\(error)"
                // Piped lines belong to the segments in order: after one that could not
                // be stored, the next would land on the wrong segment. Stop, and say
                // what was not saved.
                guard input.isInteractive || !command.confirms else {
                    throw ReplError.notSaved(segment: session.position + 1, line: typed, reason: reason)
                }
                // On a terminal the translator keeps the session and the line.
                print("juru: \(reason)")
                draft = typed
            }
        }
    }

    private struct QuitRequest: Error {}

    enum ReplError: Error, LocalizedError {
        case notSaved(segment: Int, line: String, reason: String)

        var errorDescription: String? {
            switch self {
            case .notSaved(let segment, let line, let reason):
                "segment \(segment): not done, and no later line was read: \(reason). The line was: \(line)"
            }
        }
    }

    private func handle(_ command: ReplCommand, matches: [MemoryMatch], terms: [TermMatch],
                        draft: inout String?, draftIsPrefill: inout Bool, shown: inout Int?) throws {
            switch command {
            case .confirm(let text):
                let before = session.position
                try confirm(text)
                draft = nil
                if session.position == before { shown = nil }  // nothing left open: show where we are
            case .confirmDraft:
                if let text = draft {
                    let before = session.position
                    try confirm(text)
                    draft = nil
                    if session.position == before { shown = nil }
                } else {
                    print(screen.dim("Type a translation, or :h for help."))
                }
            case .next: session.next(); draft = nil
            case .previous: session.previous(); draft = nil
            case .skip: session.moveToNextOpen(); draft = nil
            case .go(let number):
                if session.go(to: number) { draft = nil } else { print("There is no segment \(number).") }
            case .takeMatch(let number):
                if number <= matches.count {
                    draft = session.suggestion(from: matches[number - 1])
                    draftIsPrefill = false
                    if !input.isInteractive { print(screen.dim("In the line: \(draft!)  (an empty line confirms it)")) }
                } else {
                    print("There is no match \(number).")
                }
            case .insertTerm(let number):
                if number >= 1, number <= terms.count, let target = terms[number - 1].entries[0].allowedTargets.first?.text {
                    if draftIsPrefill { draft = nil }
                    draftIsPrefill = false
                    draft = [draft, target].compactMap { $0 }.joined(separator: draft?.isEmpty == false ? " " : "")
                    if !input.isInteractive { print(screen.dim("In the line: \(draft!)")) }
                } else {
                    print("There is no term \(number).")
                }
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
                if try session.undo() { print("Undone."); shown = nil } else { print("Nothing to undo.") }
                draft = nil
            case .join:
                if try session.joinWithNext() { shown = nil; draft = nil } else {
                    print("Nothing to join: this is the last segment, or the next one is in another paragraph.")
                }
            case .split(let words):
                if try session.split(afterWords: words) { shown = nil; draft = nil } else {
                    let words = session.current.sourceWords
                    print(words < 2 ? "A segment of one word cannot be split." : "The segment has \(words) words: split after 1 to \(words - 1).")
                }
            case .concordance(let words):
                let found = try session.concordance(words)
                if found.units.isEmpty && found.terms.isEmpty { print("Nothing found for \(words).") }
                for unit in found.units { print("  id  \(unit.source)\n  en  \(unit.target)") }
                for entry in found.terms { print("  ≡  \(entry.sourceTerms.map(\.text).joined(separator: ", ")) → \(entry.allowedTargets.map(\.text).joined(separator: "; "))") }
            case .stats:
                print(screen.progress(session))
            case .qa:
                let findings = TranslationQA.check(session.segments, glossary: session.glossary, untranslated: false)
                print(findings.isEmpty ? "QA: nothing to report." : findings.map { "  \($0)" }.joined(separator: "\n"))
            case .help:
                print(ReplCommand.helpText)
            case .quit:
                print(screen.progress(session))
                throw QuitRequest()
            case .unknown(let text):
                print("Unknown command \(text); :h lists them.")
            }
    }

    private func confirm(_ text: String) throws {
        let wasLast = session.position == session.segments.count - 1
        let filled = try session.confirm(text)
        if filled > 0 { print(screen.dim("Also filled \(filled) identical segment\(filled == 1 ? "" : "s") (repetitions).")) }
        if wasLast && session.progress.segmentsDone == session.progress.segments { print("All segments translated.") }
    }
}
