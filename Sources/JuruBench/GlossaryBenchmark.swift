import ArgumentParser
import Foundation
import JuruKit

/// Term matching with a large glossary: the time to find the terms of one segment,
/// against a peer that loops over the terms (what a tool without an index does).
struct GlossaryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Time term matching per segment with a glossary of many terms.",
        discussion: """
            The glossary is the given files (default: glossaries/ in the current folder) \
            grown to --terms entries with terms made of the articles' own words, one to \
            three words long, so that many of them occur. Segments are the articles' \
            sentences (default: the seed articles among the test fixtures).
            """
    )

    @Option(help: "Glossary size.")
    var terms = 100_000

    @Option(help: "A folder of Indonesian articles (.txt).")
    var articles = "Tests/JuruKitTests/Fixtures/articles"

    @Option(help: "A folder of glossary files to start from.")
    var glossaries = "glossaries"

    @Option(help: "Times each segment is looked up.")
    var rounds = 5

    func run() throws {
        let segmenter = try Segmenter(rules: SegmentationRules.shipped(for: .indonesian))
        let cleaner = ArticleCleaner()
        var segments: [String] = []
        let folder = URL(fileURLWithPath: articles)
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }) {
            for paragraph in cleaner.clean(try TextFile.read(file)).paragraphs {
                segments += segmenter.segments(in: paragraph.text)
            }
        }
        guard !segments.isEmpty else { throw ValidationError("No articles in \(articles).") }

        var entries = WorkspaceGlossary(workspace: Workspace(root: URL(fileURLWithPath: glossaries).deletingLastPathComponent()))
            .load().glossary.entries
        let shipped = entries.count
        let vocabulary = Array(Set(segments.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) })).sorted()
        var generator = SplitMix64(seed: 42)
        var seen = Set(entries.map(\.source))
        while entries.count < terms {
            let length = Int(generator.next() % 3) + 1
            let words = (0..<length).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
            let term = words.joined(separator: " ")
            if seen.insert(term).inserted {
                entries.append(GlossaryEntry(source: term, target: "t\(entries.count)"))
            }
        }

        let memoryBefore = residentMegabytes()
        let buildStart = ContinuousClock.now
        let glossary = Glossary(entries)
        let build = ContinuousClock.now - buildStart
        let memoryAfter = residentMegabytes()

        var juru: [Double] = [], peer: [Double] = []
        var found = 0
        let lowered = entries.map { $0.source.lowercased() }
        for _ in 0..<rounds {
            for segment in segments {
                let start = ContinuousClock.now
                found += glossary.terms(in: segment).count
                juru.append(milliseconds(ContinuousClock.now - start))
            }
        }
        // The peer: every term looked for in the segment, as substring (no affixes).
        for segment in segments.prefix(100) {
            let start = ContinuousClock.now
            let text = segment.lowercased()
            var hits = 0
            for term in lowered where text.contains(term) { hits += 1 }
            peer.append(milliseconds(ContinuousClock.now - start))
            if hits < 0 { print(hits) }
        }
        let words = segments.map { $0.split(separator: " ").count }
        print("""
            glossary: \(entries.count) entries (\(shipped) from \(glossaries)/, the rest made of the articles' words)
            segments: \(segments.count), median \(median(words.map(Double.init))) words, longest \(words.max() ?? 0)
            index: built in \(String(format: "%.2f", milliseconds(build) / 1000)) s, \
            resident memory +\(memoryAfter - memoryBefore) MB
            juru: median \(format(median(juru))) ms, p95 \(format(percentile(juru, 0.95))) ms per segment \
            (\(juru.count) lookups, \(found / rounds) terms found per round)
            peer (loop over terms, substring): median \(format(median(peer))) ms per segment (\(peer.count) segments)
            ratio: juru is \(String(format: "%.0f", median(peer) / max(median(juru), 1e-9)))× faster
            """)
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    private func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    private func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Resident set size from /proc, in megabytes (0 where there is no /proc).
    private func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// A small seeded generator, so that every run grows the same glossary.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
