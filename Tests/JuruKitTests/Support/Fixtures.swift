import Testing
import Foundation
@testable import JuruKit

/// The test fixtures shipped beside the tests, and the shared data sets when the
/// checkout has `../shared` beside it.
enum Fixtures {
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func text(_ path: String) throws -> String {
        try TextFile.read(url(path))
    }

    /// The five seed articles the project started from, by fixture name.
    static let articles = [
        "kbs-korut-rusia", "sindonews-7-fakta-putin", "republika-kim-pulang",
        "liputan6-korsel-pantau", "jurnalsoreang-putin-perjanjian",
    ]

    static func article(_ name: String) throws -> String {
        try text("articles/\(name).txt")
    }

    /// The repository's own top level, which is a workspace (glossaries/, memory/).
    static let repositoryRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    /// TICO-19's English–Indonesian memory (3,071 units; `tmx/real/README.md`),
    /// unpacked into `folder`.
    static func tico19(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("all.en-id.tmx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(Self.url("tmx/real/tico19-all.en-id.tmx.gz").path)' > '\(url.path)'"]
        try process.run()
        process.waitUntilExit()
        return url
    }

    static func indonesianSegmenter() throws -> Segmenter {
        try Segmenter(rules: SegmentationRules.shipped(for: .indonesian))
    }

    static func englishSegmenter() throws -> Segmenter {
        try Segmenter(rules: SegmentationRules.shipped(for: .english))
    }
}

/// `../shared` beside the checkout (or `$JURU_SHARED`): the gold sets and benchmarks.
/// Tests that need it are skipped, with this message, when it is not there.
enum SharedData {
    static let root: URL? = {
        if let path = ProcessInfo.processInfo.environment["JURU_SHARED"] {
            return URL(fileURLWithPath: path)
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let shared = directory.deletingLastPathComponent().appendingPathComponent("shared")
                return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool { root != nil }

    static let skipMessage: Comment = "../shared is not beside this checkout; the shared gold sets are skipped"

    struct GoldDocument: Decodable {
        var doc: String
        var text: String
        var sentences: [String]
        var optional_boundaries: [Int]?
    }

    static func segmentationGold(_ name: String) throws -> [GoldDocument] {
        let url = root!.appendingPathComponent("data/seg/\(name).jsonl")
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try decoder.decode(GoldDocument.self, from: Data($0.utf8))
        }
    }
}


extension SharedData {
    /// Rows of the benchmark's real TM (`data/tm/tm-real.tsv.gz`): id, source, target.
    static func realMemory(limit: Int) throws -> [(id: String, source: String, target: String)] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(root!.appendingPathComponent("data/tm/tm-real.tsv.gz").path)' | head -n \(limit)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= 3 ? (String(fields[0]), String(fields[1]), String(fields[2])) : nil
        }
    }

    /// The benchmark's queries (`data/tm/queries.tsv`): id, source, kind.
    static func memoryQueries() throws -> [(id: String, source: String, kind: String)] {
        let text = try String(contentsOf: root!.appendingPathComponent("data/tm/queries.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), String(fields[1]), String(fields[2]))
        }
    }

    static func interopSample(_ path: String) -> URL {
        root!.appendingPathComponent("data/interop/samples").appendingPathComponent(path)
    }
}
