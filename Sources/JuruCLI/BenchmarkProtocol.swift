import Foundation
import JuruKit

/// The segmentation benchmark's protocol (../shared/bench/seg/score.py): JSON Lines
/// `{"doc", "text"}` on standard input, `{"doc", "sentences"}` on standard output.
enum BenchmarkProtocol {
    private struct Input: Decodable {
        var doc: String
        var text: String
    }

    private struct Output: Encodable {
        var doc: String
        var sentences: [String]
    }

    static func run(segmenter: Segmenter, output: inout OutputBuffer) throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let record: Input
            do {
                record = try decoder.decode(Input.self, from: line)
            } catch {
                throw BenchmarkInputError(line: lineNumber)
            }
            output.writeJSON(Output(doc: record.doc, sentences: segmenter.segments(in: record.text)))
        }
    }
}

struct BenchmarkInputError: Error, LocalizedError {
    var line: Int
    var errorDescription: String? {
        "standard input:\(line): not a JSON object with string fields \"doc\" and \"text\""
    }
}
