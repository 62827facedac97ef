import Foundation
import Testing

/// XLIFF and saved pages through the commands a translator runs: added, translated in
/// the REPL by piped lines, exported in the form they came in.
struct DocumentFormatsCommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures")

    private func workspace(with name: String) throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: file)
        return (folder, file)
    }

    /// xmllint against a schema kept beside the XLIFF fixtures; nil without xmllint.
    private func validates(_ file: URL, schema: String) throws -> Bool? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", "--schema", Self.fixtures.appendingPathComponent("xliff/schemas/\(schema)").path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func xliff12InTranslatedOutWithItsCodes() throws {
        let (folder, file) = try workspace(with: "xliff/berita-1.2.xlf")
        let added = try Juru.run(["add", file.path], workspace: folder.url)
        #expect(added.status == 0, "\(added.error)")
        let session = try Juru.run(["translate"], input: "Floods Swamp Hundreds of Homes in Bekasi\n"
                                   + "Floods submerged {1}hundreds of homes{/1} in Bekasi.\n:q\n",
                                   workspace: folder.url, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        #expect(session.status == 0, "\(session.error)")
        let out = folder.url.appendingPathComponent("out.xlf")
        let exported = try Juru.run(["export", "--xliff", out.path], workspace: folder.url)
        #expect(exported.status == 0, "\(exported.error)")
        let xml = try String(contentsOf: out, encoding: .utf8)
        #expect(xml.contains("<target state=\"translated\">Floods Swamp Hundreds of Homes in Bekasi</target>"))
        #expect(xml.contains("<mrk mid=\"0\" mtype=\"seg\">Floods submerged <g id=\"1\">hundreds of homes</g> in Bekasi.</mrk>"))
        #expect(xml.contains("<bpt id=\"3\">&lt;a href=\"/baca\"&gt;</bpt>here<ept id=\"3\">&lt;/a&gt;</ept>"), "codes of a unit left as it was")
        #expect(try validates(out, schema: "xliff-core-1.2-strict.xsd") != false)
    }

    @Test func xliff2InTranslatedOut() throws {
        let (folder, file) = try workspace(with: "xliff/berita-2.0.xlf")
        #expect(try Juru.run(["add", file.path], workspace: folder.url).status == 0)
        let session = try Juru.run(["translate"], input: "Heavy rain has fallen on {1}Jakarta{/1} since morning.\n:q\n",
                                   workspace: folder.url, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        #expect(session.status == 0, "\(session.error)")
        let out = folder.url.appendingPathComponent("out.xlf")
        #expect(try Juru.run(["export", "--xliff", out.path], workspace: folder.url).status == 0)
        let xml = try String(contentsOf: out, encoding: .utf8)
        #expect(xml.contains("<target>Heavy rain has fallen on <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Jakarta</pc> since morning.</target>"))
        #expect(xml.contains("<target>Main roads were flooded<ph id=\"2\" dataRef=\"d3\"/> and traffic jammed.</target>"))
        #expect(try validates(out, schema: "xliff_core_2.0.xsd") != false)
    }

    @Test func brokenXLIFFIsNamedWhereItBreaks() throws {
        let (folder, file) = try workspace(with: "xliff/malformed.xlf")
        let result = try Juru.run(["add", file.path], workspace: folder.url)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("juru: \(file.path):4:"), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func aSavedPageInAndCleanHTMLOut() throws {
        let (folder, file) = try workspace(with: "pages/berita-banjir.html")
        #expect(try Juru.run(["add", file.path], workspace: folder.url).status == 0)
        let session = try Juru.run(["translate"], input: "Floods Swamp Hundreds of Homes in Bekasi\n:q\n",
                                   workspace: folder.url, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        #expect(session.status == 0, "\(session.error)")
        let html = try Juru.run(["export", "--html", "-"], workspace: folder.url)
        #expect(html.status == 0, "\(html.error)")
        #expect(html.output.contains("<html lang=\"en\">"))
        #expect(html.output.contains("<h1>Floods Swamp Hundreds of Homes in Bekasi</h1>"))
        #expect(html.output.contains("<span lang=\"id\">BEKASI - Banjir merendam ratusan rumah"), "\(html.output)")
        #expect(!html.output.contains("Baca Juga"))
    }

    /// `juru extract PAGE…` is read without ArgumentParser (one page per process is its
    /// common use); it must print what the full parser's path prints, and anything else
    /// on the line still goes through the parser.
    @Test func extractPrintsTheBodyOfEachPageAndFailsInOneLine() throws {
        let (folder, file) = try workspace(with: "pages/berita-banjir.html")
        let (latin1Folder, latin1) = try workspace(with: "pages/berita-latin1.html")
        let body = try Juru.run(["extract", file.path, latin1.path], workspace: folder.url)
        #expect(body.status == 0, "\(body.error)")
        #expect(body.output.hasPrefix("BEKASI - Banjir merendam ratusan rumah"), "\(body.output)")
        #expect(!body.output.contains("Baca Juga"))
        #expect(!body.output.contains("Banjir Rendam Ratusan Rumah di Bekasi"), "the headline is not body text")
        #expect(!body.output.contains("Semoga cepat surut"), "a reader's comment is not the article")
        withExtendedLifetime(latin1Folder) {}

        let all = try Juru.run(["extract", "--all", file.path], workspace: folder.url)
        #expect(all.status == 0, "\(all.error)")
        #expect(all.output.hasPrefix("[headline] Banjir Rendam Ratusan Rumah di Bekasi\n"), "\(all.output)")
        // The plain output is the body and its subheadings, as --all marks them.
        let bodyLines = all.output.split(separator: "\n")
            .filter { $0.hasPrefix("[body] ") || $0.hasPrefix("[subheading] ") }
            .map { $0.drop(while: { $0 != " " }).dropFirst() }
        #expect(bodyLines.count >= 5)
        #expect(Array(body.output.split(separator: "\n").prefix(bodyLines.count)) == bodyLines)

        let missing = folder.url.appendingPathComponent("hilang.html").path
        let failed = try Juru.run(["extract", missing], workspace: folder.url)
        #expect(failed.status == 1)
        #expect(failed.error == "juru: \(missing): no such file\n", "\(failed.error)")

        let (noArticleFolder, noArticle) = try workspace(with: "pages/tanpa-artikel.html")
        let none = try Juru.run(["extract", noArticle.path], workspace: folder.url)
        withExtendedLifetime(noArticleFolder) {}
        #expect(none.status == 1)
        #expect(none.error.hasPrefix("juru: \(noArticle.path):1:1: no article"), "\(none.error)")

        let usage = try Juru.run(["extract", "--no-such-flag", file.path], workspace: folder.url)
        #expect(usage.status != 0)
        #expect(usage.error.contains("--no-such-flag"), "an unknown flag is ArgumentParser's to report")
    }
}
