/// A unit of translation: one sentence, or one line that is not a sentence (a headline,
/// a dateline, a caption credit), cut from a paragraph.
public struct Segment: Hashable, Sendable {
    /// The segment's text, whitespace trimmed.
    public var text: String
    /// Its place among the paragraph's segments, from 0.
    public var index: Int
    /// Offsets into the paragraph, in Unicode code points (as Python, JSON tools and the
    /// benchmark count them): `start..<end`.
    public var start: Int
    public var end: Int

    public init(text: String, index: Int, start: Int, end: Int) {
        self.text = text
        self.index = index
        self.start = start
        self.end = end
    }
}

extension Segmenter {
    /// The segments of a cleaned paragraph, with their offsets.
    public func segments(of paragraph: Paragraph) -> [Segment] {
        segments(withOffsetsIn: paragraph.text)
    }

    /// The segments of `text`, with code-point offsets into it.
    public func segments(withOffsetsIn text: String) -> [Segment] {
        let ranges = segmentRanges(in: text)
        guard !ranges.isEmpty else { return [] }
        let units = Array(text.utf16)
        // Code points before each UTF-16 offset: a surrogate pair counts once.
        var scalarsBefore = [Int](repeating: 0, count: units.count + 1)
        for (i, unit) in units.enumerated() {
            scalarsBefore[i + 1] = scalarsBefore[i] + (UTF16.isTrailSurrogate(unit) ? 0 : 1)
        }
        return ranges.enumerated().map { index, range in
            Segment(text: String(decoding: units[range], as: UTF16.self), index: index,
                    start: scalarsBefore[range.lowerBound], end: scalarsBefore[range.upperBound])
        }
    }
}
