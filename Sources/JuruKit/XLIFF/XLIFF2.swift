#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif

/// XLIFF 2.x: a `unit` holds `segment`s (and `ignorable`s, kept as they are), each with
/// its `source`, maybe a `target`, and its `state`.
enum XLIFF2 {
    static func segments(of unit: XMLElement, unit index: Int) -> [XLIFFSegment] {
        let notes = unit.childElement("notes")?.childElements("note").compactMap { $0.stringValue } ?? []
        return unit.childElements("segment").compactMap { segment in
            guard let source = segment.childElement("source") else { return nil }
            let (text, codes) = InlineContent.read(source)
            guard text.contains(where: { !$0.isWhitespace }) else { return nil }
            let translation = segment.childElement("target").map { InlineContent.read($0, like: codes) }
                .flatMap { $0.isEmpty ? nil : $0 }
            let state = juruState(segment.value(of: "state"), hasTarget: translation != nil)
            return XLIFFSegment(unit: index, holder: segment, markId: nil, text: text, codes: codes, target: translation,
                                state: state, notes: notes)
        }
    }

    static func juruState(_ state: String?, hasTarget: Bool) -> SegmentState {
        guard hasTarget else { return .new }
        switch state {
        case "final", "reviewed": return .reviewed
        case "translated": return .translated
        default: return .draft
        }
    }

    static func xliffState(_ state: SegmentState) -> String {
        switch state {
        case .new, .draft: "initial"
        case .translated: "translated"
        case .reviewed: "reviewed"
        }
    }

    /// Writes one segment's translation and state.
    static func write(_ stored: StoredSegment, of segment: XLIFFSegment) {
        guard let text = stored.target else { return }
        let holder = segment.holder
        var target = holder.childElement("target")
        if target == nil {
            let created = XMLElement(name: "target")
            let source = holder.childElement("source")
            holder.insertChild(created, at: (source?.index ?? 0) + 1)
            target = created
        }
        InlineContent.replaceContent(of: target!, with: Placeholders.xml(for: text, codes: segment.codes), plain: text)
        holder.set("state", to: xliffState(stored.state))
    }
}
