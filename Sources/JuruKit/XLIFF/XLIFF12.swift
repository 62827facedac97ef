#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif

/// XLIFF 1.2: a `trans-unit` is one segment, or several when its `seg-source` marks
/// them (`mrk mtype="seg"`); its `target` has the same marks.
enum XLIFF12 {
    static func segments(of unit: XMLElement, unit index: Int) -> [XLIFFSegment] {
        let notes = unit.childElements("note").compactMap { $0.stringValue }
        let approved = unit.value(of: "approved") == "yes"
        let target = unit.childElement("target")
        let state = target?.value(of: "state")
        if let segSource = unit.childElement("seg-source") {
            let marks = segmentMarks(in: segSource)
            if !marks.isEmpty {
                let targetMarks = target.map(segmentMarks(in:)) ?? []
                return marks.map { mark in
                    let id = mark.value(of: "mid")
                    let (text, codes) = InlineContent.read(mark)
                    let targetMark = targetMarks.first { $0.value(of: "mid") == id }
                    let translation = targetMark.map { InlineContent.read($0, like: codes) }.flatMap { $0.isEmpty ? nil : $0 }
                    return XLIFFSegment(unit: index, holder: unit, markId: id, text: text, codes: codes, target: translation,
                                        state: juruState(state, approved: approved, hasTarget: translation != nil), notes: notes)
                }
            }
        }
        guard let source = unit.childElement("source") else { return [] }
        let (text, codes) = InlineContent.read(source)
        guard text.contains(where: { !$0.isWhitespace }) else { return [] }
        let translation = target.map { InlineContent.read($0, like: codes) }.flatMap { $0.isEmpty ? nil : $0 }
        return [XLIFFSegment(unit: index, holder: unit, markId: nil, text: text, codes: codes, target: translation,
                             state: juruState(state, approved: approved, hasTarget: translation != nil), notes: notes)]
    }

    static func segmentMarks(in element: XMLElement) -> [XMLElement] {
        var marks: [XMLElement] = []
        for child in element.children ?? [] {
            guard let child = child as? XMLElement else { continue }
            if child.bareName == "mrk" && child.value(of: "mtype") == "seg" { marks.append(child) }
            else { marks += segmentMarks(in: child) }
        }
        return marks
    }

    /// A 1.2 target state as Juru's.
    static func juruState(_ state: String?, approved: Bool, hasTarget: Bool) -> SegmentState {
        guard hasTarget else { return .new }
        if approved { return .reviewed }
        switch state {
        case "final", "signed-off": return .reviewed
        case "translated", nil: return .translated
        default: return .draft
        }
    }

    /// Juru's state as a 1.2 target state.
    static func xliffState(_ state: SegmentState) -> String {
        switch state {
        case .new: "needs-translation"
        case .draft: "needs-review-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        }
    }

    /// Writes the translations of one trans-unit's segments into its target.
    static func write(_ translations: [(segment: XLIFFSegment, stored: StoredSegment)], into unit: XMLElement) {
        guard let first = translations.first else { return }
        var target = unit.childElement("target")
        if target == nil {
            let created: XMLElement
            if first.segment.markId != nil, let segSource = unit.childElement("seg-source") {
                created = segSource.copy() as! XMLElement
                // The prefix from the qualified name: FoundationXML's `prefix` crashes on an
                // element in a default namespace.
                let qualified = segSource.name ?? "seg-source"
                created.name = qualified.contains(":") ? "\(qualified.split(separator: ":")[0]):target" : "target"
            } else {
                created = XMLElement(name: "target")
            }
            let after = unit.childElement("seg-source") ?? unit.childElement("source")
            unit.insertChild(created, at: (after?.index ?? 0) + 1)
            target = created
        }
        guard let target else { return }
        for (segment, stored) in translations {
            guard let text = stored.target else { continue }
            let xml = Placeholders.xml(for: text, codes: segment.codes)
            if let id = segment.markId {
                if let mark = segmentMarks(in: target).first(where: { $0.value(of: "mid") == id }) {
                    InlineContent.replaceContent(of: mark, with: xml, plain: text)
                }
            } else {
                InlineContent.replaceContent(of: target, with: xml, plain: text)
            }
        }
        let states = translations.map { $0.stored.target == nil ? SegmentState.new : $0.stored.state }
        let least = states.min { order($0) < order($1) } ?? .new
        target.set("state", to: xliffState(least))
        if least == .reviewed {
            unit.set("approved", to: "yes")
        }
    }

    static func order(_ state: SegmentState) -> Int {
        switch state { case .new: 0; case .draft: 1; case .translated: 2; case .reviewed: 3 }
    }
}
