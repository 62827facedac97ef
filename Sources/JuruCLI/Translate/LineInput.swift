import CLineEditor
import Foundation

/// Where the REPL reads lines: libedit on a terminal (arrow keys, history, a line
/// that starts with the suggestion in it), plain standard input otherwise.
final class LineInput {
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

    /// One line, or nil at end of input. `initial` is put in the line to edit (on a
    /// terminal; piped input cannot be edited).
    func read(prompt: String, initial: String?) -> String? {
        guard let editor else {
            print(prompt, terminator: "")
            juru_stdout_flush()
            return readLine(strippingNewline: true)
        }
        // Pushed text is read as keys: a line break would submit the line.
        let editable = initial.map { String($0.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) }) }
        guard let line = juru_line_editor_read(editor, prompt, editable) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }
}
