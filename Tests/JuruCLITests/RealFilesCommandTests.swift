import Foundation
import Testing

/// `juru` on files other tools wrote (issue 13): SRX from OmegaT, Okapi and
/// LanguageTool, glossary tables from TICO-19 and LibreOffice, TICO-19's TMX.
@Suite("juru on real files from other tools")
struct RealFilesCommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures")

    @Test("rules import adds OmegaT's rules to Juru's, --replace uses them alone, segment --explain names the rule")
    func rulesImportAddsOrReplaces() throws {
        let folder = try TemporaryFolder()
        let omegat = Self.fixtures.appendingPathComponent("srx/real/omegat-defaultRules.srx").path
        let article = folder.url.appendingPathComponent("berita.txt")
        try "Pangdam Maj. Gen. Agus Subiyanto hadir di Jl. Merdeka. Ia tersenyum.\n".write(to: article, atomically: true, encoding: .utf8)

        let imported = try Juru.run(["rules", "import", omegat], workspace: folder.url)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("added to Juru's shipped rules"))
        let segmented = try Juru.run(["segment", "--raw", "--explain", article.path], workspace: folder.url)
        #expect(segmented.output.hasPrefix("Pangdam Maj. Gen. Agus Subiyanto hadir di Jl. Merdeka.\nIa tersenyum.\n"), "\(segmented.output)")
        #expect(segmented.output.contains("· no break  after “Pangdam Maj.”: rule "))
        #expect(segmented.output.contains("juru.srx “Indonesian” rule"))
        #expect(segmented.output.contains("‖ break     after “Jl. Merdeka.”"))

        let replaced = try Juru.run(["rules", "import", "--replace", omegat], workspace: folder.url)
        #expect(replaced.output.contains("to be used alone"))
        let alone = try Juru.run(["segment", "--raw", article.path], workspace: folder.url)
        #expect(alone.output.split(separator: "\n").count > 2)
        let shown = try Juru.run(["rules", "show"], workspace: folder.url)
        #expect(shown.output.contains("the workspace's rules alone"))
        #expect(shown.output.contains("[segmentation.srx “Default” rule"))
    }

    @Test("rules import of an Okapi file notes its okpsrx extensions on one line")
    func okapiNote() throws {
        let folder = try TemporaryFolder()
        let result = try Juru.run(["rules", "import", Self.fixtures.appendingPathComponent("srx/real/okapi-alternate-default.srx").path],
                                  workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("Okapi's extensions (okpsrx:options"))
    }

    @Test("glossary import of LibreOffice's Source,Padanan says it turned the pairs round")
    func libreOfficeGlossary() throws {
        let folder = try TemporaryFolder()
        let result = try Juru.run(["glossary", "import",
                                   Self.fixtures.appendingPathComponent("glossary/real/libreofficeid-glosarium.csv").path],
                                  workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("180 entries imported (read as English→Indonesian"), "\(result.output)")
        let lookup = try Juru.run(["glossary", "lookup", "Klik tombol Batal untuk menutup berkas."], workspace: folder.url)
        #expect(lookup.output.contains("Batal → Cancel"), "\(lookup.output)")
        #expect(lookup.output.contains("berkas → File") || lookup.output.contains("berkas: Berkas → File"), "\(lookup.output)")
    }

    @Test("glossary import of a file with no entry writes nothing and exits 1")
    func emptyGlossary() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("kosong.csv")
        try "id,sourceLang,targetLang,sourceString,targetString\n1,en,jv_ID,flu,flu\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Juru.run(["glossary", "import", file.path], workspace: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("nothing was imported"))
        let glossaries = folder.url.appendingPathComponent("glossaries").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: glossaries)) ?? []).isEmpty)
    }

    @Test("tm import of TICO-19's memory counts honestly; tm export keeps its tuids and validates")
    func tico19Memory() throws {
        let folder = try TemporaryFolder()
        let tmx = folder.url.appendingPathComponent("all.en-id.tmx")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        unzip.arguments = ["-c", "gzip -dc '\(Self.fixtures.appendingPathComponent("tmx/real/tico19-all.en-id.tmx.gz").path)' > '\(tmx.path)'"]
        try unzip.run()
        unzip.waitUntilExit()
        let first = try Juru.run(["tm", "import", tmx.path], workspace: folder.url)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("3,071 units read: ") || first.output.contains("3071 units read: "), "\(first.output)")
        let again = try Juru.run(["tm", "import", tmx.path], workspace: folder.url)
        #expect(again.output.contains("read: 0 new, 0 updated"), "\(again.output)")
        let export = folder.url.appendingPathComponent("out.tmx")
        let exported = try Juru.run(["tm", "export", export.path], workspace: folder.url)
        #expect(exported.status == 0, "\(exported.error)")
        let text = try String(contentsOf: export, encoding: .utf8)
        #expect(text.contains("<tu tuid=\"CMU_1:1\""))
        #expect(text.contains("<prop type=\"note\">http://www.speech.cs.cmu.edu/haitian/text/1600_medical_domain_sentences.en</prop>"))
    }
}
