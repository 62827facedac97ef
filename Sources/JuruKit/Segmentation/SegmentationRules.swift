import Foundation

/// The ordered rules a ``Segmenter`` applies for one language, and where they came from.
///
/// Juru ships an SRX 2.0 file with rules for Indonesian and English. A workspace can
/// add its own in `segmentation.srx`: its leading exceptions come first, so a
/// translator's exception wins over the shipped rules without a rebuild, and its break
/// rules come after the shipped ones, so that a catch-all such as OmegaT's
/// `[\.\?\!]+ ‖ \s` adds boundaries without silencing Juru's exceptions
/// (`Maj. Gen. Agus`). Imported with `--replace`, the workspace's rules stand alone.
public struct SegmentationRules: Sendable {
    public var language: Language
    public var rules: [SegmentationRule]
    /// Where the rules came from, for messages: file names joined by " + ".
    public var source: String

    public init(language: Language, rules: [SegmentationRule], source: String) {
        self.language = language
        self.rules = rules
        self.source = source
    }

    /// The file name of the workspace's own rules.
    public static let workspaceFileName = "segmentation.srx"

    /// The rules Juru ships for `language`.
    public static func shipped(for language: Language) throws -> SegmentationRules {
        guard let url = Bundle.module.url(forResource: "juru", withExtension: "srx", subdirectory: "Segmentation") else {
            throw SegmentationError.malformedSRX(file: "juru.srx", line: 0, column: 0, reason: "the shipped rules file is missing from the build")
        }
        return try SRXDocument(contentsOf: url).rules(for: language)
    }

    /// The rules from an SRX file for `language`.
    public static func load(srx url: URL, for language: Language) throws -> SegmentationRules {
        try SRXDocument(contentsOf: url).rules(for: language)
    }

    /// The name of the marker beside `segmentation.srx` that says its rules stand alone
    /// (`rules import --replace`).
    public static let aloneMarkerFileName = "segmentation.srx.alone"

    /// The workspace's own rules (if it has a `segmentation.srx` that maps the
    /// language) merged with the shipped ones, or alone after `rules import --replace`.
    public static func effective(for language: Language, workspace: URL?) throws -> SegmentationRules {
        guard let workspace else { return try shipped(for: language) }
        let url = workspace.appendingPathComponent(workspaceFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return try shipped(for: language) }
        let document = try SRXDocument(contentsOf: url)
        let alone = FileManager.default.fileExists(atPath: workspace.appendingPathComponent(aloneMarkerFileName).path)
        guard let own = try? document.rules(for: language) else { return try shipped(for: language) }
        return alone ? own : own.adding(to: try shipped(for: language))
    }

    /// These rules added to `shipped`: this file's exceptions up to its first break
    /// rule, then every shipped rule, then the rest of this file. Each file keeps its
    /// own order; a shipped exception is only ever overruled by an exception.
    public func adding(to shipped: SegmentationRules) -> SegmentationRules {
        let firstBreak = rules.firstIndex(where: \.isBreak) ?? rules.endIndex
        return SegmentationRules(language: language,
                                 rules: Array(rules[..<firstBreak]) + shipped.rules + Array(rules[firstBreak...]),
                                 source: source + " + " + shipped.source)
    }

    /// These rules, then `other`'s.
    public func followed(by other: SegmentationRules) -> SegmentationRules {
        SegmentationRules(language: language, rules: rules + other.rules, source: source + " + " + other.source)
    }
}
