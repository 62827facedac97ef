import Foundation

/// An Indonesian article and its English translation, cleaned, segmented and
/// aligned: what `juru align` shows, stores and exports.
public struct AlignedDocument: Sendable {
    public let sourceName: String
    public let targetName: String
    public let sourceSentences: [String]
    public let targetSentences: [String]
    public let links: [AlignmentLink]

    /// Reads, cleans and segments both files (Indonesian rules for the source,
    /// English for the target) and aligns them.
    public init(source: URL, target: URL, aligner: SentenceAligner) throws {
        let (sourceSentences, sourceParagraphs) = try Self.sentences(of: source, language: .indonesian)
        let (targetSentences, targetParagraphs) = try Self.sentences(of: target, language: .english)
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        sourceName = source.lastPathComponent
        targetName = target.lastPathComponent
        links = aligner.align(source: sourceSentences, target: targetSentences,
                              sourceParagraphs: sourceParagraphs, targetParagraphs: targetParagraphs)
    }

    /// The article's sentences, cleaned and segmented, each with its paragraph.
    private static func sentences(of url: URL, language: Language) throws -> ([String], [Int]) {
        let segmenter = try Segmenter(rules: SegmentationRules.shipped(for: language))
        var sentences: [String] = [], paragraphs: [Int] = []
        for paragraph in ArticleCleaner().clean(try TextFile.read(url)).paragraphs {
            for sentence in segmenter.segments(in: paragraph.text) {
                sentences.append(sentence)
                paragraphs.append(paragraph.index)
            }
        }
        return (sentences, paragraphs)
    }

    /// Where units from this alignment say they came from: `align:SOURCE|TARGET`.
    public var origin: String { "align:\(sourceName)|\(targetName)" }

    /// The confident pairs as units (for a memory, or a TMX).
    public func confidentUnits(memoryId: Int64 = 0) -> [StoredUnit] {
        confidentPairs.map { StoredUnit(memoryId: memoryId, source: $0.source, target: $0.target, origin: origin) }
    }

    /// The texts of a link, sentences joined by a space.
    public func texts(of link: AlignmentLink) -> (source: String, target: String) {
        (sourceSentences[link.source].joined(separator: " "), targetSentences[link.target].joined(separator: " "))
    }

    /// Links with text on both sides and the confidence to be stored without review.
    public var confidentPairs: [(source: String, target: String)] {
        links.filter { !$0.source.isEmpty && !$0.target.isEmpty && !$0.needsReview }.map(texts(of:))
    }

    public var reviewCount: Int { links.filter(\.needsReview).count }

    /// Stores the confident pairs (or `links`) in the project memory, origin
    /// `align:SOURCE|TARGET`, in one transaction. Returns how many were stored.
    @discardableResult
    public func store(into store: MemoryStore, links chosen: [AlignmentLink]? = nil) throws -> Int {
        let project = try store.projectMemory()
        let pairs = chosen.map { $0.map(texts(of:)) } ?? confidentPairs
        let units = pairs.map {
            StoredUnit(memoryId: project.id!, source: $0.source, target: $0.target,
                       origin: origin)
        }
        try store.add(units)
        return units.count
    }

    /// Writes the confident pairs as TMX 1.4b.
    public func writeTMX(to url: URL) throws {
        let writer = try TMXWriter(url: url)
        do {
            for unit in confidentUnits() { try writer.write(unit) }
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
    }
}
