/// Turns the events of one replication into ``ReplicationMetrics``: chat outcomes are filed under
/// the interval of their request time, staffing levels are integrated over time, and everything
/// before the warm-up is left out.
public struct ReplicationRecorder: Sendable {
    /// What has been recorded so far (staffing integrated up to the last level change).
    public var metrics: ReplicationMetrics { recorded }

    @usableFromInline var recorded: ReplicationMetrics
    @usableFromInline let threshold: Double
    @usableFromInline var level = StaffingLevel.empty
    @usableFromInline var levelSince = 0.0
    /// The interval the last integration ended in, and its end: staffing changes before that end
    /// are added to it directly.
    @usableFromInline var currentInterval = 0
    @usableFromInline var currentIntervalEnd = -Double.infinity
    var groupStaffing: [StaffingIntegrator]

    /// A recorder for `buttonCount` buttons over `grid`, counting chats accepted within
    /// `serviceLevelThreshold` seconds as answered in time.
    public init(grid: IntervalGrid, buttonCount: Int, groupCount: Int = 1, serviceLevelThreshold: Double) {
        recorded = ReplicationMetrics(grid: grid, buttonCount: buttonCount, groupCount: groupCount)
        threshold = serviceLevelThreshold
        groupStaffing = Array(repeating: StaffingIntegrator(), count: groupCount)
    }

    /// The cell of a chat requested at `requestTime`, or `nil` during the warm-up.
    @inlinable
    func cell(button: Int, requestTime: Double) -> Int? {
        guard requestTime >= recorded.grid.warmup else { return nil }
        return recorded.grid.index(of: requestTime) * recorded.buttonCount + button
    }

    /// A chat was requested on `button` at `requestTime`.
    @inlinable
    public mutating func recordOffered(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        recorded.chats[cell].offered += 1
    }

    /// A chat requested at `requestTime` was accepted at `time`.
    @inlinable
    public mutating func recordAccepted(button: Int, requestTime: Double, at time: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        let wait = time - requestTime
        recorded.chats[cell].accepted += 1
        recorded.chats[cell].waitSum += wait
        if wait > 0 { recorded.chats[cell].waited += 1 }
        if wait <= threshold { recorded.chats[cell].acceptedWithinThreshold += 1 }
    }

    /// A chat requested at `requestTime` was abandoned by its visitor at `time`.
    public mutating func recordAbandoned(button: Int, requestTime: Double, at time: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        let wait = time - requestTime
        recorded.chats[cell].abandoned += 1
        recorded.chats[cell].waitSum += wait
        recorded.chats[cell].abandonedWaitSum += wait
        if wait > 0 { recorded.chats[cell].waited += 1 }
        if wait <= threshold { recorded.chats[cell].abandonedWithinThreshold += 1 }
    }

    /// A chat requested at `requestTime` was canceled because no qualified agent was Online.
    public mutating func recordCanceledNoAgent(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        recorded.chats[cell].canceledNoAgent += 1
    }

    /// A chat requested at `requestTime` was canceled because its queue was full.
    public mutating func recordCanceledNoQueue(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        recorded.chats[cell].canceledNoQueue += 1
    }

    /// A chat requested at `requestTime` was refused because the visitor's address is blocked.
    public mutating func recordBlocked(button: Int, requestTime: Double) {
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        recorded.chats[cell].blocked += 1
    }

    /// Staffing or load changed to `newLevel` at `time` (times never decrease).
    @inlinable
    public mutating func recordStaffing(_ newLevel: StaffingLevel, at time: Double) {
        guard newLevel != level else { return }
        if levelSince >= recorded.grid.warmup && time <= currentIntervalEnd && time <= recorded.grid.horizon {
            // Common case: the level held within one reporting interval after the warm-up.
            let span = time - levelSince
            recorded.staffing[currentInterval].add(level, over: span)
            levelSince = time
        } else {
            integrateStaffing(until: time)
        }
        level = newLevel
    }

    /// A push offer of a chat requested at `requestTime` on `button` went back unanswered to an
    /// agent of `group`: declined, or timed out.
    public mutating func recordDeclined(button: Int, requestTime: Double, group: Int, timedOut: Bool, at time: Double) {
        if time >= recorded.grid.warmup {
            if timedOut { recorded.groups[group].timedOut += 1 } else { recorded.groups[group].declined += 1 }
        }
        guard let cell = cell(button: button, requestTime: requestTime) else { return }
        if timedOut { recorded.chats[cell].timedOut += 1 } else { recorded.chats[cell].declined += 1 }
    }

    /// A chat was pushed or shown to an agent of `group` at `time`.
    @inlinable
    public mutating func recordOffer(group: Int, at time: Double) {
        if time >= recorded.grid.warmup { recorded.groups[group].offers += 1 }
    }

    /// An agent of `group` accepted a chat at `time`.
    @inlinable
    public mutating func recordGroupAccepted(group: Int, at time: Double) {
        if time >= recorded.grid.warmup { recorded.groups[group].accepted += 1 }
    }

    /// The staffing or load of agent group `group` changed to `level` at `time`. With a single
    /// group there is no need: the group's figures are the center's.
    public mutating func recordGroupStaffing(_ level: StaffingLevel, group: Int, at time: Double) {
        groupStaffing[group].record(level, at: time, warmup: recorded.grid.warmup, horizon: recorded.grid.horizon)
    }

    /// Integrates the staffing levels up to the horizon and returns the replication's recorded.
    public mutating func finish() -> ReplicationMetrics {
        integrateStaffing(until: recorded.grid.horizon)
        if groupStaffing.count == 1 {
            recorded.groups[0].staffing = recorded.totalStaffing
        } else {
            for group in groupStaffing.indices {
                groupStaffing[group].integrate(until: recorded.grid.horizon, warmup: recorded.grid.warmup,
                                               horizon: recorded.grid.horizon)
                recorded.groups[group].staffing = groupStaffing[group].total
            }
        }
        return recorded
    }

    /// Adds the current level over `[levelSince, time)`, clipped to `[warmup, horizon)`, to the
    /// intervals it covers.
    @usableFromInline
    mutating func integrateStaffing(until time: Double) {
        let grid = recorded.grid
        var start = Swift.max(levelSince, grid.warmup)
        let end = Swift.min(time, grid.horizon)
        levelSince = Swift.max(levelSince, time)
        guard end > start else { return }
        var interval = grid.index(of: start)
        while start < end {
            let stop = Swift.min(end, grid.end(of: interval))
            recorded.staffing[interval].add(level, over: stop - start)
            currentInterval = interval
            currentIntervalEnd = grid.end(of: interval)
            start = stop
            interval += 1
        }
    }
}
