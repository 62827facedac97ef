import Foundation
import GRDB

/// Dates as the store keeps them (GRDB's `yyyy-MM-dd HH:mm:ss.SSS`, UTC), written
/// with integer arithmetic: GRDB formats each date through ICU, which took a tenth of
/// a large import's time. Dates before 1583 (where ICU's calendar turns Julian) or
/// after 9999 are left to GRDB.
enum StoredDate {
    static func databaseValue(_ date: Date) -> DatabaseValue {
        // As Foundation hands a date to ICU (`CFDateFormatterCreateStringWithAbsoluteTime`:
        // `(at + 978307200) * 1000.0 + 0.5`, the same operations in the same order) and
        // ICU takes the whole milliseconds below it. Rounding half away from zero instead
        // wrote some dates before 1970 a millisecond early.
        let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down)
        // 1583-01-01 to 9999-12-31, in milliseconds from 1970.
        guard milliseconds >= -12_212_553_600_000, milliseconds < 253_402_300_800_000 else { return date.databaseValue }
        let total = Int64(milliseconds)
        let (days, inDay) = floorDivision(total, 86_400_000)
        let (year, month, day) = civil(days: days)
        var text: [UInt8] = []
        text.reserveCapacity(23)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            var value = value
            while divisor > 0 {
                text.append(0x30 + UInt8(value / divisor))
                value %= divisor
                divisor /= 10
            }
        }
        digits(year, 4); text.append(0x2D); digits(month, 2); text.append(0x2D); digits(day, 2)
        text.append(0x20)
        digits(inDay / 3_600_000, 2); text.append(0x3A)
        digits(inDay / 60_000 % 60, 2); text.append(0x3A)
        digits(inDay / 1000 % 60, 2); text.append(0x2E)
        digits(inDay % 1000, 3)
        return String(decoding: text, as: UTF8.self).databaseValue
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date. Out-of-range months and
    /// days carry over into the next (or previous) ones, as `Calendar` does.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let (carry, monthIndex) = floorDivision(month - 1, 12)
        var y = year + carry
        let m = monthIndex + 1
        // Howard Hinnant's days_from_civil.
        y -= m <= 2 ? 1 : 0
        let era = floorDivision(y, 400).quotient
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + (day - 1)
    }

    /// The date of a day counted from 1970-01-01 (Hinnant's civil_from_days).
    static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivision(z, 146_097).quotient
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
        return (quotient, value - quotient * divisor)
    }
}
