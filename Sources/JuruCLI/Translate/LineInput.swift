import CLineEditor
import Foundation

/// Where the REPL reads lines: libedit on a terminal (arrow keys, history, a line
/// that starts with the suggestion in it, the REPL's own keys), plain standard
/// input otherwise.
final class LineInput {
    /// What ended a line. Only a terminal has keys other than Enter.
    enum Ending: Equatable {
        case enter
        /// Page Down / Alt-n, Page Up / Alt-p, Alt-u: move, keeping the line as a draft.
        case next, previous, nextOpen
        /// Ctrl-X N: the line replaced by match N.
        case takeMatch(Int)
        /// Ctrl-C on an empty line.
        case interrupt
        /// Ctrl-L, or the terminal was resized.
        case redraw
    }

    struct Line {
        var text: String
        var ending: Ending
    }

    private let editor: OpaquePointer?

    /// Whether lines come from a person at a terminal.
    let isInteractive: Bool

    init() {
        isInteractive = isatty(0) == 1 && isatty(1) == 1
        editor = isInteractive ? juru_line_editor_open("juru") : nil
    }

    deinit {
        if let editor { juru_line_editor_close(editor) }
    }

    /// The glossary terms Alt-1…Alt-9 insert, each with its translations (Alt-0 cycles).
    func setTerms(_ terms: [[String]]) {
        guard let editor else { return }
        let joined = terms.prefix(9).map { $0.map(Self.editable).joined(separator: "\t") }
        var pointers = joined.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                juru_line_editor_set_terms(editor, $0, Int32(buffer.count))
            }
        }
    }

    /// One line's text, or nil at end of input (Ctrl-D, or Ctrl-C on an empty line),
    /// for readers that have no use for the REPL's keys.
    func read(prompt: String, initial: String?) -> String? {
        guard let line = line(prompt: prompt, initial: initial), line.ending != .interrupt else { return nil }
        return line.text
    }

    /// One line and what ended it, or nil at end of input (Ctrl-D on an empty line).
    /// `initial` is put in the line to edit (on a terminal; piped input cannot be edited).
    func line(prompt: String, initial: String?) -> Line? {
        guard let editor else {
            print(prompt, terminator: "")
            juru_stdout_flush()
            return readLine(strippingNewline: true).map { Line(text: $0, ending: .enter) }
        }
        var key: Int32 = 0, argument: Int32 = 0
        guard let line = juru_line_editor_read(editor, prompt, initial.map(Self.editable), &key, &argument) else { return nil }
        defer { free(line) }
        let ending: Ending = switch juru_key(UInt32(key)) {
        case JURU_KEY_NEXT: .next
        case JURU_KEY_PREVIOUS: .previous
        case JURU_KEY_NEXT_OPEN: .nextOpen
        case JURU_KEY_TAKE_MATCH: .takeMatch(Int(argument))
        case JURU_KEY_INTERRUPT: .interrupt
        case JURU_KEY_REDRAW: .redraw
        default: .enter
        }
        return Line(text: String(cString: line), ending: ending)
    }

    /// Pushed text is read as keys: a line break or tab would act, not be inserted.
    private static func editable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }
}
