/// Everything one replication measured, per reporting interval and button, per agent group and
/// per agent.
public struct ReplicationMetrics: Sendable, Equatable {
    /// The reporting intervals.
    public let grid: IntervalGrid
    /// Number of buttons.
    public var buttonCount: Int { rows.buttonSkills.count }
    /// The rows wait percentiles are kept for.
    public let rows: DistributionRows
    /// Chat outcomes by interval of request time, then button: index `interval × buttonCount + button`.
    public var chats: [ChatTally]
    /// Time integrals of the whole center per interval (the part after the warm-up).
    public var time: [TimeTally]
    /// What each agent group did.
    public var groups: [WorkTally]
    /// What each agent did.
    public var agents: [WorkTally]
    /// Exact wait percentiles per row of ``rows``, then per ``DistributionMetric`` (`nil` where a
    /// row has no wait of that kind): filled when the replication ends.
    public var waitPercentiles: [Double?]
    /// Waits of all chats accepted or abandoned (the recorder's exact ones), to pool over
    /// replications.
    var waits: WaitSamples
    /// Simulation events the replication processed (a measure of work for benchmarks, not a metric).
    public var events = 0

    /// Empty metrics over `grid` for buttons with the skill numbers `buttonSkills`, `groupCount`
    /// groups and `agentCount` agents.
    public init(grid: IntervalGrid, buttonSkills: [Int], groupCount: Int = 1, agentCount: Int = 0) {
        self.grid = grid
        rows = DistributionRows(buttonSkills: buttonSkills, intervalCount: grid.count)
        let buttonCount = buttonSkills.count
        chats = Array(repeating: ChatTally(), count: grid.count * buttonCount)
        time = Array(repeating: TimeTally(), count: grid.count)
        groups = Array(repeating: WorkTally(), count: groupCount)
        agents = Array(repeating: WorkTally(), count: agentCount)
        waitPercentiles = Array(repeating: nil, count: rows.count * DistributionMetric.allCases.count)
        waits = WaitSamples(cellCount: chats.count, buttonCount: buttonCount)
    }

    /// The replication's value of a wait percentile in `row`; `nil` where undefined.
    public func value(_ metric: DistributionMetric, in row: ReplicationAggregate.Row) -> Double? {
        guard let index = rows.index(of: row) else { return nil }
        return waitPercentiles[index * DistributionMetric.allCases.count + DistributionMetric.allCases.firstIndex(of: metric)!]
    }

    /// Chats requested on `button` during interval `interval`.
    public func chats(interval: Int, button: Int) -> ChatTally {
        chats[interval * buttonCount + button]
    }

    /// Chats requested on any button during interval `interval`.
    public func chats(interval: Int) -> ChatTally {
        var total = ChatTally()
        for button in 0..<buttonCount { total.add(chats(interval: interval, button: button)) }
        return total
    }

    /// Chats requested on `button` over the whole replication.
    public func chats(button: Int) -> ChatTally {
        var total = ChatTally()
        for interval in 0..<grid.count { total.add(chats(interval: interval, button: button)) }
        return total
    }

    /// All chats of the replication.
    public var totalChats: ChatTally {
        var total = ChatTally()
        for tally in chats { total.add(tally) }
        return total
    }

    /// Time integrals over the whole replication.
    public var totalTime: TimeTally {
        var total = TimeTally()
        for tally in time { total.add(tally) }
        return total
    }
}
