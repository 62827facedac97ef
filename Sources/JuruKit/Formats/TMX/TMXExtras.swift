import Foundation

/// What a TMX unit carries that Juru has no column of its own for, kept so that an
/// export gives it back: the `<tu>`'s other attributes (`tuid`, `lastusagedate`,
/// `datatype`, `o-encoding`, …) and each variant's attributes, notes and properties.
///
/// Juru's own columns hold the unit's dates, users, usage count, notes and
/// properties; the rest lives here, stored as JSON beside the unit.
public struct TMXExtras: Codable, Sendable, Equatable {
    /// `<tu>` attributes other than those Juru keeps in columns (and `srclang`, which
    /// Juru sets: its memories run Indonesian→English).
    public var unitAttributes: [String: String] = [:]
    /// The Indonesian `<tuv>`'s attributes other than `xml:lang`.
    public var sourceAttributes: [String: String] = [:]
    public var targetAttributes: [String: String] = [:]
    public var sourceNotes: [String] = []
    public var targetNotes: [String] = []
    public var sourceProperties: [TMXProperty] = []
    public var targetProperties: [TMXProperty] = []

    public init() {}

    public var isEmpty: Bool { self == TMXExtras() }

    /// The `<tu>` attributes Juru keeps in columns of its own.
    static let unitColumns: Set<String> = ["creationdate", "creationid", "changedate", "changeid", "usagecount", "srclang"]

    /// The unit's `tuid`, as the file wrote it (`CMU_1:1`).
    public var tuid: String? { unitAttributes["tuid"] }

    /// As stored: JSON (keys in order, so that the same extras are always the same
    /// text), or nil when there is nothing.
    var json: String? {
        isEmpty ? nil : storedJSON
    }

    init(json: String?) {
        guard let json, let decoded = try? JSONDecoder().decode(TMXExtras.self, from: Data(json.utf8)) else { return }
        self = decoded
    }
}

