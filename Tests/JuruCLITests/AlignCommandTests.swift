import Foundation
import Testing

/// `juru align` as a translator uses it, on a seed article and an English edition
/// written for the tests.
struct AlignCommandTests {
    static let fixtures = Juru.packageRoot.appendingPathComponent("Tests/JuruKitTests/Fixtures")

    /// The seed article and its English edition as files, in a fresh folder.
    static func articlePair(in folder: URL, name: String = "kbs") throws -> (URL, URL) {
        let source = folder.appendingPathComponent("\(name).txt")
        let target = folder.appendingPathComponent("\(name).en.txt")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("articles/kbs-korut-rusia.txt"), to: source)
        let edition = try JSONSerialization.jsonObject(
            with: Data(contentsOf: fixtures.appendingPathComponent("alignment/kbs-korut-rusia.json"))) as! [String: Any]
        try (edition["target"] as! [String]).joined(separator: "\n\n").write(to: target, atomically: true, encoding: .utf8)
        return (source, target)
    }

    @Test func alignsTwoArticlesAndStoresTheConfidentLinks() throws {
        let folder = try TemporaryFolder()
        let (source, target) = try Self.articlePair(in: folder.url)
        let result = try Juru.run(["align", source.path, target.path, "--into-memory"], workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("kbs.txt ↔ kbs.en.txt"))
        #expect(result.output.contains("2:1") && result.output.contains("1:2"))
        #expect(result.output.contains("units stored in the project memory"))
        let lookup = try Juru.run(["tm", "search", "Unifikasi"], workspace: folder.url)
        #expect(lookup.output.contains("Unification Ministry"), "\(lookup.output)")
    }

    @Test func reviewStoresNothingTheTranslatorDidNotAccept() throws {
        let folder = try TemporaryFolder()
        let (source, target) = try Self.articlePair(in: folder.url)
        let result = try Juru.run(["align", source.path, target.path, "--review"], input: "q\nn\n", workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("nothing is stored until you accept it"))
        #expect(result.output.contains("0 links in the memory"), "\(result.output)")
        let lookup = try Juru.run(["tm", "search", "Unifikasi"], workspace: folder.url)
        #expect(!lookup.output.contains("Unification Ministry"), "\(lookup.output)")
    }

    @Test func reviewStoresTheConfidentLinksWhenTheTranslatorSaysSo() throws {
        let folder = try TemporaryFolder()
        let (source, target) = try Self.articlePair(in: folder.url)
        let result = try Juru.run(["align", source.path, target.path, "--review"], input: "q\ny\n", workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let lookup = try Juru.run(["tm", "search", "Unifikasi"], workspace: folder.url)
        #expect(lookup.output.contains("Unification Ministry"), "\(lookup.output)")
    }

    @Test func reviewWithIntoMemoryStoresTheConfidentLinksOnEntry() throws {
        let folder = try TemporaryFolder()
        let (source, target) = try Self.articlePair(in: folder.url)
        let result = try Juru.run(["align", source.path, target.path, "--review", "--into-memory"], input: "a\nr\n",
                                  workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("confident links stored (--into-memory)"))
        let lookup = try Juru.run(["tm", "search", "Unifikasi"], workspace: folder.url)
        #expect(lookup.output.contains("Unification Ministry"), "\(lookup.output)")
    }

    @Test func aFolderReportsAnArticleWithoutItsEnglishEdition() throws {
        let folder = try TemporaryFolder()
        _ = try Self.articlePair(in: folder.url, name: "one")
        try "Kim Jong Un jarang meninggalkan negara.".write(to: folder.url.appendingPathComponent("lone.txt"),
                                                              atomically: true, encoding: .utf8)
        let result = try Juru.run(["align", folder.url.path], workspace: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("juru: lone.txt: no lone.en.txt beside it"), "\(result.error)")
        #expect(result.output.contains("one.txt ↔ one.en.txt") && result.output.contains("1 pair,"), "\(result.output)")
    }

    @Test func aBackgroundLineTheEnglishEditionAddedStaysOutOfTheTMX() throws {
        let folder = try TemporaryFolder()
        let source = folder.url.appendingPathComponent("kim.txt"), target = folder.url.appendingPathComponent("kim.en.txt")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("articles/republika-kim-pulang.txt"),
                                         to: source)
        let edition = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixtures.appendingPathComponent("alignment/republika-kim-pulang.json"))) as! [String: Any]
        try (edition["target"] as! [String]).joined(separator: "\n\n").write(to: target, atomically: true, encoding: .utf8)
        let tmx = folder.url.appendingPathComponent("kim.tmx")
        let result = try Juru.run(["align", source.path, target.path, "--tmx", tmx.path])
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOf: tmx, encoding: .utf8)
        #expect(written.contains("Kim rarely leaves his country."))
        #expect(!written.contains("Russia launched its full-scale invasion"))
        #expect(!written.contains("Artyom terletak 254 kilometer"))
    }

    @Test func aFolderOfPairsWithATMX() throws {
        let folder = try TemporaryFolder()
        let articles = folder.url.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        _ = try Self.articlePair(in: articles, name: "one")
        _ = try Self.articlePair(in: articles, name: "two")
        let tmx = folder.url.appendingPathComponent("aligned.tmx")
        let result = try Juru.run(["align", articles.path, "--tmx", tmx.path], workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("2 pairs"))
        let written = try String(contentsOf: tmx, encoding: .utf8)
        #expect(written.contains("<tuv xml:lang=\"id\">") && written.contains("x-juru-origin"))
    }

    @Test func benchmarkProtocolAndBadInput() throws {
        let line = #"{"doc": "d1", "source": ["Korut menembakkan rudal.", "Baca juga: Putin tiba di Pyongyang"], "target": ["North Korea fired a missile."]}"#
        let result = try Juru.run(["align", "--jsonl-stdin"], input: line + "\n")
        #expect(result.output == #"{"doc":"d1","links":[[[0],[0]],[[1],[]]]}"# + "\n")
        let bad = try Juru.run(["align", "--jsonl-stdin"], input: line + "\n{not json\n")
        #expect(bad.status == 1)
        #expect(bad.error == "juru: standard input:2: not a JSON object with \"doc\" and string arrays \"source\" and \"target\"\n")
    }
}
