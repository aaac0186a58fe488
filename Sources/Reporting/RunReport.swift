import Foundation
import ContactCenter
import Metrics

/// The report files of a `chatsim run`: the whole-run summary and the per-interval table.
public struct RunReport: Sendable {
    /// The scenario that was run.
    public let scenario: Scenario
    /// Button identifiers, in scenario order.
    public let buttonIDs: [String]
    /// The combined metrics of the replications.
    public let aggregate: ReplicationAggregate
    /// Version of chatsim that produced the run.
    public let version: String

    /// Creates a report of a finished run.
    public init(scenario: Scenario, buttonIDs: [String], aggregate: ReplicationAggregate, version: String) {
        self.scenario = scenario
        self.buttonIDs = buttonIDs
        self.aggregate = aggregate
        self.version = version
    }

    /// File names and contents, in the order they are listed in the README.
    public var files: [(name: String, contents: String)] {
        [("summary.json", summaryJSON().serialized()), ("intervals.csv", intervalsCSV().serialized()),
         ("buttons.csv", buttonsCSV().serialized()), ("agent_groups.csv", agentGroupsCSV().serialized())]
    }

    /// `summary.json`: run identification, then each summary metric as mean, standard deviation,
    /// number of replications where it was defined, and 95 % confidence interval.
    public func summaryJSON() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("scenario", .string(scenario.name)),
            ("seed", scenario.seed <= UInt64(Int.max) ? .integer(Int(scenario.seed)) : .string(String(scenario.seed))),
            ("replications", .integer(aggregate.replications)),
            ("version", .string(version)),
            ("horizonSeconds", .number(scenario.horizon)),
            ("warmupSeconds", .number(scenario.warmup)),
            ("intervalSeconds", .number(scenario.interval)),
            ("serviceLevelThresholdSeconds", .number(scenario.serviceLevelThreshold)),
        ]
        for metric in SummaryMetric.allCases {
            members.append((metric.rawValue, Self.json(aggregate.statistic(metric, in: .total))))
        }
        return .object(members)
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

    /// `intervals.csv`: one row per reporting interval and button, then one row per interval for all
    /// buttons together (button `ALL`, the only rows with utilization and occupancy). Each metric has
    /// its mean over replications and the bounds of its 95 % confidence interval.
    public func intervalsCSV() -> CSVTable {
        var table = CSVTable(header: ["intervalStart", "intervalEnd", "button"]
                             + Self.statisticColumns(SummaryMetric.allCases.map(\.rawValue)))
        let grid = aggregate.grid
        for interval in grid.firstReported..<grid.count {
            let start = NumberFormatting.clock(max(grid.start(of: interval), grid.warmup))
            let end = NumberFormatting.clock(grid.end(of: interval))
            for (button, id) in buttonIDs.enumerated() {
                table.append([start, end, id] + fields(.cell(interval: interval, button: button)))
            }
            table.append([start, end, "ALL"] + fields(.interval(interval)))
        }
        return table
    }

    /// `buttons.csv`: one row per button with every metric over the whole day (utilization and
    /// occupancy, which belong to agents, are left empty).
    public func buttonsCSV() -> CSVTable {
        var table = CSVTable(header: ["button", "skill"] + Self.statisticColumns(SummaryMetric.allCases.map(\.rawValue)))
        for (index, button) in scenario.buttons.enumerated() {
            table.append([button.id, button.skill] + fields(.button(index)))
        }
        return table
    }

    /// `agent_groups.csv`: one row per agent group with its offers, answers and utilization.
    public func agentGroupsCSV() -> CSVTable {
        var table = CSVTable(header: ["group", "agents", "capacity"] + Self.statisticColumns(GroupMetric.allCases.map(\.rawValue)))
        for (index, group) in scenario.agentGroups.enumerated() {
            let values = GroupMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, ofGroup: index)) }
            table.append([group.name, String(group.count), String(group.capacity)] + values)
        }
        return table
    }

    /// For each metric name: the mean and the bounds of its 95 % interval.
    static func statisticColumns(_ names: [String]) -> [String] {
        names.flatMap { [$0, "\($0)Low", "\($0)High"] }
    }

    func fields(_ row: ReplicationAggregate.Row) -> [String] {
        SummaryMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, in: row)) }
    }

    static func fields(_ statistic: SummaryStatistic) -> [String] {
        let interval = statistic.ci95
        return [NumberFormatting.csv(statistic.mean),
                NumberFormatting.csv(interval?.lowerBound), NumberFormatting.csv(interval?.upperBound)]
    }
}

extension RunReport {
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
        return [
            "\(scenario.name): \(aggregate.replications) replications",
            line(.offered, "chats offered per day", percent: false),
            line(.serviceLevel, "service level (\(NumberFormatting.csv(scenario.serviceLevelThreshold)) s)", percent: true),
            line(.meanWait, "mean wait", percent: false),
            line(.abandonRate, "abandoned", percent: true),
            line(.utilization, "utilization", percent: true),
            line(.occupancy, "occupancy", percent: true),
        ].joined(separator: "\n")
    }
}
