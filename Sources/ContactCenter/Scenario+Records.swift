extension Scenario {
    /// Which chats get a transcript written (metrics never depend on it).
    public enum RecordSelection: Sendable, Equatable {
        /// No records.
        case none
        /// Every chat.
        case all
        /// Each chat independently with this probability (from its button's own stream).
        case sample(Double)
    }

    /// A calendar day, the date of the first simulated day (replication r is `r` days later).
    public struct CalendarDate: Sendable, Equatable, CustomStringConvertible {
        /// Year, month (1–12) and day of the month (1–31).
        public var year: Int
        public var month: Int
        public var day: Int

        /// A date; ``Scenario/problems()`` checks it exists.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Whether the day exists in the proleptic Gregorian calendar (years 1–9999).
        public var isValid: Bool {
            guard (1...9999).contains(year), (1...12).contains(month) else { return false }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return (1...lengths[month - 1]).contains(day)
        }

        /// Days since 1970-01-01 (negative before).
        public var daysSinceEpoch: Int {
            // Howard Hinnant's days_from_civil.
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        /// `2026-01-05`.
        public var description: String {
            let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
    }
}
