/// Every metric of a run — for the whole day, per button, per skill, per interval, per interval
/// and button, per agent group and per agent — accumulated over replications in replication order.
public struct ReplicationAggregate: Sendable {
    /// A part of the run that chat metrics are reported for.
    public enum Row: Sendable, Hashable {
        /// All buttons, whole day.
        case total
        /// One button, whole day.
        case button(Int)
        /// The buttons requiring one skill, whole day.
        case skill(Int)
        /// All buttons, one interval.
        case interval(Int)
        /// One button, one interval.
        case cell(interval: Int, button: Int)
    }

    /// The reporting intervals.
    public let grid: IntervalGrid
    /// Number of buttons.
    public let buttonCount: Int
    /// Skill number of each button.
    public let buttonSkills: [Int]
    /// Number of skills.
    public let skillCount: Int
    /// Number of agent groups.
    public let groupCount: Int
    /// Number of agents.
    public let agentCount: Int
    /// Replications added so far.
    public private(set) var replications = 0
    /// Simulation events processed by the replications added so far.
    public private(set) var events = 0
    var statistics: [RunningStatistic]
    var workStatistics: [RunningStatistic]
    /// The rows wait percentiles are kept for.
    let distributionRows: DistributionRows
    /// Percentiles per distribution row (total, buttons, skills, intervals).
    var distributionStatistics: [RunningStatistic]
    /// The waits of all replications pooled, for the distributions drawn in reports.
    var pooledWaits = WaitHistogram()
    var pooledAbandonedAfter = WaitHistogram()

    /// An empty aggregate for metrics over `grid`, with `buttonSkills` giving the skill number of
    /// each button, `groupCount` agent groups and `agentCount` agents.
    public init(grid: IntervalGrid, buttonSkills: [Int], groupCount: Int = 1, agentCount: Int = 0) {
        self.grid = grid
        buttonCount = buttonSkills.count
        self.buttonSkills = buttonSkills
        skillCount = (buttonSkills.max() ?? -1) + 1
        self.groupCount = groupCount
        self.agentCount = agentCount
        let rows = 1 + buttonCount + skillCount + grid.count * (1 + buttonCount)
        statistics = Array(repeating: RunningStatistic(), count: rows * SummaryMetric.allCases.count)
        workStatistics = Array(repeating: RunningStatistic(), count: (groupCount + agentCount) * WorkMetric.allCases.count)
        distributionRows = DistributionRows(buttonSkills: buttonSkills, intervalCount: grid.count)
        distributionStatistics = Array(
            repeating: RunningStatistic(), count: distributionRows.count * DistributionMetric.allCases.count)
    }

    /// Adds one replication's metrics. Add replications in a fixed order (their index) to get the
    /// same figures to the last bit whatever the number of threads that produced them.
    public mutating func add(_ metrics: ReplicationMetrics) {
        precondition(metrics.grid == grid && metrics.rows == distributionRows && metrics.groups.count == groupCount
                     && metrics.agents.count == agentCount, "metrics of another run")
        replications += 1
        events += metrics.events
        add(row: .total, chats: metrics.totalChats, time: metrics.totalTime)
        var skills = Array(repeating: ChatTally(), count: skillCount)
        for button in 0..<buttonCount {
            let chats = metrics.chats(button: button)
            add(row: .button(button), chats: chats, time: nil)
            skills[buttonSkills[button]].add(chats)
        }
        for (skill, chats) in skills.enumerated() { add(row: .skill(skill), chats: chats, time: nil) }
        for interval in grid.firstReported..<grid.count {
            add(row: .interval(interval), chats: metrics.chats(interval: interval), time: metrics.time[interval])
            for button in 0..<buttonCount {
                add(row: .cell(interval: interval, button: button),
                    chats: metrics.chats(interval: interval, button: button), time: nil)
            }
        }
        addDistributions(of: metrics)
        for (group, tally) in metrics.groups.enumerated() { add(work: tally, at: group) }
        for (agent, tally) in metrics.agents.enumerated() { add(work: tally, at: groupCount + agent) }
    }

    /// The summary over replications of `metric` in `row`.
    public func statistic(_ metric: SummaryMetric, in row: Row) -> SummaryStatistic {
        SummaryStatistic(statistics[offset(of: row) + SummaryMetric.allCases.firstIndex(of: metric)!])
            .within(metric.feasibleRange)
    }

    /// The summary over replications of `metric` for agent group `group`.
    public func statistic(_ metric: WorkMetric, ofGroup group: Int) -> SummaryStatistic {
        SummaryStatistic(workStatistics[group * WorkMetric.allCases.count + WorkMetric.allCases.firstIndex(of: metric)!])
            .within(metric.feasibleRange)
    }

    /// The summary over replications of `metric` for agent `agent`.
    public func statistic(_ metric: WorkMetric, ofAgent agent: Int) -> SummaryStatistic {
        statistic(metric, ofGroup: groupCount + agent)
    }

    /// The summary over replications of a wait percentile in `row` (undefined for interval-and-button
    /// cells, which keep no percentiles).
    public func statistic(_ metric: DistributionMetric, in row: Row) -> SummaryStatistic {
        guard let position = distributionRows.index(of: row) else { return SummaryStatistic([]) }
        return SummaryStatistic(distributionStatistics[
            position * DistributionMetric.allCases.count + DistributionMetric.allCases.firstIndex(of: metric)!])
            .within(0 ... .infinity)
    }

    /// The waits (of accepted and abandoned chats, or of abandoned chats only) of every replication,
    /// pooled.
    public func pooledWaits(abandonedOnly: Bool = false) -> WaitHistogram {
        abandonedOnly ? pooledAbandonedAfter : pooledWaits
    }

    mutating func addDistributions(of metrics: ReplicationMetrics) {
        let count = DistributionMetric.allCases.count
        var rows: [Row] = [.total] + (0..<buttonCount).map(Row.button) + (0..<skillCount).map(Row.skill)
        rows += (grid.firstReported..<grid.count).map(Row.interval)
        for row in rows {
            let base = distributionRows.index(of: row)! * count
            for index in 0..<count {
                distributionStatistics[base + index].add(metrics.waitPercentiles[base + index] ?? .nan)
            }
        }
        metrics.waits.pool(into: &pooledWaits, abandonedAfter: &pooledAbandonedAfter)
    }

    mutating func add(row: Row, chats: ChatTally, time: TimeTally?) {
        let base = offset(of: row)
        for (index, metric) in SummaryMetric.allCases.enumerated() {
            statistics[base + index].add(metric.value(chats: chats, time: time))
        }
    }

    mutating func add(work tally: WorkTally, at position: Int) {
        let base = position * WorkMetric.allCases.count
        for (index, metric) in WorkMetric.allCases.enumerated() {
            workStatistics[base + index].add(metric.value(tally))
        }
    }

    func offset(of row: Row) -> Int {
        let intervals = 1 + buttonCount + skillCount
        let rowIndex: Int
        switch row {
        case .total: rowIndex = 0
        case .button(let button): rowIndex = 1 + button
        case .skill(let skill): rowIndex = 1 + buttonCount + skill
        case .interval(let interval): rowIndex = intervals + interval * (1 + buttonCount)
        case .cell(let interval, let button): rowIndex = intervals + interval * (1 + buttonCount) + 1 + button
        }
        return rowIndex * SummaryMetric.allCases.count
    }
}
