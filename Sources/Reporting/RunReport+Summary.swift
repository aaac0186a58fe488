import ContactCenter
import Foundation
import Metrics

extension RunReport {
    /// `summary.json`: run identification, then each summary metric as mean, standard deviation,
    /// number of replications where it was defined, and 95 % confidence interval.
    public func summaryJSON() -> JSONValue {
        var members: [(String, JSONValue)] = [("scenario", .string(scenario.name))]
            + Self.runMembers(scenario, replications: aggregate.replications, version: version) + [
            ("serviceLevelThresholdSeconds", .number(scenario.serviceLevelThreshold)),
            ("serviceLevelTarget", .number(scenario.serviceLevelTarget)),
            ("stopping", stoppingJSON()),
        ]
        for metric in SummaryMetric.allCases {
            members.append((metric.rawValue, Self.json(aggregate.statistic(metric, in: .total))))
        }
        for metric in DistributionMetric.allCases {
            members.append((metric.rawValue, Self.json(aggregate.statistic(metric, in: .total))))
        }
        return .object(members)
    }

    /// The sequential stopping rule and whether the run met it; `null` for a fixed number of
    /// replications.
    func stoppingJSON() -> JSONValue {
        guard let stopping else { return .null }
        return .object([
            ("metric", .string(stopping.metric.rawValue)),
            ("targetHalfWidth", .number(stopping.targetHalfWidth)),
            ("halfWidth", .finite(stopping.halfWidth(of: aggregate))),
            ("reached", .bool(stopping.isReached(by: aggregate))),
            ("minimumReplications", .integer(SequentialStopping.minimumReplications)),
            ("maximumReplications", .integer(stopping.maximumReplications)),
        ])
    }

    /// One line on how a run with sequential stopping ended.
    func stoppingLine() -> String? {
        guard let stopping else { return nil }
        let width = stopping.halfWidth(of: aggregate).map { String(format: "± %.3g", $0) } ?? "undefined"
        let target = String(format: "± %.3g", stopping.targetHalfWidth)
        return stopping.isReached(by: aggregate)
            ? "  precision reached: \(stopping.metric.rawValue) 95 % CI \(width), target \(target)"
            : "  precision NOT reached: \(stopping.metric.rawValue) 95 % CI \(width) after "
                + "\(aggregate.replications) replications (the maximum), target \(target)"
    }

    /// What identifies a run in the JSON reports: `seed`, `replications`, `version`,
    /// `horizonSeconds`, `warmupSeconds` and `intervalSeconds`.
    static func runMembers(_ scenario: Scenario, replications: Int, version: String) -> [(String, JSONValue)] {
        [
            ("seed", scenario.seed <= UInt64(Int.max) ? .integer(Int(scenario.seed)) : .string(String(scenario.seed))),
            ("replications", .integer(replications)),
            ("version", .string(version)),
            ("horizonSeconds", .number(scenario.horizon)),
            ("warmupSeconds", .number(scenario.warmup)),
            ("intervalSeconds", .number(scenario.interval)),
        ]
    }

    static func json(_ statistic: SummaryStatistic) -> JSONValue {
        let interval = statistic.ci95
        return .object([
            ("mean", .finite(statistic.mean)),
            ("sd", .finite(statistic.standardDeviation)),
            ("n", .integer(statistic.count)),
            ("ci95", interval.map { .array([.finite($0.lowerBound), .finite($0.upperBound)]) } ?? .null),
        ])
    }

    /// A few lines for the terminal: the headline metrics with their 95 % intervals.
    public func headline() -> String {
        func line(_ metric: SummaryMetric, _ label: String, percent: Bool) -> String {
            let statistic = aggregate.statistic(metric, in: .total)
            guard let mean = statistic.mean else { return "  \(label): n/a" }
            let scale = percent ? 100.0 : 1.0
            let unit = percent ? " %" : (metric == .offered ? "" : " s")
            var text = "  \(label): " + String(format: "%.2f", mean * scale) + unit
            if let interval = statistic.ci95 {
                text += String(format: "  (95 %% CI %.2f – %.2f)", interval.lowerBound * scale, interval.upperBound * scale)
            }
            return text
        }
        return ([
            "\(scenario.name): \(aggregate.replications) replications",
            line(.offered, "chats offered per day", percent: false),
            line(.serviceLevel, "service level (\(NumberFormatting.csv(scenario.serviceLevelThreshold)) s)", percent: true)
                + String(format: "  target %.0f %%", scenario.serviceLevelTarget * 100),
            line(.meanWait, "mean wait", percent: false),
            line(.abandonRate, "abandoned", percent: true),
            line(.utilization, "utilization", percent: true),
            line(.occupancy, "occupancy", percent: true),
        ] + [stoppingLine()].compactMap { $0 }).joined(separator: "\n")
    }
}
