/// The glossary terms a translator works with, indexed to find them in a segment
/// however they are inflected.
///
/// ```swift
/// var glossary = Glossary()
/// glossary.add(GlossaryEntry(source: "tanda tangan", target: "sign"))
/// glossary.terms(in: "Perjanjian itu ditandatangani di Pyongyang.").map(\.text)
/// // ["ditandatangani"]
/// ```
public struct Glossary: Sendable {
    public private(set) var entries: [GlossaryEntry] = []
    private var index = TermIndex()
    /// Entries by origin and source term, so that lines sharing a source merge.
    private var entryBySource: [String: Int] = [:]

    public init(_ entries: [GlossaryEntry] = []) {
        for entry in entries { add(entry) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `entry`. An entry from the same origin with the same Indonesian term and
    /// nothing else to tell them apart gains its translations instead, as OmegaT
    /// shows several lines of one source together.
    public mutating func add(_ entry: GlossaryEntry) {
        let key = (entry.origin ?? "") + "\t" + entry.sourceTerms.map(\.text).joined(separator: "\t")
        if entry.note == nil, let existing = entryBySource[key], entries[existing].note == nil {
            for target in entry.targetTerms where !entries[existing].targetTerms.contains(target) {
                entries[existing].targetTerms.append(target)
            }
            return
        }
        let number = Int32(entries.count)
        entries.append(entry)
        entryBySource[key] = Int(number)
        for term in entry.sourceTerms { index.insert(term.text, entry: number) }
    }

    /// Every glossary term in `text`. Where terms overlap the longest wins ("Dewan
    /// Keamanan PBB" over "PBB"), then the leftmost. Longest first.
    public func terms(in text: String) -> [TermMatch] {
        let tokens = TermTokenizer.tokens(in: text)
        // One span reached by several paths (menandatangani and ditandatangani both
        // find "ditandatanganinya") is one match with every entry.
        var bySpan: [Range<Int>: [Int32]] = [:]
        for item in index.find(in: tokens) {
            bySpan[item.words, default: []] += item.entries.filter { !(bySpan[item.words] ?? []).contains($0) }
        }
        let found = bySpan.map { TermIndex.Found(words: $0.key, entries: $0.value.sorted()) }.sorted {
            let a = $0.words, b = $1.words
            if a.count != b.count { return a.count > b.count }
            let aLength = text.distance(from: tokens[a.lowerBound].range.lowerBound, to: tokens[a.upperBound - 1].range.upperBound)
            let bLength = text.distance(from: tokens[b.lowerBound].range.lowerBound, to: tokens[b.upperBound - 1].range.upperBound)
            return aLength != bLength ? aLength > bLength : a.lowerBound < b.lowerBound
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var matches: [TermMatch] = []
        for candidate in found where !candidate.words.contains(where: { taken[$0] }) {
            for word in candidate.words { taken[word] = true }
            let range = tokens[candidate.words.lowerBound].range.lowerBound..<tokens[candidate.words.upperBound - 1].range.upperBound
            matches.append(TermMatch(range: range, text: String(text[range]),
                                     entries: candidate.entries.map { entries[Int($0)] }))
        }
        return matches
    }
}

/// A glossary term found in a segment.
public struct TermMatch: Sendable, Equatable {
    /// Where it is in the segment.
    public var range: Range<String.Index>
    /// The words as the segment writes them ("ditandatanganinya").
    public var text: String
    /// The glossary entries it stands for (usually one).
    public var entries: [GlossaryEntry]

    /// The range as offsets in Unicode scalars, what JSON consumers count in.
    public func offsets(in segment: String) -> Range<Int> {
        let scalars = segment.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        return start..<start + scalars.distance(from: range.lowerBound, to: range.upperBound)
    }
}
