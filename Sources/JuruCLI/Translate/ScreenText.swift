import CLineEditor
import Foundation

/// Text fitted to the terminal: wrapped at spaces, never inside a word (unless one
/// word is wider than the line), continuation lines indented under the text.
/// Colour codes take no room.
enum ScreenText {
    /// The terminal's width: ioctl TIOCGWINSZ, then COLUMNS, then 80.
    static var columns: Int { max(20, Int(juru_terminal_columns())) }
    /// The terminal's height: ioctl TIOCGWINSZ, then LINES, then 24.
    static var rows: Int { max(5, Int(juru_terminal_rows())) }

    /// Columns `text` takes on screen, colour codes left out.
    static func width(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.properties.generalCategory != .nonspacingMark {
                count += 1
            }
        }
        return count
    }

    /// `text` after `lead` on the first line, wrapped to `columns`, the following
    /// lines indented by the lead's width.
    static func wrap(_ text: String, lead: String = "", columns: Int) -> [String] {
        let indent = width(lead)
        let room = max(10, columns - indent)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            var size = width(word)
            if used > 0 && used + 1 + size > room {
                lines.append(line)
                line = ""
                used = 0
            }
            // A word wider than the line (a URL) is the only thing cut.
            while size > room {
                if used > 0 { lines.append(line); line = ""; used = 0 }
                let head = String(word.prefix(room))
                lines.append(head)
                word = String(word.dropFirst(room))
                size = width(word)
            }
            if used > 0 { line += " "; used += 1 }
            line += word
            used += size
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? lead + $0.element : pad + $0.element }
    }

    /// `text` cut to `columns`, with … where it was cut (for one-line lists).
    static func cut(_ text: String, to columns: Int) -> String {
        guard text.count > columns else { return text }
        return String(text.prefix(max(0, columns - 1))) + "…"
    }
}
