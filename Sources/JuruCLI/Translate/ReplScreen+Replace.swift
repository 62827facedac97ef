import Foundation
import JuruKit

/// What `:r OLD NEW` shows before it asks: each segment it changes, before and after.
extension ReplScreen {
    /// Two lines a segment, its number then the translation before, an arrow then
    /// after, each cut round the first place changed so that it fits `columns`.
    func replacementPreview(_ changes: [(segment: StoredSegment, target: String)], old: String, new: String,
                            columns: Int = ScreenText.columns) -> String {
        let places = changes.reduce(0) { $0 + ($1.segment.target ?? "").components(separatedBy: old).count - 1 }
        let number = String(changes.map { $0.segment.position + 1 }.max() ?? 1).count
        let room = max(10, columns - number - 4)
        var lines = ["“\(old)” → “\(new)” in \(count(changes.count, "segment")) (\(count(places, "place"))):"]
        for (segment, after) in changes {
            let before = segment.target ?? ""
            // The text before the first place is the same in both: cut both there.
            let start = before.range(of: old, options: .literal).map { before.distance(from: before.startIndex, to: $0.lowerBound) } ?? 0
            let label = String(segment.position + 1)
            lines.append("  " + String(repeating: " ", count: number - label.count) + label + "  "
                         + removed(Self.excerpt(before, around: start, width: old.count, room: room)))
            lines.append("  " + String(repeating: " ", count: number - 1) + "→  "
                         + added(Self.excerpt(after, around: start, width: new.count, room: room)))
        }
        return lines.joined(separator: "\n")
    }

    /// `text` cut to `room` characters, keeping the `width` characters from `offset`
    /// in view with some of what comes before them; … where it was cut.
    static func excerpt(_ text: String, around offset: Int, width: Int, room: Int) -> String {
        guard text.count > room else { return text }
        var lead = max(0, min(offset, offset - (room - width) / 3))
        guard lead > 0 else { return ScreenText.cut(text, to: room) }
        // Start at a word: after the first space from there, if it comes before the change.
        let characters = Array(text)
        if let space = characters[lead..<offset].firstIndex(of: " ") { lead = space }
        return ScreenText.cut("…" + String(characters[lead...]), to: room)
    }
}
