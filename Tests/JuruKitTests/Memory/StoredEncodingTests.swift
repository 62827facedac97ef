import Foundation
import GRDB
import Testing
@testable import JuruKit

/// The import writes extras, properties and dates by hand for speed; what it writes
/// must be what `JSONEncoder`, GRDB and `Calendar` wrote before, so that stores made
/// before and after hold the same text.
struct StoredEncodingTests {
    /// Attribute values and notes as real TMX files carry them (OmegaT, Trados), and
    /// the characters JSON escapes.
    static let awkward = [
        "", "CMU_1:1", "http://example.org/a/b", "quote \" and back\\slash", "tab\there\nnew line\r",
        "bell\u{07} nul\u{00} unit\u{1F} del\u{7F}", "Kemenlu — “kutipan” é ñ 日本", "\u{2028}\u{2029}", "emoji 🇮🇩",
    ]

    @Test func extrasAreWrittenAsJSONEncoderWritesThem() throws {
        var extras = TMXExtras()
        extras.unitAttributes = ["tuid": "7", "datatype": "plaintext", "o-encoding": "UTF-8", "Zeta": "z", "éa": "x"]
        for (position, value) in Self.awkward.enumerated() { extras.unitAttributes["x-\(position)"] = value }
        extras.sourceAttributes = ["creationid": "ANI"]
        extras.targetNotes = Self.awkward
        extras.sourceProperties = [TMXProperty(type: "x-Domain", value: "Politik/Hukum")]
        extras.targetProperties = Self.awkward.map { TMXProperty(type: $0, value: $0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(extras.json == String(decoding: try encoder.encode(extras), as: UTF8.self))
        #expect(TMXExtras(json: extras.json) == extras)

        var onlyTuid = TMXExtras()
        onlyTuid.unitAttributes = ["tuid": "12345"]
        #expect(onlyTuid.json == String(decoding: try encoder.encode(onlyTuid), as: UTF8.self))
        #expect(TMXExtras().json == nil)
    }

    @Test func propertiesAreWrittenAsJSONEncoderWritesThem() throws {
        let properties = Self.awkward.map { TMXProperty(type: "x-\($0)", value: $0) }
        let unit = StoredUnit(memoryId: 1, source: "Harga naik.", target: "Prices rose.", origin: "test",
                              properties: properties)
        // With its keys sorted: without `.sortedKeys` Foundation's JSONEncoder on Linux
        // writes an object's keys in an order that can change from run to run (a fresh
        // CI run once put "value" first), and Juru writes them in one order always.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(unit.properties == String(decoding: try encoder.encode(properties), as: UTF8.self))
        #expect(unit.tmxProperties == properties)
    }

    @Test func datesAreStoredAsGRDBStoresThem() {
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -0.0005),
                     Date(timeIntervalSince1970: 1_706_779_800), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
                     Date(timeIntervalSince1970: 1_733_572_800.123_456), Date(timeIntervalSince1970: 1_733_572_800.999_9),
                     Date(timeIntervalSince1970: -2_208_988_800.25), Date(timeIntervalSince1970: 253_402_300_799.5),
                     Date(timeIntervalSince1970: -62_135_596_800), Date(timeIntervalSince1970: -12_212_553_600),
                     Date(timeIntervalSince1970: -12_212_553_600.001)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -6e10...6e10, using: &generator)))
        }
        for date in dates {
            #expect(StoredDate.databaseValue(date) == date.databaseValue, "\(date.timeIntervalSince1970)")
        }
    }

    @Test func tmxDatesReadAsCalendarReadsThem() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let texts = ["20240201T093000Z", "20000229T235959Z", "19700101T000000Z", "19691231T235959Z", "18991231T120000Z",
                     "21000301T000000Z", "20241301T000000Z", "20240132T000000Z", "20240100T000000Z", "20240230T246060Z",
                     "00010101T000000Z", "15821015T000000Z", "15830101T000000Z", "99991231T235959Z"]
        for text in texts {
            let digits = Array(text.utf8).map { Int($0) - 48 }
            func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
            let expected = calendar.date(from: DateComponents(year: number(0..<4), month: number(4..<6), day: number(6..<8),
                                                              hour: number(9..<11), minute: number(11..<13),
                                                              second: number(13..<15)))
            #expect(TMXDate.parse(text) == expected, "\(text)")
        }
        #expect(TMXDate.parse("2024020T093000Z") == nil)
        #expect(TMXDate.parse("2024020xT093000Z") == nil)
    }
}
