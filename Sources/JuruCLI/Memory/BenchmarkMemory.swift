import Foundation
import JuruKit

/// The TM benchmark's side of `juru tm lookup`: a memory read from its TSV
/// (`id<TAB>source<TAB>target[<TAB>origin]`) into a fresh index, no workspace needed.
enum BenchmarkMemory {
    static func load(_ url: URL) throws -> (FuzzyIndex, [String]) {
        var reader = try LineReader(url: url)
        let index = FuzzyIndex()
        var ids: [String] = []
        var lineNumber = 0
        try reader.forEachLine { line in
            lineNumber += 1
            if line.isEmpty { return }
            guard let tab = line.firstIndex(of: 0x09) else {
                throw BenchmarkMemoryError(file: url.path, line: lineNumber)
            }
            let rest = UnsafeBufferPointer(rebasing: line[(tab + 1)...])
            let sourceEnd = rest.firstIndex(of: 0x09) ?? rest.endIndex
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: line[..<tab]), as: UTF8.self))
            index.add(String(decoding: UnsafeBufferPointer(rebasing: rest[..<sourceEnd]), as: UTF8.self))
        }
        index.seal()
        return (index, ids)
    }

    private struct Answer: Encodable {
        var id: String
        var matches: [Match]
    }

    private struct Match: Encodable {
        var tm_id: String
        var score: Double
    }

    static func answerQueries(index: FuzzyIndex, ids: [String], metric: MatchMetric, threshold: Double,
                              limit: Int, output: inout OutputBuffer) throws {
        while let line = readLine(strippingNewline: true) {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            try answer(query: fields.count > 1 ? String(fields[1]) : "", id: String(fields[0]), index: index,
                       ids: ids, metric: metric, threshold: threshold, limit: limit, output: &output)
        }
    }

    /// The protocol against a workspace's memory: what a translator's lookups return,
    /// its index opened as `juru translate` opens it.
    static func answerQueries(memory: TranslationMemory, metric: MatchMetric, threshold: Double, limit: Int,
                              output: inout OutputBuffer) throws {
        output.write("{\"ready\": true}\n")
        output.flush()
        while let line = readLine(strippingNewline: true) {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let query = fields.count > 1 ? String(fields[1]) : ""
            let found = try memory.matches(for: query, threshold: threshold, limit: limit, metric: metric)
            let matches = found.map { match in
                Match(tm_id: match.unit.extras.tuid ?? String(match.unit.id!),
                      score: ((metric == .word ? match.wordScore : match.characterScore) * 1_000_000).rounded() / 1_000_000)
            }
            output.writeJSON(Answer(id: String(fields[0]), matches: matches))
            output.flush()
        }
    }

    static func answer(query: String, id: String = "1", index: FuzzyIndex, ids: [String], metric: MatchMetric,
                       threshold: Double, limit: Int, output: inout OutputBuffer) throws {
        let hits = index.lookup(query, metric: metric, threshold: threshold, limit: limit)
        let matches = hits.map { Match(tm_id: ids[$0.entry], score: ($0.score * 1_000_000).rounded() / 1_000_000) }
        output.writeJSON(Answer(id: id, matches: matches))
        output.flush()
    }
}

/// A benchmark TSV line without the tab after its id.
struct BenchmarkMemoryError: Error, LocalizedError {
    var file: String
    var line: Int
    var errorDescription: String? { "\(file):\(line): expected id<TAB>source<TAB>target" }
}
