/// What is left to translate, in the bands translators are paid by.
public struct DocumentAnalysis: Sendable, Equatable {
    public enum Band: String, Sendable, CaseIterable {
        case repetition = "repetitions"
        case exact = "100%"
        case high = "95–99%"
        case good = "85–94%"
        case fair = "75–84%"
        case low = "50–74%"
        case none = "no match"

        /// The band of a best match scoring `score` (0...1).
        public init(score: Double) {
            switch score {
            case 1...: self = .exact
            case 0.95..<1: self = .high
            case 0.85..<0.95: self = .good
            case 0.75..<0.85: self = .fair
            case 0.5..<0.75: self = .low
            default: self = .none
            }
        }
    }

    /// Segments and source words left, per band.
    public var segments: [Band: Int] = [:]
    public var words: [Band: Int] = [:]

    /// Analyses the segments of `document` that are new or drafts against `memory`.
    /// A segment whose source came earlier in the document is a repetition: it will
    /// be filled when the first is confirmed.
    public init(_ document: [StoredSegment], memory: TranslationMemory) throws {
        var seen: Set<String> = []
        for segment in document {
            let isFirst = seen.insert(segment.source).inserted
            guard segment.state == .new || segment.state == .draft else { continue }
            let band: Band
            if !isFirst {
                band = .repetition
            } else {
                band = Band(score: try memory.matches(for: segment.source, threshold: 0.5, limit: 1).first?.wordScore ?? 0)
            }
            segments[band, default: 0] += 1
            words[band, default: 0] += segment.sourceWords
        }
    }
}
