import Foundation
import GRDB

/// A translation unit in the store: an Indonesian source, its English translation,
/// and where and when it came from.
public struct StoredUnit: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "unit"

    public var id: Int64?
    /// The memory it belongs to (``StoredMemory``): the project's own, or a reference file.
    public var memoryId: Int64
    public var sourceLanguage: String
    public var targetLanguage: String
    /// Plain text, NFC, inline codes left out: what matching compares.
    public var source: String
    public var target: String
    /// The `<seg>` contents with inline codes, when the unit came from TMX with codes.
    public var sourceMarkup: String?
    public var targetMarkup: String?
    /// Where the unit came from: `tmx:FILE`, `alignment:FILE`, `translator`, …
    public var origin: String
    public var createdAt: Date
    public var createdBy: String?
    public var changedAt: Date
    public var changedBy: String?
    public var usageCount: Int
    public var note: String?
    /// The unit's TMX `<prop>`s, as JSON.
    public var properties: String?
    /// What else the unit's TMX carried (``TMXExtras``: `tuid`, `lastusagedate`, the
    /// variants' attributes, notes and properties), as JSON, for export.
    public var tmxExtras: String?
    /// The document a translator confirmed it in: the project memory keeps one current
    /// translation per source and document (``MemoryStore/confirm(_:target:in:state:user:)``).
    /// Nil for imported, aligned and hand-added units.
    public var context: String?
    /// FNV-1a of source, target and context: what makes a unit unique in its memory.
    public var pairKey: Int64

    public init(id: Int64? = nil, memoryId: Int64, source: String, target: String,
                sourceMarkup: String? = nil, targetMarkup: String? = nil, origin: String,
                createdAt: Date = Date(), createdBy: String? = nil, changedAt: Date? = nil,
                changedBy: String? = nil, usageCount: Int = 0, note: String? = nil,
                properties: [TMXProperty] = [], context: String? = nil, extras: TMXExtras = TMXExtras()) {
        self.id = id
        self.memoryId = memoryId
        sourceLanguage = Language.indonesian.rawValue
        targetLanguage = Language.english.rawValue
        self.source = source.nfc
        self.target = target.nfc
        self.sourceMarkup = sourceMarkup
        self.targetMarkup = targetMarkup
        self.origin = origin
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.changedAt = changedAt ?? createdAt
        self.changedBy = changedBy ?? createdBy
        self.usageCount = usageCount
        self.note = note
        self.context = context
        pairKey = Self.pairKey(source: self.source, target: self.target, context: context)
        self.properties = properties.isEmpty ? nil : properties.storedJSON
        self.tmxExtras = extras.json
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The texts are joined with 0xFF, a byte UTF-8 never uses, so that no two
    /// different pairs join to the same bytes (a tab did: `Harga\tnaik` + `Price` and
    /// `Harga` + `naik\tPrice`).
    static func pairKey(source: String, target: String, context: String? = nil) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        for byte in target.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let context {
            hash = (hash ^ 0xFF) &* 0x100_0000_01b3
            for byte in context.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return Int64(bitPattern: hash)
    }

    /// Recomputes ``pairKey`` after a change of texts or context.
    mutating func rekey() {
        pairKey = Self.pairKey(source: source, target: target, context: context)
    }

    /// What else the unit's TMX carried, for export.
    public var extras: TMXExtras { TMXExtras(json: tmxExtras) }

    /// The TMX `<prop>`s.
    public var tmxProperties: [TMXProperty] {
        guard let properties else { return [] }
        return (try? JSONDecoder().decode([TMXProperty].self, from: Data(properties.utf8))) ?? []
    }
}

/// A memory inside the store: the project's working memory (`project`), or a
/// reference TMX file from the workspace's `memory/` folder, read-only, under its
/// file name.
public struct StoredMemory: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "memory"
    /// The name of the memory that confirmed translations and imports go to.
    public static let projectName = "project"

    public var id: Int64?
    public var name: String
    public var isReadOnly: Bool
    /// SHA-256 of the reference file's bytes, to re-import it only when it changed.
    public var contentHash: String?
    public var importedAt: Date?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
