/// Turns the events of one replication into ``ReplicationMetrics``: chat outcomes are filed under
/// the interval of their request time, staffing levels are integrated over time, and everything
/// before the warm-up is left out.
public struct ReplicationRecorder: Sendable {
    /// What has been recorded so far (staffing integrated up to the last level change).
    public private(set) var metrics: ReplicationMetrics
    let threshold: Double
    var level = StaffingLevel.empty
    var levelSince = 0.0
    /// The interval the last integration ended in, and its end: staffing changes before that end
    /// are added to it directly.
    var currentInterval = 0
    var currentIntervalEnd = -Double.infinity
    var groupStaffing: [StaffingIntegrator]

    /// A recorder for `buttonCount` buttons over `grid`, counting chats accepted within
    /// `serviceLevelThreshold` seconds as answered in time.
    public init(grid: IntervalGrid, buttonCount: Int, groupCount: Int = 1, serviceLevelThreshold: Double) {
        metrics = ReplicationMetrics(grid: grid, buttonCount: buttonCount, groupCount: groupCount)
        threshold = serviceLevelThreshold
        groupStaffing = Array(repeating: StaffingIntegrator(), count: groupCount)
    }

    /// The cell of a chat requested at `requestTime`, or `nil` during the warm-up.
    func cell(button: Int, requestTime: Double) -> Int? {
        guard requestTime >= metrics.grid.warmup else { return nil }
        return metrics.grid.index(of: requestTime) * metrics.buttonCount + button
    }

    /// A chat was requested on `button` at `requestTime`.
    public mutating func recordOffered(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        metrics.chats[cell].offered += 1
    }

    /// A chat requested at `requestTime` was accepted at `time`.
    public mutating func recordAccepted(button: Int, requestTime: Double, at time: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        let wait = time - requestTime
        metrics.chats[cell].accepted += 1
        metrics.chats[cell].waitSum += wait
        if wait > 0 { metrics.chats[cell].waited += 1 }
        if wait <= threshold { metrics.chats[cell].acceptedWithinThreshold += 1 }
    }

    /// A chat requested at `requestTime` was abandoned by its visitor at `time`.
    public mutating func recordAbandoned(button: Int, requestTime: Double, at time: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        let wait = time - requestTime
        metrics.chats[cell].abandoned += 1
        metrics.chats[cell].waitSum += wait
        metrics.chats[cell].abandonedWaitSum += wait
        if wait > 0 { metrics.chats[cell].waited += 1 }
        if wait <= threshold { metrics.chats[cell].abandonedWithinThreshold += 1 }
    }

    /// A chat requested at `requestTime` was canceled because no qualified agent was Online.
    public mutating func recordCanceledNoAgent(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        metrics.chats[cell].canceledNoAgent += 1
    }

    /// A chat requested at `requestTime` was canceled because its queue was full.
    public mutating func recordCanceledNoQueue(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        metrics.chats[cell].canceledNoQueue += 1
    }

    /// A chat requested at `requestTime` was refused because the visitor's address is blocked.
    public mutating func recordBlocked(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        metrics.chats[cell].blocked += 1
    }

    /// Staffing or load changed to `newLevel` at `time` (times never decrease).
    public mutating func recordStaffing(_ newLevel: StaffingLevel, at time: Double) {
        guard newLevel != level else { return }
        if levelSince >= metrics.grid.warmup && time <= currentIntervalEnd && time <= metrics.grid.horizon {
            // Common case: the level held within one reporting interval after the warm-up.
            let span = time - levelSince
            metrics.staffing[currentInterval].add(level, over: span)
            levelSince = time
        } else {
            integrateStaffing(until: time)
        }
        level = newLevel
    }

    /// A push offer of a chat requested at `requestTime` on `button` went back unanswered to an
    /// agent of `group`: declined, or timed out.
    public mutating func recordDeclined(button: Int, requestTime: Double, group: Int, timedOut: Bool, at time: Double) {
        if time >= metrics.grid.warmup {
            if timedOut { metrics.groups[group].timedOut += 1 } else { metrics.groups[group].declined += 1 }
        }
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        if timedOut { metrics.chats[cell].timedOut += 1 } else { metrics.chats[cell].declined += 1 }
    }

    /// A chat was pushed or shown to an agent of `group` at `time`.
    public mutating func recordOffer(group: Int, at time: Double) {
        if time >= metrics.grid.warmup { metrics.groups[group].offers += 1 }
    }

    /// An agent of `group` accepted a chat at `time`.
    public mutating func recordGroupAccepted(group: Int, at time: Double) {
        if time >= metrics.grid.warmup { metrics.groups[group].accepted += 1 }
    }

    /// The staffing or load of agent group `group` changed to `level` at `time`. With a single
    /// group there is no need: the group's figures are the center's.
    public mutating func recordGroupStaffing(_ level: StaffingLevel, group: Int, at time: Double) {
        groupStaffing[group].record(level, at: time, warmup: metrics.grid.warmup, horizon: metrics.grid.horizon)
    }

    /// Integrates the staffing levels up to the horizon and returns the replication's metrics.
    public mutating func finish() -> ReplicationMetrics {
        integrateStaffing(until: metrics.grid.horizon)
        if groupStaffing.count == 1 {
            metrics.groups[0].staffing = metrics.totalStaffing
        } else {
            for group in groupStaffing.indices {
                groupStaffing[group].integrate(until: metrics.grid.horizon, warmup: metrics.grid.warmup,
                                               horizon: metrics.grid.horizon)
                metrics.groups[group].staffing = groupStaffing[group].total
            }
        }
        return metrics
    }

    /// Adds the current level over `[levelSince, time)`, clipped to `[warmup, horizon)`, to the
    /// intervals it covers.
    mutating func integrateStaffing(until time: Double) {
        let grid = metrics.grid
        var start = Swift.max(levelSince, grid.warmup)
        let end = Swift.min(time, grid.horizon)
        levelSince = Swift.max(levelSince, time)
        guard end > start else { return }
        var interval = grid.index(of: start)
        while start < end {
            let stop = Swift.min(end, grid.end(of: interval))
            metrics.staffing[interval].add(level, over: stop - start)
            currentInterval = interval
            currentIntervalEnd = grid.end(of: interval)
            start = stop
            interval += 1
        }
    }
}
