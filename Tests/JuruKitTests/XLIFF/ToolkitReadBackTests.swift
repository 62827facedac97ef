import Foundation
import Testing
@testable import JuruKit

/// Juru's XLIFF read back by translate-toolkit (`translate.storage.xliff` / `xliff2`),
/// as a translator's other tools would read it: every translated segment has its
/// target. Runs with the interop bench's Python (`../shared/bench/interop/setup.sh`),
/// or `$INTEROP_VENV`; skipped without translate-toolkit.
struct ToolkitReadBackTests {
    @Test(.enabled(if: Toolkit.python != nil, "translate-toolkit not installed (../shared/bench/interop/setup.sh)"))
    func sameFileXLIFF12ReadsBackWithItsTargets() throws {
        let data = try Data(contentsOf: Fixtures.url("xliff/berita-1.2.xlf"))
        var segments = try XLIFFImport.segments(of: try XLIFFFile(data: data, path: "berita-1.2.xlf"))
        segments[0].target = "Floods Swamp Hundreds of Homes in Bekasi"
        segments[1].target = "Floods submerged {1}hundreds of homes{/1} in Bekasi."
        segments[2].target = "Residents fled to mosques{1/}."
        let document = StoredDocument(id: 1, name: "berita-1.2.xlf", path: "/x", addedAt: Date(), changedAt: Date())
        let units = try Toolkit.read(try XLIFFExport.sameFile(data, document: document, segments: segments))
        #expect(units.count == 5)
        #expect(units[0].target == "Floods Swamp Hundreds of Homes in Bekasi")
        #expect(units[1].target?.contains("Floods submerged hundreds of homes in Bekasi.") == true
                && units[1].target?.contains("Residents fled to mosques") == true, "\(units[1])")
        #expect(units[2].target == "Public kitchens set up")
        #expect(units[3].target == nil, "translate=\"no\" stays untranslated")
    }

    @Test(.enabled(if: Toolkit.python != nil, "translate-toolkit not installed (../shared/bench/interop/setup.sh)"))
    func sameFileXLIFF2ReadsBackWithItsTargets() throws {
        let data = try Data(contentsOf: Fixtures.url("xliff/berita-2.0.xlf"))
        var segments = try XLIFFImport.segments(of: try XLIFFFile(data: data, path: "berita-2.0.xlf"))
        segments[0].target = "Heavy rain has fallen on {1}Jakarta{/1} since morning."
        segments[2].target = "Officers are still on duty."
        let document = StoredDocument(id: 1, name: "berita-2.0.xlf", path: "/x", addedAt: Date(), changedAt: Date())
        let units = try Toolkit.read(try XLIFFExport.sameFile(data, document: document, segments: segments))
        #expect(units.map(\.target) == ["Heavy rain has fallen on Jakarta since morning.",
                                        "Main roads were flooded and traffic jammed.", nil, "Officers are still on duty."])
    }

    @Test(.enabled(if: Toolkit.python != nil, "translate-toolkit not installed (../shared/bench/interop/setup.sh)"))
    func newFilesOfBothVersionsReadBack() throws {
        let document = StoredDocument(id: 1, name: "banjir.txt", path: "/x", addedAt: Date(), changedAt: Date())
        let segments = [
            StoredSegment(documentId: 1, position: 0, paragraph: 0, paragraphKind: .headline, source: "Banjir di Bekasi",
                          target: "Floods in Bekasi", state: .translated),
            StoredSegment(documentId: 1, position: 1, paragraph: 1, paragraphKind: .body, source: "Klik {1}di sini{/1}.",
                          target: "Click {1}here{/1}.", state: .reviewed),
            StoredSegment(documentId: 1, position: 2, paragraph: 1, paragraphKind: .body, source: "Warga mengungsi."),
        ]
        for version in XLIFFExport.Version.allCases {
            let units = try Toolkit.read(Data(XLIFFExport.newFile(document, segments: segments, version: version).utf8))
            #expect(units.map(\.source) == ["Banjir di Bekasi", "Klik di sini.", "Warga mengungsi."], "\(version)")
            #expect(units.map(\.target) == ["Floods in Bekasi", "Click here.", nil], "\(version)")
        }
    }
}

/// translate-toolkit run on an XLIFF file: each unit's source and target as it reads them.
enum Toolkit {
    struct Unit: Decodable, Equatable { var source: String; var target: String? }

    static let python: String? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["INTEROP_VENV"].map { "\($0)/bin/python" },
                          "\(environment["JURU_BENCH_HOME"] ?? NSHomeDirectory() + "/.cache/juru-bench")/venv-interop/bin/python"]
        for case let path? in candidates where FileManager.default.isExecutableFile(atPath: path) {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: path)
            probe.arguments = ["-c", "import translate.storage.xliff, translate.storage.xliff2"]
            probe.standardError = FileHandle.nullDevice
            guard (try? probe.run()) != nil else { continue }
            probe.waitUntilExit()
            if probe.terminationStatus == 0 { return path }
        }
        return nil
    }()

    private static let script = """
        import sys, json
        from translate.storage import xliff, xliff2
        data = open(sys.argv[1], 'rb').read()
        store = xliff2.Xliff2File.parsestring(data) if b'xliff:document:2.0' in data else xliff.xlifffile.parsestring(data)
        units = [u for u in store.units if not u.isheader()]
        print(json.dumps([{'source': str(u.source), 'target': str(u.target) if u.target else None} for u in units]))
        """

    static func read(_ data: Data) throws -> [Unit] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juru-toolkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.xlf")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([Unit].self, from: json)
    }
}
