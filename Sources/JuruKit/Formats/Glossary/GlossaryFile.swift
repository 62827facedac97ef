import Foundation

/// Reads and writes glossary files, choosing the format by the file's extension
/// as OmegaT does: `.txt`, `.utf8`, `.tab`, `.tsv` are OmegaT's tab-separated
/// glossary, `.csv` is CSV, `.tbx` is TBX (2008 or v3).
public enum GlossaryFile {
    /// What a glossary file held: its entries, and the lines that were skipped.
    public struct Contents: Sendable, Equatable {
        public var entries: [GlossaryEntry] = []
        public var problems: [GlossaryProblem] = []
        /// How the file was read, for the translator (its direction, say), one line each.
        public var notes: [String] = []
        public init() {}
    }

    public enum Format: String, Sendable, CaseIterable {
        case tsv, csv, tbx

        public init?(url: URL) {
            switch url.pathExtension.lowercased() {
            case "txt", "utf8", "tab", "tsv": self = .tsv
            case "csv": self = .csv
            case "tbx": self = .tbx
            default: return nil
            }
        }
    }

    public static func read(_ url: URL) throws(GlossaryError) -> Contents {
        try GlossaryError.checkFile(url)
        switch Format(url: url) {
        case .tsv: return try OmegaTGlossary.read(url)
        case .csv: return try CSVGlossary.read(url)
        case .tbx: return try TBXReader.read(url)
        case nil: throw .unknownFormat(url.path)
        }
    }

    /// Why a row's fields do not make an entry, if they do not.
    static func problem(with fields: [String], columns: String) -> String? {
        if fields.count < 2 { return "no translation (expected \(columns))" }
        if fields.count > 3 { return "\(fields.count) columns, expected \(columns)" }
        if fields[0].isEmpty { return "no source term" }
        if fields[1].isEmpty { return "no translation" }
        return nil
    }

    /// Writes `text` as UTF-8 without a byte-order mark, replacing `url` only once
    /// the whole file is written.
    static func write(_ text: String, to url: URL) throws(GlossaryError) {
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch { throw .unwritable(url.path) }
    }
}
