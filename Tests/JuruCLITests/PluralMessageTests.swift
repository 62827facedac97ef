import Foundation
import Testing

/// Messages count as English does: "1 segment", not "1 segments" (issue 11).
struct PluralMessageTests {
    @Test func oneOfAThingIsSingular() throws {
        let folder = try TemporaryFolder()
        let article = folder.url.appendingPathComponent("putin-tiba.txt")
        try "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu dini hari.\n".write(to: article, atomically: true, encoding: .utf8)
        let added = try Juru.run(["add", article.path], workspace: folder.url)
        #expect(added.output == "putin-tiba.txt: 1 segment\n", "\(added.error)")
        let exported = try Juru.run(["export", "--tsv", "out.tsv"], workspace: folder.url)
        #expect(exported.output == "out.tsv: 1 segment written\n")
        let translated = try Juru.run(["translate"], input: "Russian President Vladimir Putin arrived in Pyongyang early Wednesday.\n",
                                      workspace: folder.url, environment: ["NO_COLOR": "1"])
        #expect(translated.output.contains("1/1 segment · 11/11 words"), "\(translated.output)")
        _ = try Juru.run(["tm", "add", "Korsel memantau situasi.", "South Korea is monitoring the situation."], workspace: folder.url)
        let tmExport = try Juru.run(["tm", "export", "out.tmx"], workspace: folder.url)
        #expect(tmExport.output == "out.tmx: 2 units written\n")
    }
}
