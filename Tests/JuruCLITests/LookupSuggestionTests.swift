import Foundation
import Testing

/// `juru tm lookup` says what taking a match would put in the line, and claims an
/// adaptation of numbers only where one happened.
struct LookupSuggestionTests {
    func lookup(_ text: String, in folder: TemporaryFolder) throws -> [[String: Any]] {
        let result = try Juru.run(["tm", "lookup", "--json", text], workspace: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return try #require(object?["matches"] as? [[String: Any]])
    }

    @Test func leadingZeroTimesAndIndonesianDecimalsAreAdaptedInTheSuggestion() throws {
        let folder = try TemporaryFolder()
        _ = try Juru.run(["tm", "add", "Pertemuan puncak dimulai pukul 02.45 waktu setempat.",
                          "The summit began at 02:45 local time."], workspace: folder.url)
        _ = try Juru.run(["tm", "add", "Artyom terletak 1.254,5 kilometer dari stasiun Khasan.",
                          "Artyom is 1,254.5 kilometers from Khasan station."], workspace: folder.url)
        let time = try #require(try lookup("Pertemuan puncak dimulai pukul 03.15 waktu setempat.", in: folder).first)
        let suggestion = try #require(time["suggestion"] as? [String: Any])
        #expect(suggestion["text"] as? String == "The summit began at 03:15 local time.")
        #expect(suggestion["adapted"] as? Bool == true)
        #expect(time["numbersOnly"] as? Bool == true)
        let decimal = try #require(try lookup("Artyom terletak 980,5 kilometer dari stasiun Khasan.", in: folder).first)
        #expect((decimal["suggestion"] as? [String: Any])?["text"] as? String == "Artyom is 980.5 kilometers from Khasan station.")
    }

    @Test func aMatchWithoutItsOldNumberInEnglishIsNotOfferedAsAdapted() throws {
        let folder = try TemporaryFolder()
        _ = try Juru.run(["tm", "add", "Pembicaraan berlangsung pukul 13.00 WIB.",
                          "The talks were held in the early afternoon."], workspace: folder.url)
        let match = try #require(try lookup("Pembicaraan berlangsung pukul 15.00 WIB.", in: folder).first)
        let suggestion = try #require(match["suggestion"] as? [String: Any])
        #expect(suggestion["adapted"] as? Bool == false)
        #expect(suggestion["text"] as? String == "The talks were held in the early afternoon.")
        #expect((suggestion["note"] as? String)?.contains("13:00 is not in the match's translation") == true)
        let printed = try Juru.run(["tm", "lookup", "Pembicaraan berlangsung pukul 15.00 WIB."], workspace: folder.url)
        #expect(printed.output.contains("numbers differ, not adapted: 13:00 is not in the match's translation"))
        #expect(!printed.output.contains("   →   "))
    }

    @Test func theREPLSaysTakesOnlyForNumbersReallyAdapted() throws {
        let folder = try TemporaryFolder()
        let article = folder.url.appendingPathComponent("pembicaraan.txt")
        try "Pembicaraan berlangsung pukul 15.00 WIB.\n\nPertemuan puncak dimulai pukul 03.15 waktu setempat.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        _ = try Juru.run(["add", article.path], workspace: folder.url)
        _ = try Juru.run(["tm", "add", "Pembicaraan berlangsung pukul 13.00 WIB.",
                          "The talks were held in the early afternoon."], workspace: folder.url)
        _ = try Juru.run(["tm", "add", "Pertemuan puncak dimulai pukul 02.45 waktu setempat.",
                          "The summit began at 02:45 local time."], workspace: folder.url)
        // Wide enough that the notes are not wrapped.
        let result = try Juru.run(["translate"], input: ":n\n:q\n", workspace: folder.url,
                                  environment: ["NO_COLOR": "1", "COLUMNS": "200"])
        #expect(result.output.contains("numbers differ, not adapted: 13:00 is not in the match's translation; "
                                       + ":1 takes the translation as it is"), "\(result.output)")
        #expect(!result.output.contains("takes “The talks"))
        #expect(result.output.contains("only numbers differ: :1 takes “The summit began at 03:15 local time.”"))
    }
}
