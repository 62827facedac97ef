import Foundation
import Testing

/// `juru` run as a translator runs it: a process with arguments, standard input and
/// output, and an exit status.
struct Juru {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `juru` executable beside the test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("juru")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/juru")
    }()

    static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    static func article(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/articles/\(name).txt").path
    }

    static func run(_ arguments: [String], input: String? = nil, workspace: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["JURU_WORKSPACE"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = workspace ?? packageRoot
        let output = Pipe(), error = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      error: String(decoding: err, as: UTF8.self))
    }
}

@Suite("juru segment")
struct SegmentCommandTests {
    @Test("Prints the cleaned article one segment a line")
    func printsSegments() throws {
        let result = try Juru.run(["segment", Juru.article("sindonews-7-fakta-putin")])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == [
            "7 Fakta Kedatangan Putin ke Korut, dari Kemitraan Strategis dan Memperteguh Permusuhan dengan Barat",
            "Kamis, 20 Juni 2024 - 13:45 WIB",
            "Presiden Rusia Vladimir Putin berkunjung ke Korea Utara.",
        ])
        #expect(lines.contains("1. Korut Memberikan Dukungan Penuh kepada Rusia dalam Invasi ke Ukraina"))
        #expect(!lines.contains("Foto/AP"))
        #expect(!lines.contains("A A A"))
    }

    @Test("--show-dropped shows what cleaning set aside, with the reason")
    func showsDropped() throws {
        let result = try Juru.run(["segment", "--show-dropped", Juru.article("kbs-korut-rusia")])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("[set aside: navigation] Pergi ke Menu Pergi ke Halaman Utama\n"))
        #expect(result.output.contains("[set aside: photo credit] Photo : YONHAP News\n"))
    }

    @Test("--jsonl gives document, paragraph, kind and code-point offsets")
    func jsonLines() throws {
        let file = Juru.article("liputan6-korsel-pantau")
        let result = try Juru.run(["segment", "--jsonl", file])
        #expect(result.status == 0)
        let records = try result.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let byline = try #require(records.first { ($0["text"] as? String)?.hasPrefix("oleh Tommy K. Rony") == true })
        #expect(byline["document"] as? String == file)
        #expect(byline["kind"] as? String == "byline")
        #expect(byline["start"] as? Int == 0)
        #expect(byline["end"] as? Int == "oleh Tommy K. Rony diperbarui 15 Sep 2023, 21:34 WIB".unicodeScalars.count)
        let second = try #require(records.first { $0["paragraph"] as? Int == 4 && $0["segment"] as? Int == 1 })
        #expect((second["start"] as? Int ?? 0) > 0)
    }

    @Test("--jsonl-stdin speaks the segmentation benchmark's protocol")
    func benchmarkProtocol() throws {
        let input = #"""
        {"doc": "a", "text": "Ia bertemu Dr. Ali di Jl. Merdeka. Mereka berbicara."}
        {"doc": "b", "text": "\"Kapan digelar?\" tanya Budi."}
        """#
        let result = try Juru.run(["segment", "--jsonl-stdin"], input: input)
        #expect(result.status == 0)
        let records = try result.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(records.count == 2)
        #expect(records[0]["doc"] as? String == "a")
        #expect(records[0]["sentences"] as? [String] == ["Ia bertemu Dr. Ali di Jl. Merdeka.", "Mereka berbicara."])
        #expect(records[1]["sentences"] as? [String] == ["\"Kapan digelar?\" tanya Budi."])
    }

    @Test("Bad input gets one clear line on standard error and exit status 1",
          arguments: [
            ("/no/such/article.txt", "no such file"),
            ("/", "is a folder"),
          ])
    func badFiles(path: String, message: String) throws {
        let result = try Juru.run(["segment", path])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("juru: "))
        #expect(result.error.contains(message))
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.output.isEmpty)
    }

    @Test("Binary and Latin-1 files are refused, UTF-16 with a BOM is read")
    func encodings() throws {
        let folder = try TemporaryFolder()
        let binary = folder.url.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).write(to: binary)
        let latin1 = folder.url.appendingPathComponent("latin1.txt")
        try Data([0x4B, 0x6F, 0x72, 0x75, 0x74, 0x20, 0xE9, 0x2E]).write(to: latin1)
        let utf16 = folder.url.appendingPathComponent("utf16.txt")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Korut tiba. Ia tersenyum.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: utf16)

        let refusedBinary = try Juru.run(["segment", binary.path])
        #expect(refusedBinary.status == 1)
        #expect(refusedBinary.error.contains("looks binary"))
        let refusedLatin1 = try Juru.run(["segment", latin1.path])
        #expect(refusedLatin1.status == 1)
        #expect(refusedLatin1.error.contains("not valid UTF-8"))
        let read = try Juru.run(["segment", "--raw", utf16.path])
        #expect(read.status == 0)
        #expect(read.output == "Korut tiba.\nIa tersenyum.\n")
    }

    @Test("--workspace and JURU_WORKSPACE choose the workspace; a missing one is an error")
    func workspaceOption() throws {
        let folder = try TemporaryFolder()
        let srx = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/srx/omegat-style.srx")
        try FileManager.default.copyItem(at: srx, to: folder.url.appendingPathComponent("segmentation.srx"))
        let input = #"{"doc": "a", "text": "Ia bertemu Kapolres. Budi di Mapolda."}"#

        let shipped = try Juru.run(["segment", "--jsonl-stdin"], input: input)
        #expect(shipped.output.contains(#""sentences":["Ia bertemu Kapolres.","Budi di Mapolda."]"#))
        let byOption = try Juru.run(["segment", "--jsonl-stdin", "--workspace", folder.url.path], input: input)
        #expect(byOption.output.contains(#""sentences":["Ia bertemu Kapolres. Budi di Mapolda."]"#))
        let byEnvironment = try Juru.run(["segment", "--jsonl-stdin"], input: input,
                                         environment: ["JURU_WORKSPACE": folder.url.path])
        #expect(byEnvironment.output == byOption.output)

        let missing = try Juru.run(["segment", "--workspace", "/no/such/workspace", Juru.article("kbs-korut-rusia")])
        #expect(missing.status == 1)
        #expect(missing.error == "juru: /no/such/workspace: workspace folder does not exist; create it or pass another --workspace\n")
    }

    @Test("Malformed benchmark input names the line")
    func malformedStdin() throws {
        let result = try Juru.run(["segment", "--jsonl-stdin"], input: "{\"doc\": \"a\", \"text\": \"Oke.\"}\nnot json\n")
        #expect(result.status == 1)
        #expect(result.error == "juru: standard input:2: not a JSON object with string fields \"doc\" and \"text\"\n")
    }
}

@Suite("juru rules")
struct RulesCommandTests {
    @Test("import checks the file first and loses nothing when it is broken")
    func importRefusesBrokenFiles() throws {
        let folder = try TemporaryFolder()
        let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures/srx")
        let good = try Juru.run(["rules", "import", "--workspace", folder.url.path,
                                 fixtures.appendingPathComponent("omegat-style.srx").path])
        #expect(good.status == 0)
        #expect(good.output.contains("Imported 3 Indonesian and 2 English rules"))
        let installed = try Data(contentsOf: folder.url.appendingPathComponent("segmentation.srx"))

        for broken in ["malformed.srx", "bad-regex.srx", "entity-bomb.srx"] {
            let result = try Juru.run(["rules", "import", "--workspace", folder.url.path,
                                       fixtures.appendingPathComponent(broken).path])
            #expect(result.status == 1, "\(broken)")
            #expect(result.error.hasPrefix("juru: ") && result.error.split(separator: "\n").count == 1, "\(broken)")
            #expect(try Data(contentsOf: folder.url.appendingPathComponent("segmentation.srx")) == installed)
        }

        let shown = try Juru.run(["rules", "show", "--workspace", folder.url.path])
        #expect(shown.output.hasPrefix("17 rules from segmentation.srx + juru.srx\n"))
    }
}

final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("juru-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
