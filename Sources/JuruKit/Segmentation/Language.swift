/// The two languages Juru works between: Indonesian sources, English targets.
public enum Language: String, CaseIterable, Sendable, Codable {
    case indonesian = "id"
    case english = "en"

    /// Reads the spellings found in the wild: `id`, `id-ID`, `ID`, `in`, `ind`, `id_ID`,
    /// `en`, `en-US`, `EN-GB`, `eng`.
    public init?(code: String) {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "id", "in", "ind": self = .indonesian
        case "en", "eng": self = .english
        default: return nil
        }
    }

    /// The ICU locale the sentence break iterator opens with.
    var icuLocale: String { rawValue }

    /// The language's name as SRX files spell their language rules.
    public var name: String {
        switch self {
        case .indonesian: "Indonesian"
        case .english: "English"
        }
    }
}
