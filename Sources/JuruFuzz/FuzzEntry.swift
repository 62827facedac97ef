// libFuzzer entry point for Juru's file readers. Built only with JURU_FUZZ=1 (see
// Package.swift) and `-sanitize=fuzzer,address`, which links libFuzzer's runtime.
// JURU_FUZZ_TARGET picks the reader: tmx, tbx, csv, tsv, srx, xliff or article.
// Tests/Fuzz/run-fuzzers.sh builds and runs it.
import Foundation
import JuruKit

/// The reader under test, chosen once per process.
private let target = ProcessInfo.processInfo.environment["JURU_FUZZ_TARGET"] ?? "tmx"

/// The readers take files: each process writes its input to its own file in memory.
private let inputFile: URL = {
    let ext = target == "article" ? "txt" : target
    return URL(fileURLWithPath: "/dev/shm/juru-fuzz-\(getpid()).\(ext)")
}()

/// The shipped Indonesian segmenter, for the article target (built once: it compiles the rules).
nonisolated(unsafe) private let shippedSegmenter: Segmenter? =
    try? Segmenter(rules: SegmentationRules.shipped(for: .indonesian))

/// A sentence run through SRX rules found by the fuzzer, so their regexes are executed too.
private let sample = "Ia bertemu Dr. Ali di Jl. Merdeka No. 5 pukul 10.30 WIB. \"Kapan?\" tanya Budi... Ya!"

/// libFuzzer's driver, for `main.swift` (SwiftPM gives every executable a `main` of its
/// own, which would shadow the one in libFuzzer's runtime).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard (try? data.write(to: inputFile)) != nil else { return 0 }
    // Errors are the readers' expected answer to bad input; only crashes, hangs and
    // sanitizer reports are findings.
    switch target {
    case "tmx":
        _ = try? TMXReader(url: inputFile).read { _ in }
    case "tbx", "csv", "tsv":
        _ = try? GlossaryFile.read(inputFile)
    case "srx":
        if let document = try? SRXDocument(contentsOf: inputFile) {
            for language in Language.allCases {
                guard let rules = try? document.rules(for: language),
                      let segmenter = try? Segmenter(rules: rules) else { continue }
                _ = segmenter.segments(in: sample)
            }
        }
    case "xliff":
        if let file = try? XLIFFFile(url: inputFile) {
            for segment in file.segments() { _ = segment }
        }
    case "article":
        if let text = try? TextFile.read(inputFile) {
            let article = ArticleCleaner().clean(text)
            for paragraph in article.paragraphs { _ = shippedSegmenter?.segments(in: paragraph.text) }
        }
    default:
        fatalError("JURU_FUZZ_TARGET must be tmx, tbx, csv, tsv, srx, xliff or article, not \(target)")
    }
    return 0
}
