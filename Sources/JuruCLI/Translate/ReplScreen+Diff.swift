import Foundation

/// The match's source against the segment as both are written: words compared
/// without case and surrounding punctuation, shown with theirs (`Kim Jong Un`,
/// `REPUBLIKA.CO.ID,`), so the diff reads as the text does.
extension ReplScreen {
    func diff(from match: String, to segment: String) -> String {
        let a = match.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = segment.split(whereSeparator: \.isWhitespace).map(String.init)
        let key = { (word: String) in word.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
        let ka = a.map(key), kb = b.map(key)
        // Longest common subsequence, from the end, so the script reads forwards.
        var common = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i][j] = ka[i] == kb[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var words: [String] = []
        var removedRun: [String] = [], addedRun: [String] = []
        func flush() {
            if !removedRun.isEmpty { words.append(removed("[-\(removedRun.joined(separator: " "))-]")) }
            if !addedRun.isEmpty { words.append(added("{+\(addedRun.joined(separator: " "))+}")) }
            removedRun = []; addedRun = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, ka[i] == kb[j] {
                flush()
                words.append(b[j])
                i += 1; j += 1
            } else if j < b.count, i == a.count || common[i][j + 1] >= common[i + 1][j] {
                addedRun.append(b[j]); j += 1
            } else {
                removedRun.append(a[i]); i += 1
            }
        }
        flush()
        return words.joined(separator: " ")
    }
}
