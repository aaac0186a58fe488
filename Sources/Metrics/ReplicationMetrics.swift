/// Everything one replication measured, per reporting interval and button, per agent group and
/// per agent.
public struct ReplicationMetrics: Sendable, Equatable {
    /// The reporting intervals.
    public let grid: IntervalGrid
    /// Number of buttons.
    public let buttonCount: Int
    /// Chat outcomes by interval of request time, then button: index `interval × buttonCount + button`.
    public var chats: [ChatTally]
    /// Time integrals of the whole center per interval (the part after the warm-up).
    public var time: [TimeTally]
    /// What each agent group did.
    public var groups: [WorkTally]
    /// What each agent did.
    public var agents: [WorkTally]
    /// Waits of accepted and abandoned chats, and waits of abandoned chats, per button then per
    /// interval: index `button`, or `buttonCount + interval`.
    public var waits: [WaitHistogram]
    public var abandonedAfter: [WaitHistogram]
    /// Simulation events the replication processed (a measure of work for benchmarks, not a metric).
    public var events = 0

    /// Empty metrics over `grid` for `buttonCount` buttons, `groupCount` groups and `agentCount` agents.
    public init(grid: IntervalGrid, buttonCount: Int, groupCount: Int = 1, agentCount: Int = 0) {
        self.grid = grid
        self.buttonCount = buttonCount
        chats = Array(repeating: ChatTally(), count: grid.count * buttonCount)
        time = Array(repeating: TimeTally(), count: grid.count)
        groups = Array(repeating: WorkTally(), count: groupCount)
        agents = Array(repeating: WorkTally(), count: agentCount)
        waits = Array(repeating: WaitHistogram(), count: buttonCount + grid.count)
        abandonedAfter = waits
    }

    /// Waits of accepted and abandoned chats in a row: all buttons, one button or one interval.
    public func waits(button: Int? = nil, interval: Int? = nil) -> WaitHistogram {
        merged(waits, button: button, interval: interval)
    }

    /// Waits of abandoned chats in a row: all buttons, one button or one interval.
    public func abandonedAfter(button: Int? = nil, interval: Int? = nil) -> WaitHistogram {
        merged(abandonedAfter, button: button, interval: interval)
    }

    func merged(_ histograms: [WaitHistogram], button: Int?, interval: Int?) -> WaitHistogram {
        if let button { return histograms[button] }
        if let interval { return histograms[buttonCount + interval] }
        var total = WaitHistogram()
        for interval in 0..<grid.count { total.add(histograms[buttonCount + interval]) }
        return total
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
