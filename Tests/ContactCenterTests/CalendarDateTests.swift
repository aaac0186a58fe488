import ContactCenter
import Stochastics
import Testing

/// `Scenario.CalendarDate`: which days exist in the proleptic Gregorian calendar (leap years every
/// 4 years, except centuries not divisible by 400), days counted from 1970-01-01, and the ISO text.
struct CalendarDateTests {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> Scenario.CalendarDate {
        Scenario.CalendarDate(year: year, month: month, day: day)
    }

    @Test func leapDaysExistInLeapYearsOnly() {
        #expect(date(2024, 2, 29).isValid)
        #expect(date(2000, 2, 29).isValid)
        #expect(!date(2023, 2, 29).isValid)
        #expect(!date(2100, 2, 29).isValid)
        #expect(!date(1900, 2, 29).isValid)
        #expect(!date(2024, 2, 30).isValid)
    }

    @Test func monthLengths() {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for (index, length) in lengths.enumerated() {
            #expect(date(2026, index + 1, length).isValid, "month \(index + 1)")
            #expect(!date(2026, index + 1, length + 1).isValid, "month \(index + 1)")
            #expect(!date(2026, index + 1, 0).isValid, "month \(index + 1)")
        }
    }

    @Test func monthsAndYearsOutsideTheirRangeDoNotExist() {
        #expect(!date(2026, 0, 1).isValid)
        #expect(!date(2026, 13, 1).isValid)
        #expect(!date(0, 1, 1).isValid)
        #expect(!date(10_000, 1, 1).isValid)
        #expect(date(1, 1, 1).isValid)
        #expect(date(9999, 12, 31).isValid)
    }

    @Test func daysSinceEpoch() {
        #expect(date(1970, 1, 1).daysSinceEpoch == 0)
        #expect(date(1970, 1, 2).daysSinceEpoch == 1)
        #expect(date(1969, 12, 31).daysSinceEpoch == -1)
        #expect(date(2000, 3, 1).daysSinceEpoch == 11_017)
        #expect(date(2000, 2, 29).daysSinceEpoch == 11_016)
        #expect(date(2026, 1, 5).daysSinceEpoch == 20_458)
        #expect(date(2024, 2, 29).daysSinceEpoch + 1 == date(2024, 3, 1).daysSinceEpoch)
        #expect(date(2023, 2, 28).daysSinceEpoch + 1 == date(2023, 3, 1).daysSinceEpoch)
    }

    /// Consecutive valid days are one day apart, over four centuries (one full Gregorian cycle).
    @Test func consecutiveDaysAreOneApart() {
        var previous = date(1899, 12, 31).daysSinceEpoch
        for year in 1900..<2300 {
            for month in 1...12 {
                for day in 1...31 where date(year, month, day).isValid {
                    let days = date(year, month, day).daysSinceEpoch
                    #expect(days == previous + 1, "\(date(year, month, day))")
                    previous = days
                }
            }
        }
        // 400 Gregorian years hold 146,097 days.
        #expect(date(2300, 1, 1).daysSinceEpoch - date(1900, 1, 1).daysSinceEpoch == 146_097)
    }

    @Test func descriptionIsISO() {
        #expect(date(2026, 1, 5).description == "2026-01-05")
        #expect("\(date(1999, 12, 31))" == "1999-12-31")
        #expect(date(987, 6, 5).description == "0987-06-05")
    }

    @Test func theScenarioStartsOnMonday5January2026ByDefault() {
        let scenario = Scenario(
            name: "s", seed: 1, horizon: 3600, warmup: 0, replications: 1, interval: 1800,
            serviceLevelThreshold: 20, buttons: [], agentGroups: [], visitors: .init(patience: nil),
            service: .simple(handleTime: .constant(60)))
        #expect(scenario.startDate == date(2026, 1, 5))
        #expect(scenario.records == .all)
        // Counting weekdays from Monday = 0, 1970-01-01 was a Thursday (3); 2026-01-05 is a Monday.
        #expect((scenario.startDate.daysSinceEpoch + 3) % 7 == 0)
    }
}
