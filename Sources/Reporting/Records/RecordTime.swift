import ContactCenter

/// Turns the simulation's times (seconds from the start of a replication's day) into the dates of
/// the record files: replication r is the day `r` days after the scenario's start date, in UTC.
public struct RecordTime: Sendable, Equatable {
    /// Days from 1970-01-01 to the first simulated day (replication 0).
    public let firstDay: Int

    /// Times counted from midnight UTC of `startDate` for replication 0.
    public init(startDate: Scenario.CalendarDate) {
        firstDay = startDate.daysSinceEpoch
    }

    /// Times counted from midnight UTC of the day `firstDay` days after 1970-01-01.
    public init(firstDay: Int) {
        self.firstDay = firstDay
    }

    /// ISO 8601 in UTC with whole seconds (rounded down), `2026-01-05T08:03:12Z`. Times past
    /// midnight fall on the next calendar day.
    public func timestamp(replication: Int, seconds: Double) -> String {
        let moment = self.moment(replication: replication, seconds: seconds)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        Self.appendDigits(moment.year, 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(moment.month, 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(moment.day, 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        moment.appendClock(to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The time as a chat transcript's header gives it: `Monday, January 05, 2026, 08:03:12 (+0000)`.
    public func transcriptHeader(replication: Int, seconds: Double) -> String {
        let moment = self.moment(replication: replication, seconds: seconds)
        return "\(Self.weekdays[moment.weekday]), \(Self.months[moment.month - 1]) \(Self.pad(moment.day, 2)), "
            + "\(Self.pad(moment.year, 4)), \(moment.clock) (+0000)"
    }

    /// A duration in whole seconds, rounded to the nearest (halves away from zero); empty for `nil`.
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "" }
        return String(Int(seconds.rounded()))
    }

    /// A calendar date and a time of day.
    struct Moment {
        var year: Int
        var month: Int
        var day: Int
        /// 0 for Sunday … 6 for Saturday.
        var weekday: Int
        var secondOfDay: Int

        /// `08:03:12`.
        var clock: String {
            var bytes: [UInt8] = []
            appendClock(to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Appends `08:03:12` to `bytes`.
        func appendClock(to bytes: inout [UInt8]) {
            RecordTime.appendDigits(secondOfDay / 3600, 2, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            RecordTime.appendDigits(secondOfDay / 60 % 60, 2, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            RecordTime.appendDigits(secondOfDay % 60, 2, to: &bytes)
        }
    }

    /// The moment `seconds` (rounded down) after midnight of replication `replication`'s day.
    func moment(replication: Int, seconds: Double) -> Moment {
        let whole = Int(seconds.rounded(.down))
        let (extraDays, secondOfDay) = Self.floorDivision(whole, 86_400)
        let days = firstDay + replication + extraDays
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // 1970-01-01 was a Thursday.
        let weekday = Self.floorDivision(days + 4, 7).remainder
        return Moment(year: year, month: month, day: day, weekday: weekday, secondOfDay: secondOfDay)
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Quotient rounded down and the remainder in `0 ..< divisor`.
    static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }

    /// Appends the decimal digits of `value` (≥ 0), left-padded with `0` to `width` digits.
    static func appendDigits(_ value: Int, _ width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        var digits = 1
        while value / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// `value` (≥ 0) left-padded with `0` to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        var bytes: [UInt8] = []
        appendDigits(value, width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
