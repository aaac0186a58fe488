import ContactCenter

extension FieldDecoder where Value == Scenario.CalendarDate {
    /// An ISO calendar date, `2026-01-05`: four digits of year, two of month and two of day, naming
    /// a day that exists (years 1–9999). The decoder reads the scalar's text as written, so a date
    /// left unquoted in YAML (which YAML would take for a timestamp) reads like a quoted one.
    static var calendarDate: FieldDecoder {
        .scalar("a date like 2026-01-05") { text in
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let widths = [4, 2, 2]
            guard parts.count == widths.count,
                zip(parts, widths).allSatisfy({ $0.count == $1 && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }),
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
            else { return nil }
            let date = Scenario.CalendarDate(year: year, month: month, day: day)
            return date.isValid ? date : nil
        }
    }
}
