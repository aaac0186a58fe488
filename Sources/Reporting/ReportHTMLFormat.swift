import Foundation
import Metrics

/// How `report.html` writes numbers: one decimal, fixed rules, so identical runs give identical bytes.
enum ReportHTMLFormat {
    /// The kind of a value, which sets its scale and unit.
    enum Unit {
        /// A share, written in per cent.
        case share
        /// A time in seconds.
        case seconds
        /// A number of chats, offers or agents.
        case count
        /// Hours (of logged-in time).
        case hours
    }

    /// A value with its unit (`80.1 %`, `12.3 s`, `1234.5`), or `n/a` when undefined.
    static func value(_ value: Double?, _ unit: Unit) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return number(value, unit) + symbol(unit)
    }

    /// A 95 % interval (`79.5 – 80.7 %`), or `n/a` when there is none.
    static func interval(_ interval: ClosedRange<Double>?, _ unit: Unit) -> String {
        guard let interval, interval.lowerBound.isFinite, interval.upperBound.isFinite else { return "n/a" }
        return number(interval.lowerBound, unit) + " – " + number(interval.upperBound, unit) + symbol(unit)
    }

    /// A mean with the half-width of its 95 % interval (`80.1 % ± 0.6`), the mean alone when there
    /// is no interval or every replication gave the same value.
    static func plusMinus(_ statistic: SummaryStatistic, _ unit: Unit) -> String {
        let text = value(statistic.mean, unit)
        guard let interval = statistic.ci95, interval.lowerBound.isFinite, interval.upperBound.isFinite,
              interval.upperBound > interval.lowerBound else { return text }
        return text + " ± " + number((interval.upperBound - interval.lowerBound) / 2, unit)
    }

    /// A duration as written in scenarios, largest unit first (`12 h`, `1 h 30 min`, `45 s`).
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let parts = [(total / 3600, "h"), (total % 3600 / 60, "min"), (total % 60, "s")].filter { $0.0 > 0 }
        return parts.isEmpty ? "0 s" : parts.map { "\($0.0) \($0.1)" }.joined(separator: " ")
    }

    /// A time of day as `H:MM` from the start of the simulated day (`H:MM:SS` when not a whole minute).
    static func clock(_ seconds: Double) -> String {
        let text = NumberFormatting.clock(seconds)
        return text.hasSuffix(":00") ? String(text.dropLast(3)) : text
    }

    /// A number with at most two decimals and no trailing zeros (`252`, `0.5`, `12.25`).
    static func compact(_ value: Double) -> String {
        NumberFormatting.csv((value * 100).rounded() / 100)
    }

    private static func number(_ value: Double, _ unit: Unit) -> String {
        var text = String(format: "%.1f", unit == .share ? value * 100 : value)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }

    private static func symbol(_ unit: Unit) -> String {
        switch unit {
        case .share: " %"
        case .seconds: " s"
        case .hours: " h"
        case .count: ""
        }
    }
}
