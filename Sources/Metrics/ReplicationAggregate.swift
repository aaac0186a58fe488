/// Every summary metric of a run, for the whole day, per button, per interval and per interval and
/// button, accumulated over replications in replication order.
public struct ReplicationAggregate: Sendable {
    /// A part of the run that metrics are reported for.
    public enum Row: Sendable, Hashable {
        /// All buttons, whole day.
        case total
        /// One button, whole day.
        case button(Int)
        /// All buttons, one interval.
        case interval(Int)
        /// One button, one interval.
        case cell(interval: Int, button: Int)
    }

    /// The reporting intervals.
    public let grid: IntervalGrid
    /// Number of buttons.
    public let buttonCount: Int
    /// Replications added so far.
    public private(set) var replications = 0
    /// Simulation events processed by the replications added so far.
    public private(set) var events = 0
    /// Number of agent groups.
    public let groupCount: Int
    var statistics: [RunningStatistic]
    var groupStatistics: [RunningStatistic]

    /// An empty aggregate for metrics over `grid`, `buttonCount` buttons and `groupCount` groups.
    public init(grid: IntervalGrid, buttonCount: Int, groupCount: Int = 1) {
        self.grid = grid
        self.buttonCount = buttonCount
        self.groupCount = groupCount
        let rows = 1 + buttonCount + grid.count * (1 + buttonCount)
        statistics = Array(repeating: RunningStatistic(), count: rows * SummaryMetric.allCases.count)
        groupStatistics = Array(repeating: RunningStatistic(), count: groupCount * GroupMetric.allCases.count)
    }

    /// Adds one replication's metrics. Add replications in a fixed order (their index) to get the
    /// same figures to the last bit whatever the number of threads that produced them.
    public mutating func add(_ metrics: ReplicationMetrics) {
        precondition(metrics.grid == grid && metrics.buttonCount == buttonCount && metrics.groups.count == groupCount,
                     "metrics of another run")
        replications += 1
        events += metrics.events
        add(row: .total, chats: metrics.totalChats, staffing: metrics.totalStaffing)
        for button in 0..<buttonCount {
            add(row: .button(button), chats: metrics.chats(button: button), staffing: nil)
        }
        for interval in grid.firstReported..<grid.count {
            add(row: .interval(interval), chats: metrics.chats(interval: interval),
                staffing: metrics.staffing[interval])
            for button in 0..<buttonCount {
                add(row: .cell(interval: interval, button: button),
                    chats: metrics.chats(interval: interval, button: button), staffing: nil)
            }
        }
        for (group, tally) in metrics.groups.enumerated() {
            for (index, metric) in GroupMetric.allCases.enumerated() {
                groupStatistics[group * GroupMetric.allCases.count + index].add(metric.value(tally))
            }
        }
    }

    /// The summary over replications of `metric` for agent group `group`.
    public func statistic(_ metric: GroupMetric, ofGroup group: Int) -> SummaryStatistic {
        SummaryStatistic(groupStatistics[group * GroupMetric.allCases.count + GroupMetric.allCases.firstIndex(of: metric)!])
    }

    /// The summary over replications of `metric` in `row`.
    public func statistic(_ metric: SummaryMetric, in row: Row) -> SummaryStatistic {
        SummaryStatistic(statistics[offset(of: row) + metricIndex(metric)])
    }

    mutating func add(row: Row, chats: ChatTally, staffing: StaffingTally?) {
        let base = offset(of: row)
        for (index, metric) in SummaryMetric.allCases.enumerated() {
            statistics[base + index].add(metric.value(chats: chats, staffing: staffing))
        }
    }

    func metricIndex(_ metric: SummaryMetric) -> Int {
        SummaryMetric.allCases.firstIndex(of: metric)!
    }

    func offset(of row: Row) -> Int {
        let rowIndex: Int
        switch row {
        case .total: rowIndex = 0
        case .button(let button): rowIndex = 1 + button
        case .interval(let interval): rowIndex = 1 + buttonCount + interval * (1 + buttonCount)
        case .cell(let interval, let button): rowIndex = 1 + buttonCount + interval * (1 + buttonCount) + 1 + button
        }
        return rowIndex * SummaryMetric.allCases.count
    }
}
