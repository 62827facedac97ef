import Foundation

/// The NAME.txt and NAME.en.txt pairs of a folder, and the files whose other half
/// is missing, in the words the translator is told.
enum FolderPairs {
    static func find(in folder: URL) throws -> (pairs: [(source: URL, target: URL)], missing: [String]) {
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        var pairs: [(URL, URL)] = [], missing: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            if name.hasSuffix(".en.txt") {
                let base = String(name.dropLast(".en.txt".count))
                if names.contains(base + ".txt") {
                    pairs.append((folder.appendingPathComponent(base + ".txt"), folder.appendingPathComponent(name)))
                } else {
                    missing.append("\(name): no \(base).txt beside it")
                }
            } else {
                let base = String(name.dropLast(".txt".count))
                if !names.contains(base + ".en.txt") { missing.append("\(name): no \(base).en.txt beside it") }
            }
        }
        return (pairs, missing)
    }
}
