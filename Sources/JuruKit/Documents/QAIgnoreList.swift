import Foundation

/// The QA findings a translator has looked at and let stand, per document, so that
/// the next `juru qa` shows only what is new. Kept by the segment's source text, not
/// its number, so a join or split does not bring them back, and by the message, so
/// that a new problem in the same segment still shows.
///
/// A small JSON file beside the store (`memory/qa-ignore.json`), readable and easy to
/// share; it needs no change to the store's schema.
public struct QAIgnoreList: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public var source: String
        public var check: TranslationQA.Check
        public var message: String
    }

    /// By document name.
    public private(set) var documents: [String: [Entry]] = [:]

    public init() {}

    public static func file(in workspace: Workspace) -> URL {
        workspace.memory.appendingPathComponent("qa-ignore.json")
    }

    /// The list in `url`; empty when there is no file yet.
    public static func load(_ url: URL) throws -> QAIgnoreList {
        guard FileManager.default.fileExists(atPath: url.path) else { return QAIgnoreList() }
        return try JSONDecoder().decode(QAIgnoreList.self, from: Data(contentsOf: url))
    }

    public func save(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    public func isIgnored(_ finding: TranslationQA.Finding, in document: String) -> Bool {
        documents[document]?.contains(Entry(source: finding.source, check: finding.check, message: finding.message)) ?? false
    }

    /// Lets `finding` stand from now on; false when it already did.
    @discardableResult
    public mutating func ignore(_ finding: TranslationQA.Finding, in document: String) -> Bool {
        let entry = Entry(source: finding.source, check: finding.check, message: finding.message)
        guard !(documents[document]?.contains(entry) ?? false) else { return false }
        documents[document, default: []].append(entry)
        return true
    }

    /// Forgets what was let stand in `document`; how many there were.
    @discardableResult
    public mutating func forget(_ document: String) -> Int {
        documents.removeValue(forKey: document)?.count ?? 0
    }
}
