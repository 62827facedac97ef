import ArgumentParser
import Foundation
import JuruKit

/// `juru align FOLDER`: every NAME.txt with its NAME.en.txt.
struct AlignFolder {
    let folder: URL
    let aligner: SentenceAligner
    let workspace: WorkspaceOptions
    let intoMemory: Bool
    let tmx: String?

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw AlignFolderError(message: "\(folder.path): not a folder; give two files, or a folder of NAME.txt and NAME.en.txt pairs")
        }
        let (pairs, missing) = try FolderPairs.find(in: folder)
        // A file without its other half is reported, the others are aligned, and the
        // exit status says that something was left out.
        for message in missing { FileHandle.standardError.write(Data("juru: \(message)\n".utf8)) }
        guard !pairs.isEmpty else {
            throw AlignFolderError(message: "\(folder.path): no NAME.txt with a NAME.en.txt beside it")
        }
        let store = intoMemory ? try workspace.openStore() : nil
        let writer = try tmx.map { try TMXWriter(url: URL(fileURLWithPath: $0)) }
        var bar = ProgressBar("Aligning")
        var stored = 0, links = 0, review = 0, failed = 0
        for (number, (source, target)) in pairs.enumerated() {
            bar.update(Double(number + 1) / Double(pairs.count))
            // A pair that cannot be read is reported, and the batch goes on.
            let document: AlignedDocument
            do { document = try AlignedDocument(source: source, target: target, aligner: aligner) } catch {
                FileHandle.standardError.write(Data("juru: \(error.localizedDescription); pair skipped\n".utf8))
                failed += 1
                continue
            }
            links += document.links.count
            review += document.reviewCount
            do {
                if let store { stored += try document.store(into: store) }
                for unit in writer == nil ? [] : document.confidentUnits() { try writer!.write(unit) }
            } catch {
                writer?.cancel()
                throw error
            }
            print("\(source.lastPathComponent) ↔ \(target.lastPathComponent): \(count(document.links.count, "link")), \(document.reviewCount) for review")
        }
        bar.finish()
        try writer?.finish()
        print("\(count(pairs.count, "pair"))\(failed > 0 ? " (\(failed) unreadable)" : ""), \(count(links, "link")), \(review) marked for review"
              + (store != nil ? ", \(count(stored, "unit")) stored" : "")
              + (writer != nil ? ", \(count(writer!.unitsWritten, "unit")) written to \(tmx!)" : "")
              + (missing.isEmpty ? "" : "; \(count(missing.count, "file")) without \(missing.count == 1 ? "its" : "their") other half"))
        if failed > 0 || !missing.isEmpty { throw ExitCode.failure }
    }
}

struct AlignFolderError: Error, LocalizedError {
    var message: String
    var errorDescription: String? { message }
}
