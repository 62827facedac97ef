import CLineEditor
import Foundation
import JuruKit

/// The REPL's loop: show the segment, read a line, do what it says.
final class TranslationLoop {
    let session: TranslationSession
    let prefill: Double
    /// The command line that exports the document, offered when it is finished.
    let exportCommand: String
    /// The team's changes, arriving while the translator works; nil outside a team.
    let live: TeamLive?
    let screen = ReplScreen()
    let input = LineInput()

    /// What goes into the edit line next (on a terminal), or what an empty line confirms.
    var draft: String?
    /// The best match put in the line unasked: a term inserted replaces it, and
    /// moving away does not keep it as a draft.
    var draftIsPrefill = false
    /// What the line held when it was offered, to tell typing from an untouched line.
    var offered: String?
    /// The segment on screen; nil to redraw.
    var shown: Int?
    /// The terminal's width when the screen was drawn: a resize noticed between two
    /// lines redraws it too.
    var shownColumns = 0
    /// What the screen shows, looked up once per redraw; :1…:5 and :t take from it.
    var matches: [MemoryMatch] = []
    var terms: [TermMatch] = []
    /// Edits of confirmed segments left by moving away: they come back in the line
    /// for this session, the confirmed translation stays until one is confirmed.
    var edits: [Int64: String] = [:]

    init(session: TranslationSession, prefill: Double, exportCommand: String = "juru export --text OUT.txt --tmx OUT.tmx",
         live: TeamLive? = nil) {
        self.session = session
        self.prefill = prefill
        self.exportCommand = exportCommand
        self.live = live
    }

    func run() throws {
        // Lines, not blocks: what the translator sees must come before the prompt.
        juru_stdout_line_buffered()
        while true {
            try live?.catchUp(session.memory)
            if shown != session.position || (input.isInteractive && shownColumns != ScreenText.columns) { show() }
            let prompt = "\(session.position + 1)> "
            offered = input.isInteractive ? draft : nil
            guard let line = input.line(prompt: prompt, initial: offered) else {
                // Ctrl-D on an empty line, or the end of piped input.
                keep(draft: nil)
                print("")
                print(screen.summary(session))
                return
            }
            if try !handle(line) { return }
        }
    }

    /// Draws the segment in hand and fills the line for it.
    private func show() {
        do {
            // A segment's own confirmed translation is shown as its translation, not as a match.
            let own = session.current
            matches = try session.matches().filter { match in
                !(match.unit.context == session.document.name && match.unit.source == own.source && match.unit.target == own.target)
            }
        } catch {
            matches = []
            print("juru: \(Self.describe(error))")
        }
        terms = session.terms()
        input.setTerms(terms.map { $0.entries[0].allowedTargets.map(\.text) })
        shownColumns = ScreenText.columns
        print("\n" + screen.segment(session, matches: matches, terms: terms, columns: shownColumns))
        shown = session.position
        // On a terminal the line starts with something to edit: an edit left here
        // this session, the segment's draft or translation, or the best match.
        guard input.isInteractive, draft == nil else { return }
        if let id = session.current.id, let edit = edits[id] {
            draft = edit
            draftIsPrefill = false
        } else if let target = session.current.target {
            draft = target
            draftIsPrefill = true
        } else if let best = matches.first, best.wordScore >= prefill {
            draft = session.suggestion(from: best)
            draftIsPrefill = true
        }
    }

    /// Does what one line asks. False when the session ends.
    private func handle(_ line: LineInput.Line) throws -> Bool {
        // A key that ends the line leaves the cursor on it; Enter has moved on already.
        if line.ending != .enter { print("") }
        switch line.ending {
        case .interrupt:
            print(screen.summary(session))
            return false
        case .redraw:
            draft = line.text
            draftIsPrefill = draftIsPrefill && line.text == offered
            shown = nil
            return true
        case .next: return try perform(.next, on: line.text)
        case .previous: return try perform(.previous, on: line.text)
        case .nextOpen: return try perform(.skip, on: line.text)
        case .takeMatch(let number): return try perform(.takeMatch(number), on: line.text)
        case .enter: break
        }
        let typed = line.text.trimmingCharacters(in: .whitespaces)
        // A command at the end of a line acts on the text before it: `…attend the:t 1`
        // inserts term 1 after "the", it is never stored as the translation.
        if let (text, command) = ReplCommand.trailing(typed) {
            print(screen.dim("Read \(typed[typed.index(typed.startIndex, offsetBy: text.count)...].trimmingCharacters(in: .whitespaces)) at the end of the line as a command."))
            return try perform(command, on: text)
        }
        // On a terminal the suggestion was in the line: an empty line means it was cleared.
        if input.isInteractive && typed.isEmpty {
            draft = nil
            return true
        }
        let command = ReplCommand(typed)
        if typed.hasPrefix(":") { return try perform(command, on: nil) }
        return try perform(command, on: typed)
    }

    /// Runs `command` with `text` as what is in the line (nil: a line that was a
    /// command, nothing else in it).
    private func perform(_ command: ReplCommand, on text: String?) throws -> Bool {
        if let text, !command.confirms {
            draftIsPrefill = draftIsPrefill && text == offered
            draft = text.isEmpty ? nil : text
        }
        do {
            return try run(command)
        } catch {
            let reason = Self.describe(error)
            // Piped lines belong to the segments in order: after one that could not
            // be stored, the next would land on the wrong segment. Stop, and say
            // what was not saved.
            guard input.isInteractive || !command.confirms else {
                throw ReplError.notSaved(segment: session.position + 1, line: text ?? "", reason: reason)
            }
            // On a terminal the translator keeps the session and the line.
            print("juru: \(reason)")
            if let text { draft = text }
            return true
        }
    }

    static func describe(_ error: Error) -> String {
        MemoryStoreError.describing(error)?.errorDescription ?? (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    enum ReplError: Error, LocalizedError {
        case notSaved(segment: Int, line: String, reason: String)

        var errorDescription: String? {
            switch self {
            case .notSaved(let segment, let line, let reason):
                "segment \(segment): not done, and no later line was read: \(reason). The line was: \(line)"
            }
        }
    }

    /// Before moving away: what the translator typed in the line stays as the
    /// segment's draft (stored, so it survives a restart). An untouched suggestion is
    /// not kept.
    func keep(draft text: String?) {
        defer { draft = nil; draftIsPrefill = false }
        guard let text = (text ?? draft)?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
              !draftIsPrefill || text != offered else { return }
        let segment = session.current
        guard text != segment.target else { return }
        do {
            if try session.keepDraft(text) {
                print(screen.dim("Kept as the draft of segment \(session.position + 1)."))
            } else if let id = segment.id {
                edits[id] = text
                print(screen.dim("Segment \(session.position + 1) keeps its confirmed translation; your edit comes back in the line."))
            }
        } catch {
            print("juru: the draft of segment \(session.position + 1) was not kept: \(Self.describe(error))")
        }
    }
}
