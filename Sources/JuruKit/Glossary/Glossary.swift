/// The glossary terms a translator works with, indexed to find them in a segment
/// however they are inflected.
///
/// ```swift
/// var glossary = Glossary()
/// glossary.add(GlossaryEntry(source: "menandatangani", target: "sign"))
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
        // Only lines merge: two TBX concepts that share a term are two meanings (bisa: can, venom).
        let isLine = !(entry.origin ?? "").lowercased().hasSuffix(".tbx")
        if isLine, entry.note == nil, let existing = entryBySource[key], entries[existing].note == nil {
            for target in entry.targetTerms where !entries[existing].targetTerms.contains(target) {
                entries[existing].targetTerms.append(target)
            }
            return
        }
        let number = Int32(entries.count)
        entries.append(entry)
        entryBySource[key] = Int(number)
        for term in entry.sourceTerms { index.insert(term.text, entry: number, isVerb: term.isVerb) }
    }

    /// Every glossary term in `text`. Where terms overlap, the leftmost wins, and of
    /// those starting at one word the longest ("Dewan Keamanan PBB" over "Dewan
    /// Keamanan"). Listed longest first.
    public func terms(in text: String, cache: ReadingCache? = nil) -> [TermMatch] {
        let tokens = TermTokenizer.tokens(in: text, cache: cache)
        // One span reached by several paths (menandatangani and ditandatangani both
        // find "ditandatanganinya") is one match with every entry.
        var bySpan: [Range<Int>: [Int32]] = [:]
        for item in index.find(in: tokens, cache: cache) {
            bySpan[item.words, default: []] += item.entries.filter { !(bySpan[item.words] ?? []).contains($0) }
        }
        // Leftmost, then longest: "kedua negara tetangga" is "kedua negara" + "tetangga".
        let found = bySpan.map { TermIndex.Found(words: $0.key, entries: $0.value) }.sorted {
            $0.words.lowerBound != $1.words.lowerBound ? $0.words.lowerBound < $1.words.lowerBound
                : $0.words.count > $1.words.count
        }
        var matches: [TermMatch] = []
        var coveredUpTo = 0
        for candidate in found where candidate.words.lowerBound >= coveredUpTo {
            coveredUpTo = candidate.words.upperBound
            let range = tokens[candidate.words.lowerBound].range.lowerBound..<tokens[candidate.words.upperBound - 1].range.upperBound
            let written = text[range].lowercased()
            // The entry whose own term is written here first (ditandatangani before menandatangani).
            let ordered = candidate.entries.sorted { a, b in
                let aExact = entries[Int(a)].sourceTerms.contains { $0.text.lowercased() == written }
                let bExact = entries[Int(b)].sourceTerms.contains { $0.text.lowercased() == written }
                return aExact != bExact ? aExact : a < b
            }
            matches.append(TermMatch(range: range, text: String(text[range]), entries: ordered.map { entries[Int($0)] }))
        }
        // Longest first, then in text order.
        matches.sort {
            let a = $0.text.count, b = $1.text.count
            return a != b ? a > b : $0.range.lowerBound < $1.range.lowerBound
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
