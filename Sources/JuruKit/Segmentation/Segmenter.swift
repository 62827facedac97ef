/// Splits a paragraph into segments: ICU proposes sentence boundaries, SRX rules decide.
///
/// The rules are tried in order at each position ICU proposes and at each position a
/// break rule names; the first rule that matches decides. Where no rule matches, ICU's
/// proposal stands — the rules sit in front of ICU as exceptions, as in Okapi.
///
/// ```swift
/// let segmenter = try Segmenter(rules: SegmentationRules.shipped(for: .indonesian))
/// segmenter.segments(in: "Ia bertemu Dr. Ali di Jl. Merdeka. Mereka berbicara.")
/// // ["Ia bertemu Dr. Ali di Jl. Merdeka.", "Mereka berbicara."]
/// ```
///
/// A segmenter is not thread-safe: use one per task.
public final class Segmenter {
    public let language: Language
    private let breaker: ICUSentenceBreaker
    private let matcher: RuleMatcher
    private var units: [UInt16] = []
    private let source: String
    private let rules: [SegmentationRule]
    /// Set while ``decisions(in:)`` runs, to hear every candidate's fate.
    private var record: ((BoundaryDecision) -> Void)?

    public init(rules: SegmentationRules) throws(SegmentationError) {
        self.language = rules.language
        self.breaker = try ICUSentenceBreaker(locale: rules.language.icuLocale)
        self.matcher = try RuleMatcher(rules.rules, source: rules.source)
        self.source = rules.source
        self.rules = rules.rules
    }

    /// Every candidate boundary of `paragraph` and how it was decided, in order of
    /// position: the rule that matched first, or ICU's proposal standing alone.
    public func decisions(in paragraph: String) -> [BoundaryDecision] {
        var found: [BoundaryDecision] = []
        var lineStart = 0
        record = { found.append($0) }
        defer { record = nil }
        units.removeAll(keepingCapacity: true)
        units.append(contentsOf: paragraph.utf16)
        for i in 0...units.count where i == units.count || Self.isLineBreak(units[i]) {
            let line = lineStart..<i
            if !line.isEmpty {
                let before = found.count
                units.withUnsafeBufferPointer { all in _ = breaks(in: UnsafeBufferPointer(rebasing: all[line])) }
                for k in before..<found.count { found[k].offset += line.lowerBound }
            }
            lineStart = i + 1
        }
        return found
    }

    /// The rules stopped so far because their match took too long (a pattern that
    /// backtracks without end): segmentation goes on without them, and the caller
    /// tells the translator.
    public var stoppedRules: [SegmentationError] {
        matcher.stoppedRules.map { .ruleStopped(source: source, rule: $0) }
    }

    /// The segments of one paragraph, whitespace trimmed. Line breaks inside `paragraph`
    /// are hard boundaries.
    public func segments(in paragraph: String) -> [String] {
        // Slicing the string itself (by walking its UTF-16 view forward) is much faster
        // than decoding the UTF-16 buffer back into strings.
        let utf16 = paragraph.utf16
        var index = utf16.startIndex
        var offset = 0
        return segmentRanges(in: paragraph).map { range in
            index = utf16.index(index, offsetBy: range.lowerBound - offset)
            let end = utf16.index(index, offsetBy: range.count)
            defer { (index, offset) = (end, range.upperBound) }
            return String(paragraph[index..<end])
        }
    }

    /// The segments of one paragraph as UTF-16 offset ranges into it, whitespace trimmed.
    public func segmentRanges(in paragraph: String) -> [Range<Int>] {
        units.removeAll(keepingCapacity: true)
        units.append(contentsOf: paragraph.utf16)
        var ranges: [Range<Int>] = []
        var lineStart = 0
        for i in 0...units.count where i == units.count || Self.isLineBreak(units[i]) {
            appendSegments(ofLine: lineStart..<i, to: &ranges)
            lineStart = i + 1
        }
        return ranges
    }

    private func appendSegments(ofLine line: Range<Int>, to ranges: inout [Range<Int>]) {
        guard !line.isEmpty else { return }
        units.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[line])
            var start = 0
            for position in breaks(in: text) {
                Self.appendTrimmed(start..<position, of: text, offset: line.lowerBound, to: &ranges)
                start = position
            }
            Self.appendTrimmed(start..<text.count, of: text, offset: line.lowerBound, to: &ranges)
        }
    }

    /// The boundaries the rules accept in one line, as rule positions (after the
    /// punctuation, before the whitespace), in increasing order.
    private func breaks(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        // A proposal covers the white space between two sentences: ICU breaks after it,
        // Juru's rules look before it.
        func whitespaceSpan(around position: Int) -> ClosedRange<Int> {
            var lower = position
            var upper = position
            while lower > 0 && Self.isWhitespace(text[lower - 1]) { lower -= 1 }
            while upper < text.count && Self.isWhitespace(text[upper]) { upper += 1 }
            return lower...upper
        }
        var proposed: [(span: ClosedRange<Int>, fromICU: Bool)] = breaker.boundaries(in: text).map {
            (whitespaceSpan(around: Int($0)), true)
        }
        matcher.setText(text)
        if matcher.hasBreakRules {
            let extra = matcher.breakPositions().map { (span: whitespaceSpan(around: Int($0)), fromICU: false) }
            if !extra.isEmpty {
                proposed.append(contentsOf: extra)
                proposed.sort { lhs, rhs in
                    lhs.span.lowerBound < rhs.span.lowerBound
                        || (lhs.span.lowerBound == rhs.span.lowerBound && lhs.fromICU && !rhs.fromICU)
                }
            }
        }
        let bracketed = Self.insideBrackets(text)
        var accepted: [Int] = []
        var previous = -1
        for candidate in proposed where candidate.span.lowerBound != previous && candidate.span.lowerBound > 0 {
            previous = candidate.span.lowerBound
            // Sentences are written with white space between them: "Massaid?model" and
            // "(21/3).(Nda)" are one run of text, whatever ICU proposes.
            if candidate.span.lowerBound == candidate.span.upperBound && candidate.span.upperBound < text.count { continue }
            // A bracket opened and closed on the line holds one aside: "(Foto: ilustrasi. MI)".
            if bracketed[candidate.span.lowerBound] { continue }
            let match = matcher.firstMatch(at: candidate.span)
            let isBreak = match.map { matcher.isBreak[$0] } ?? candidate.fromICU
            if isBreak {
                accepted.append(candidate.span.lowerBound)
            }
            if let record {
                record(BoundaryDecision(offset: candidate.span.lowerBound, isBreak: isBreak, rule: match.map { rules[$0] },
                                        ruleNumber: match.map { $0 + 1 }, proposedByICU: candidate.fromICU))
            }
        }
        return accepted
    }

    /// For each position of a line, whether it lies inside a pair of round or square
    /// brackets opened and closed on that line, within a caption-length span. A bracket
    /// never closed, or closed too far away, is a typo or a list label ("a)") and holds nothing.
    private static func insideBrackets(_ text: UnsafeBufferPointer<UInt16>) -> [Bool] {
        var inside = [Bool](repeating: false, count: text.count + 1)
        var open: [(unit: UInt16, at: Int)] = []
        for (i, unit) in text.enumerated() {
            switch unit {
            case 0x28, 0x5B:   // ( [
                open.append((unit, i))
            case 0x29, 0x5D:   // ) ]
                let opening: UInt16 = unit == 0x29 ? 0x28 : 0x5B
                guard let last = open.lastIndex(where: { $0.unit == opening }) else { continue }
                let start = open[last].at
                open.removeSubrange(last...)
                if i - start <= maxBracketSpan {
                    for position in (start + 1)...i { inside[position] = true }
                }
            default:
                continue
            }
        }
        return inside
    }

    /// The longest aside in brackets that holds its boundaries: a credit or a short note,
    /// not a whole paragraph put in brackets.
    private static let maxBracketSpan = 200

    private static func appendTrimmed(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt16>, offset: Int,
                                      to ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isWhitespace(text[lower]) { lower += 1 }
        while upper > lower && isWhitespace(text[upper - 1]) { upper -= 1 }
        if lower < upper { ranges.append((lower + offset)..<(upper + offset)) }
    }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x0B || unit == 0x0C || unit == 0x85
    }

    /// White space as the segmenter trims it (Unicode's White_Space, as Python's
    /// `str.isspace` has it), the no-break spaces of scraped pages included. Zero-width
    /// characters are not white space and stay in the text.
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
