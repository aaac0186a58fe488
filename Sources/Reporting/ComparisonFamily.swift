import Foundation
import Metrics

/// A group of related summary metrics shown together, in one unit, in a comparison's tables.
struct ComparisonFamily {
    /// How the family's values are written.
    enum Unit {
        /// A share, written in per cent; differences in percentage points.
        case share
        /// A time in seconds.
        case seconds
        /// A number of chats or offers per day.
        case count
        /// Any other number (queue lengths, say), with two decimals.
        case number
    }

    /// Heading of the family's table.
    let title: String
    /// Unit of every metric of the family.
    let unit: Unit
    /// The metrics, in table order.
    let metrics: [SummaryMetric]

    /// Every summary metric, each in exactly one family; metrics not placed in a named family come
    /// last under "Other metrics".
    static var all: [ComparisonFamily] {
        let named = [
            ComparisonFamily(title: "Service", unit: .share,
                             metrics: [.serviceLevel, .serviceLevelExcludingShortAbandons, .probWait, .abandonRate]),
            ComparisonFamily(title: "Times", unit: .seconds, metrics: [.meanWait, .meanAbandonedAfter, .meanChatDuration,
                                                                             .meanTimeToTransfer]),
            ComparisonFamily(title: "Queue", unit: .number, metrics: [.meanQueueLength, .peakQueueLength]),
            ComparisonFamily(title: "Agents", unit: .share, metrics: [.utilization, .occupancy, .onlineShare]),
            ComparisonFamily(title: "Agent time by chats held", unit: .share,
                             metrics: SummaryMetric.allCases.filter { $0.concurrencyCount != nil }),
            ComparisonFamily(title: "Chats per day", unit: .count,
                             metrics: [.offered, .accepted, .abandoned, .missed, .blocked, .canceledNoAgent,
                                       .canceledNoQueue, .declined, .timedOut]),
            ComparisonFamily(title: "Transfers, conferences and blocks per day", unit: .count,
                             metrics: [.transferRequests, .transfers, .transfersToAgent, .transfersToSkill,
                                       .transfersToButton, .transfersDeclined, .transfersTimedOut, .transfersFailed,
                                       .transfersCanceled, .transfersOverCapacity, .conferenceRequests,
                                       .conferencesJoined, .conferencesDeclined, .conferencesFailed, .blockedByAgent,
                                       .recordsNotOpened]),
            ComparisonFamily(title: "Chats transferred", unit: .share, metrics: [.transferShare]),
            ComparisonFamily(title: "Response times", unit: .seconds,
                             metrics: [.meanAgentResponseTime, .meanMaxAgentResponseTime, .meanVisitorResponseTime,
                                       .meanMaxVisitorResponseTime]),
            ComparisonFamily(title: "Messages and alerts", unit: .number,
                             metrics: [.operatorMessagesPerChat, .visitorMessagesPerChat, .criticalWaitAlerts,
                                       .idleTimeouts, .flagsRaised, .flagsLoweredBySupervisor]),
        ]
        let placed = Set(named.flatMap(\.metrics))
        let others = SummaryMetric.allCases.filter { !placed.contains($0) }
        return named + (others.isEmpty ? [] : [ComparisonFamily(title: "Other metrics", unit: .number, metrics: others)])
    }

    /// The family `metric` belongs to.
    static func of(_ metric: SummaryMetric) -> ComparisonFamily {
        all.first { $0.metrics.contains(metric) }!
    }
}

extension ComparisonFamily.Unit {
    /// A value in this unit (`80.12 %`, `12.34 s`), or `n/a` when undefined.
    func text(_ value: Double?) -> String {
        guard let number = formatted(value, signed: false) else { return "n/a" }
        return number + symbol(difference: false)
    }

    /// A difference in this unit, with its sign (`+1.23 pp`, `-4.56 s`), or `n/a` when undefined.
    func difference(_ value: Double?) -> String {
        guard let number = formatted(value, signed: true) else { return "n/a" }
        return number + symbol(difference: true)
    }

    /// The bounds of a confidence interval (`79.50 – 80.74`), signed for differences; `n/a` when
    /// there is none.
    func interval(_ interval: ClosedRange<Double>?, signed: Bool) -> String {
        guard let interval, let low = formatted(interval.lowerBound, signed: signed),
              let high = formatted(interval.upperBound, signed: signed) else { return "n/a" }
        return "\(low) – \(high)"
    }

    private func symbol(difference: Bool) -> String {
        switch self {
        case .share: difference ? " pp" : " %"
        case .seconds: " s"
        case .count, .number: ""
        }
    }

    private func formatted(_ value: Double?, signed: Bool) -> String? {
        guard let value, value.isFinite else { return nil }
        let (scaled, format): (Double, String) = switch self {
        case .share: (value * 100, "%.2f")
        case .seconds: (value, "%.2f")
        case .count: (value, "%.1f")
        case .number: (value, "%.2f")
        }
        var text = String(format: format, scaled)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return signed && !text.hasPrefix("-") && Double(text) != 0 ? "+" + text : text
    }
}
