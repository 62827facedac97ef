import Foundation

/// The glossary files of a workspace's `glossaries/` folder, which load at start,
/// and the file that terms added by the translator go to.
///
/// Files are the store: a translator can read, edit and share them, and OmegaT can
/// use the folder as its own. An import writes a clean copy of the file it read into
/// the folder (OmegaT's tab-separated format for TSV and CSV, TBX 2008 for TBX), so
/// that what loads later is what the import reported.
public struct WorkspaceGlossary {
    public let folder: URL

    /// Where `juru glossary add` and the REPL write: OmegaT's tab-separated format,
    /// UTF-8 (the `.utf8` extension tells OmegaT so).
    public var addedTermsFile: URL { folder.appendingPathComponent("glossary.utf8") }

    public init(workspace: Workspace) {
        folder = workspace.glossaries
    }

    /// What loading the folder found.
    public struct Loaded: Sendable {
        public var glossary = Glossary()
        /// Lines skipped, with file and line.
        public var problems: [GlossaryProblem] = []
        /// Files that could not be read at all.
        public var failures: [GlossaryError] = []
        public var files: [String] = []
    }

    /// Reads every glossary file in the folder, in name order. A file that cannot be
    /// read is reported and the others load.
    public func load() -> Loaded {
        var loaded = Loaded()
        for file in glossaryFiles() {
            do {
                let contents = try GlossaryFile.read(file)
                for entry in contents.entries { loaded.glossary.add(entry) }
                loaded.problems += contents.problems
                loaded.files.append(file.lastPathComponent)
            } catch {
                loaded.failures.append(error)
            }
        }
        return loaded
    }

    private func glossaryFiles() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { GlossaryFile.Format(url: $0) != nil && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// What an import did.
    public struct ImportReport: Sendable {
        public var file: String
        /// The copy written in the folder.
        public var storedAs: URL
        public var entries: Int
        public var problems: [GlossaryProblem]
        /// How the file was read (which way round, say), one line each.
        public var notes: [String] = []
    }

    /// Reads `file` and writes its entries into the folder, replacing an earlier
    /// import of the same name. Nothing is written if the file cannot be read.
    public func importFile(_ file: URL) throws(GlossaryError) -> ImportReport {
        let contents = try GlossaryFile.read(file)
        // A file that gives nothing must not leave an empty glossary behind (nor
        // replace an earlier import of the same name with one).
        guard !contents.entries.isEmpty else { throw .noEntries(file.path, skipped: contents.problems) }
        let stem = file.deletingPathExtension().lastPathComponent
        let destination: URL
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .unwritable(folder.path)
        }
        let origin: String
        if GlossaryFile.Format(url: file) == .tbx {
            destination = folder.appendingPathComponent(stem + ".tbx")
            origin = destination.lastPathComponent
            try TBXWriter.write(contents.entries.map { $0.withOrigin(origin) }, to: destination)
        } else {
            // A file named like the added-terms file (glossary.tsv, OmegaT's own
            // glossary.txt) must not replace the terms added here: it gets a name of its own.
            let name = stem + ".utf8" == addedTermsFile.lastPathComponent ? stem + "-imported.utf8" : stem + ".utf8"
            destination = folder.appendingPathComponent(name)
            origin = destination.lastPathComponent
            try OmegaTGlossary.write(contents.entries, to: destination)
        }
        return ImportReport(file: file.path, storedAs: destination, entries: contents.entries.count, problems: contents.problems,
                            notes: contents.notes)
    }

    /// What adding a term did.
    public enum AddOutcome: Sendable, Equatable {
        case added
        /// Every pair of the entry is already in this file of the folder: nothing was written.
        case alreadyThere(file: String)
    }

    /// Adds a term to the workspace's own glossary file at once, unless the folder
    /// already has each of its term pairs (a second line would only repeat it).
    @discardableResult
    public func add(_ entry: GlossaryEntry) throws(GlossaryError) -> AddOutcome {
        if let file = fileHolding(entry) { return .alreadyThere(file: file) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = addedTermsFile
            if !FileManager.default.fileExists(atPath: url.path) { try Data().write(to: url) }
            let handle = try FileHandle(forUpdating: url)
            defer { try? handle.close() }
            let end = try handle.seekToEnd()
            var text = OmegaTGlossary.lines(for: entry)
            // A file edited by hand may not end its last line.
            if end > 0 {
                try handle.seek(toOffset: end - 1)
                if try handle.read(upToCount: 1) != Data([0x0A]) { text = "\n" + text }
                try handle.seekToEnd()
            }
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw .unwritable(addedTermsFile.path)
        }
        return .added
    }

    /// The file of the folder whose entries already pair each Indonesian term of
    /// `entry` with each of its English ones, compared without case or extra spaces.
    func fileHolding(_ entry: GlossaryEntry) -> String? {
        func key(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let wanted = entry.sourceTerms.flatMap { source in entry.allowedTargets.map { key(source.text) + "\t" + key($0.text) } }
        guard !wanted.isEmpty else { return nil }
        var holders: [String: Set<String>] = [:]
        for known in load().glossary.entries {
            for source in known.sourceTerms {
                for target in known.allowedTargets {
                    holders[known.origin ?? "", default: []].insert(key(source.text) + "\t" + key(target.text))
                }
            }
        }
        return holders.sorted { $0.key < $1.key }.first { wanted.allSatisfy($0.value.contains) }?.key
    }
}

extension GlossaryEntry {
    func withOrigin(_ origin: String) -> GlossaryEntry {
        var copy = self
        copy.origin = origin
        return copy
    }
}
