/// Where a segmentation rule was written: its file, the `<languagerule>` that holds it,
/// its number there and its line, so that a message or `segment --explain` names the
/// rule as the translator sees it in the file.
public struct RuleOrigin: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The `languagerulename` of the rule's `<languagerule>`.
    public var languageRule: String
    /// From 1, within its `<languagerule>`.
    public var number: Int
    /// The line of its `<rule>` tag in the file.
    public var line: Int

    public init(file: String, languageRule: String, number: Int, line: Int) {
        self.file = file
        self.languageRule = languageRule
        self.number = number
        self.line = line
    }

    public var description: String {
        "\(file) “\(languageRule)” rule \(number) (line \(line))"
    }
}
