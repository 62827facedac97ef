import Foundation

/// The ordered rules a ``Segmenter`` applies for one language, and where they came from.
///
/// Juru ships an SRX 2.0 file with rules for Indonesian and English. A workspace can
/// add its own in `segmentation.srx`; those come first, so a translator's exception
/// wins over the shipped rules without a rebuild.
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

    /// The workspace's own rules (if it has a `segmentation.srx` that maps the
    /// language) in front of the shipped ones.
    public static func effective(for language: Language, workspace: URL?) throws -> SegmentationRules {
        let shipped = try shipped(for: language)
        guard let workspace else { return shipped }
        let url = workspace.appendingPathComponent(workspaceFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return shipped }
        let document = try SRXDocument(contentsOf: url)
        guard let own = try? document.rules(for: language) else { return shipped }
        return own.followed(by: shipped)
    }

    /// These rules, then `other`'s.
    public func followed(by other: SegmentationRules) -> SegmentationRules {
        SegmentationRules(language: language, rules: rules + other.rules, source: source + " + " + other.source)
    }
}
