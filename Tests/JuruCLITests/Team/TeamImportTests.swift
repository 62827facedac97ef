import Foundation
import Testing

/// `juru tm import --team`: a TMX file put on the team server for every member.
extension TeamScenarioTests {
    @Test("tm import --team sends the file's new units to the other members; a plain import stays local")
    func importForTheTeam() throws {
        try join(a, as: "alice")
        try join(b, as: "bob")
        let imported = try Juru.run(["tm", "import", "--team", try TeamFixtures.tico19(in: a).path], workspace: a.url)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("queued for the team"), "\(imported.output)")
        let held = try total(in: a)
        #expect(held > 3_000)
        #expect(try Juru.run(["team", "sync"], workspace: b.url).status == 0)
        #expect(try total(in: b) == held)
        #expect(try lookup("sudah berapa lama gejala-gejala ini berlangsung?", in: b)
                == ["about how long have these symptoms been going on?"])

        // Without --team the file stays in the workspace that imported it.
        let local = a.url.appendingPathComponent("local.tmx")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="juru-tests" creationtoolversion="1" segtype="sentence" \
            o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/><body>
            <tu><tuv xml:lang="id"><seg>Rapat redaksi dimulai pukul sembilan.</seg></tuv>\
            <tuv xml:lang="en"><seg>The editorial meeting starts at nine.</seg></tuv></tu>
            </body></tmx>
            """.utf8).write(to: local)
        #expect(try Juru.run(["tm", "import", local.path], workspace: a.url).status == 0)
        #expect(try lookup("Rapat redaksi dimulai pukul sembilan.", in: a) == ["The editorial meeting starts at nine."])
        #expect(try Juru.run(["team", "sync"], workspace: b.url).status == 0)
        #expect(try lookup("Rapat redaksi dimulai pukul sembilan.", in: b).isEmpty)

        // A role that may only read: refused in one line, nothing imported.
        let reader = try TemporaryFolder()
        try join(reader, as: "rita")
        let before = try total(in: reader)
        let read = try Juru.run(["tm", "import", "--team", local.path], workspace: reader.url)
        #expect(read.status == 1)
        #expect(read.error.split(separator: "\n").count == 1, "\(read.error)")
        #expect(read.error.hasPrefix("juru: role rita may only read"), "\(read.error)")
        #expect(try total(in: reader) == before)

        // Outside a team, --team is refused in one line and nothing is imported.
        let alone = try TemporaryFolder()
        let refused = try Juru.run(["tm", "import", "--team", local.path], workspace: alone.url)
        #expect(refused.status == 1)
        #expect(refused.error.split(separator: "\n").count == 1, "\(refused.error)")
        #expect(refused.error.hasPrefix("juru: this workspace is not in a team"), "\(refused.error)")
    }
}
