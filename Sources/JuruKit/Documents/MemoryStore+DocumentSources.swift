import Foundation
import GRDB

/// The file a document came from, when its export writes that file back translated.
public struct DocumentSource: Sendable, Equatable {
    public enum Format: String, Sendable { case html, xliff }
    public var format: Format
    public var original: Data
}

extension MemoryStore {
    public func setSource(_ source: DocumentSource, of document: String) throws {
        try database.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ?", arguments: [document]) else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO documentSource(documentId, format, original) VALUES (?, ?, ?)",
                           arguments: [id, source.format.rawValue, source.original])
        }
    }

    public func source(of document: StoredDocument) throws -> DocumentSource? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT format, original FROM documentSource WHERE documentId = ?",
                                             arguments: [document.id]),
                  let format = DocumentSource.Format(rawValue: row["format"]) else { return nil }
            return DocumentSource(format: format, original: row["original"])
        }
    }
}
