import ContactCenter
import Metrics

/// The report files of a `chatsim run`: the whole-run summary and the tables per interval, button,
/// skill, agent group and agent.
public struct RunReport: Sendable {
    /// The compiled scenario that was run (names of buttons, skills, groups; agents' groups).
    public let setup: CompiledScenario
    /// The combined metrics of the replications.
    public let aggregate: ReplicationAggregate
    /// Version of chatsim that produced the run.
    public let version: String
    /// The sequential stopping rule the run followed; `nil` for a fixed number of replications.
    public let stopping: SequentialStopping?

    /// Creates a report of a finished run.
    public init(setup: CompiledScenario, aggregate: ReplicationAggregate, version: String,
                stopping: SequentialStopping? = nil) {
        self.setup = setup
        self.aggregate = aggregate
        self.version = version
        self.stopping = stopping
    }

    /// The scenario that was run.
    public var scenario: Scenario { setup.scenario }

    /// File names and contents, in the order they are listed in the README.
    public var files: [(name: String, contents: String)] {
        [("summary.json", summaryJSON().serialized()),
         ("intervals.csv", intervalsCSV().serialized()),
         ("buttons.csv", buttonsCSV().serialized()),
         ("skills.csv", skillsCSV().serialized()),
         ("agent_groups.csv", agentGroupsCSV().serialized()),
         ("agents.csv", agentsCSV().serialized()),
         ("report.html", html())]
    }

    /// For each metric name: the mean and the bounds of its 95 % interval.
    static func statisticColumns(_ names: [String]) -> [String] {
        names.flatMap { [$0, "\($0)Low", "\($0)High"] }
    }

    /// The names of the chat metrics of a row, in column order: summary metrics, then wait percentiles.
    static var chatMetricNames: [String] {
        SummaryMetric.allCases.map(\.rawValue) + DistributionMetric.allCases.map(\.rawValue)
    }

    /// Every chat metric of `row` (see ``chatMetricNames``): mean, low and high bounds.
    func fields(_ row: ReplicationAggregate.Row) -> [String] {
        SummaryMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, in: row)) }
            + DistributionMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, in: row)) }
    }

    static func fields(_ statistic: SummaryStatistic) -> [String] {
        let interval = statistic.ci95
        return [NumberFormatting.csv(statistic.mean),
                NumberFormatting.csv(interval?.lowerBound), NumberFormatting.csv(interval?.upperBound)]
    }
}
