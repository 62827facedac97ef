import Foundation
import JuruKit

/// The document at a glance: `:l`, `:f`, `:stats`, and the closing lines.
extension ReplScreen {
    /// One line a segment: number, state, the source's start and the translation's
    /// start, fitted to `columns`. The segment in hand is marked ▶.
    func list(_ segments: [StoredSegment], current: Int, columns: Int = ScreenText.columns) -> String {
        let number = String(segments.map(\.position).max().map { $0 + 1 } ?? 1).count
        let lead = number + 15  // "▶ 12  translated  "
        let room = max(10, columns - lead)
        let sourceRoom = room * 11 / 20
        let targetRoom = max(0, room - sourceRoom - 2)
        return segments.map { segment in
            let mark = segment.position == current ? "▶" : " "
            let numberText = String(repeating: " ", count: number - String(segment.position + 1).count) + "\(segment.position + 1)"
            let state = segment.state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            let source = ScreenText.cut(segment.source, to: sourceRoom).padding(toLength: sourceRoom, withPad: " ", startingAt: 0)
            let target = ScreenText.cut(segment.target ?? "", to: targetRoom)
            let line = "\(mark) \(numberText)  \(state)  \(source)  \(target)"
            return String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }

    /// The document's segments and words by state, and what is left in pay bands.
    func stats(_ session: TranslationSession, analysis: DocumentAnalysis) -> String {
        var lines = [progress(session)]
        for state in SegmentState.allCases {
            let segments = session.segments.filter { $0.state == state }
            lines.append("  " + state.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                         + "\(count(segments.count, "segment")), \(count(segments.reduce(0) { $0 + $1.sourceWords }, "word"))")
        }
        let left = DocumentAnalysis.Band.allCases.filter { (analysis.segments[$0] ?? 0) > 0 }
        lines.append(left.isEmpty ? "Nothing left to translate." : "Left to translate, by best match:")
        for band in left {
            lines.append("  " + band.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                         + "\(count(analysis.segments[band] ?? 0, "segment")), \(count(analysis.words[band] ?? 0, "word"))")
        }
        return lines.joined(separator: "\n")
    }

    /// The line a session ends with: what was confirmed in it, and how long it took.
    func summary(_ session: TranslationSession) -> String {
        let seconds = Int(Date().timeIntervalSince(session.startedAt))
        let time = seconds < 60 ? "\(seconds) s" : seconds < 3600 ? "\(seconds / 60) min" : "\(seconds / 3600) h \(seconds % 3600 / 60) min"
        let segments = session.segmentsConfirmed
        return "This session: \(segments) segment\(segments == 1 ? "" : "s") and \(session.wordsConfirmed) word\(session.wordsConfirmed == 1 ? "" : "s") confirmed\(session.segmentsReviewed > 0 ? ", \(session.segmentsReviewed) reviewed," : "") in \(time)."
    }

    /// Said once, when the last segment that needed work is confirmed: the
    /// document's figures, and what to do next, the export as a command to copy.
    func finished(_ session: TranslationSession, export: String) -> String {
        let progress = session.progress
        let reviewed = session.reviewed
        return """
            The document is finished: \(count(progress.segments, "segment")), \(count(progress.words, "word")) translated, \
            \(reviewed.segments) reviewed (\(count(reviewed.words, "word"))).
              :qa checks it, :l lists it, :ok marks a segment reviewed (juru translate --review walks them).
              To write it out: \(export)
            """
    }

    /// Said once, when the last translated segment is reviewed (`--review`).
    func reviewDone(_ session: TranslationSession, export: String) -> String {
        let reviewed = session.reviewed
        let progress = session.progress
        let open = progress.segments - progress.segmentsDone
        return """
            The review is done: \(reviewed.segments) of \(count(progress.segments, "segment")) reviewed \
            (\(reviewed.words) of \(count(progress.words, "word")))\(open > 0 ? ", \(open) not translated yet" : "").
              :qa checks it. To write it out: \(export)
            """
    }
}
