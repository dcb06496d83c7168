import Foundation

/// `2026-11-22T16:35:01.206Z` without a date formatter: log lines are written for every
/// request, and Foundation's ISO 8601 formatting costs more than the rest of the line.
enum UTCTimestamp {
    static func iso8601(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        write(date, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The timestamp written as bytes, with no intermediate strings (every log line has one).
    static func write(_ date: Date, into bytes: inout [UInt8]) {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (daysSinceEpoch, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        var days = daysSinceEpoch
        var dayMilliseconds = millisecondOfDay
        if dayMilliseconds < 0 {
            dayMilliseconds += 86_400_000
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        func digits(_ value: Int64, _ width: Int) {
            // Years outside 0…9999 keep their sign and all their digits, as `String(Int)` would.
            if value < 0 || value >= 10_000 && width == 4 {
                let text = String(value)
                for _ in 0..<max(0, width - text.utf8.count) { bytes.append(UInt8(ascii: "0")) }
                bytes.append(contentsOf: text.utf8)
                return
            }
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(dayMilliseconds / 3_600_000, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(dayMilliseconds / 60_000 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(dayMilliseconds / 1000 % 60, 2)
        bytes.append(UInt8(ascii: "."))
        digits(dayMilliseconds % 1000, 3)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
