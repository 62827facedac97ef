import Foundation

/// A document written out: the translated article, a bilingual TMX, a TSV.
public enum DocumentExport {
    /// The article in English, one paragraph a line. A segment not yet translated
    /// stays in Indonesian, marked `[ID: …]`, and a draft (a repetition filled, a
    /// joined or split segment) is marked `[DRAFT: …]`, so that nobody publishes either
    /// unseen.
    public static func text(_ segments: [StoredSegment]) -> String {
        var paragraphs: [[String]] = []
        var current: Int?
        for segment in segments {
            let text: String
            switch (segment.target, segment.state) {
            case (let target?, .translated), (let target?, .reviewed): text = target
            case (let target?, _): text = "[DRAFT: \(target)]"
            case (nil, _): text = "[ID: \(segment.source)]"
            }
            if segment.paragraph != current {
                paragraphs.append([])
                current = segment.paragraph
            }
            paragraphs[paragraphs.count - 1].append(text)
        }
        return paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"
    }

    /// Writes `text` to `path` through ``OutputFile`` (`-` is standard output).
    public static func write(_ text: String, to path: String) throws {
        let output = try OutputFile(path: path)
        try output.write(text)
        try output.commit()
    }

    /// Position, state, source, translation and the translator's note, tab-separated,
    /// with a header row.
    public static func tsv(_ segments: [StoredSegment]) -> String {
        func clean(_ text: String) -> String { text.components(separatedBy: CharacterSet(charactersIn: "\t\r\n")).joined(separator: " ") }
        var text = "segment\tstate\tsource\ttarget\tnote\n"
        for segment in segments {
            text += "\(segment.position + 1)\t\(segment.state.rawValue)\t\(clean(segment.source))\t\(clean(segment.target ?? ""))"
                + "\t\(clean(segment.note ?? ""))\n"
        }
        return text
    }

    /// The confirmed pairs (translated or reviewed) as TMX 1.4b, each with the
    /// translator's note as its `<note>`. Returns how many.
    @discardableResult
    public static func tmx(_ segments: [StoredSegment], document: StoredDocument, to path: String) throws -> Int {
        let writer = try TMXWriter(path: path)
        do {
            for segment in segments where segment.state == .translated || segment.state == .reviewed {
                guard let target = segment.target else { continue }
                try writer.write(StoredUnit(memoryId: 0, source: segment.source, target: target,
                                            origin: "document:\(document.name)", createdAt: segment.changedAt ?? Date(),
                                            createdBy: segment.changedBy, note: segment.note))
            }
            try writer.finish()
            return writer.unitsWritten
        } catch {
            writer.cancel()
            throw error
        }
    }
}
