import Foundation

/// One translation unit as a TMX file holds it, reduced to Juru's pair of languages.
public struct TMXUnit: Sendable, Equatable {
    public var tuid: String?
    public var source: TMXSegment
    public var target: TMXSegment
    public var createdAt: Date?
    public var createdBy: String?
    public var changedAt: Date?
    public var changedBy: String?
    public var usageCount: Int
    /// The unit's own `<note>`s (its variants' are in ``extras``).
    public var notes: [String]
    /// The unit's own `<prop type="…">`s, in file order (its variants' are in ``extras``).
    public var properties: [TMXProperty]
    /// Everything else the unit carries, kept for export: `tuid`, `lastusagedate`,
    /// other attributes, the variants' attributes, notes and properties.
    public var extras: TMXExtras

    public init(tuid: String? = nil, source: TMXSegment, target: TMXSegment, createdAt: Date? = nil,
                createdBy: String? = nil, changedAt: Date? = nil, changedBy: String? = nil,
                usageCount: Int = 0, notes: [String] = [], properties: [TMXProperty] = [],
                extras: TMXExtras = TMXExtras()) {
        self.tuid = tuid
        self.source = source
        self.target = target
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.usageCount = usageCount
        self.notes = notes
        self.properties = properties
        self.extras = extras
    }
}

/// A `<prop type="…">value</prop>`.
public struct TMXProperty: Sendable, Equatable, Codable {
    public var type: String
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

/// A `<seg>`: its text for matching, and its content with inline codes for writing
/// back.
public struct TMXSegment: Sendable, Equatable {
    /// The text a translator reads and matching compares: NFC, inline codes left out,
    /// `<hi>` text kept.
    public var text: String
    /// The `<seg>` content as XML, inline codes (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`)
    /// kept as opaque markup; nil when the segment has no codes.
    public var markup: String?

    public init(text: String, markup: String? = nil) {
        self.text = text
        self.markup = markup
    }
}

/// TMX dates: `YYYYMMDDThhmmssZ`, UTC.
enum TMXDate {
    static func parse(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in digits[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15) else { return nil }
        // Integer arithmetic rather than `Calendar`, which costs a large import dearly;
        // out-of-range fields carry over as they do in `Calendar`. Before 1583 the
        // calendar is Julian, and such a date is left to it.
        guard year >= 1583 else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            return calendar.date(from: DateComponents(year: year, month: month, day: day,
                                                      hour: hour, minute: minute, second: second))
        }
        let days = StoredDate.days(year: Int64(year), month: Int64(month), day: Int64(day))
        let seconds = days * 86_400 + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let year = String(c.year ?? 1970)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}
