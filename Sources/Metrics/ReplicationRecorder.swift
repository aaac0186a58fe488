/// Turns the events of one replication into ``ReplicationMetrics``: chat outcomes are filed under
/// the interval of their request time, work under the agent and group that did it, and everything
/// before the warm-up is left out. Time integrals are measured by the caller (from the router's
/// time accounts) and handed over period by period.
public struct ReplicationRecorder: Sendable {
    /// What has been recorded so far.
    public var metrics: ReplicationMetrics { recorded }

    @usableFromInline var recorded: ReplicationMetrics
    @usableFromInline let threshold: Double
    /// The reporting intervals, and the number of buttons, kept apart from ``recorded`` so that
    /// finding a chat's cell reads two small values rather than the whole metrics value.
    public let grid: IntervalGrid
    @usableFromInline let buttonCount: Int
    /// Offers and answers per group and per agent, kept apart from the time tallies (which hold
    /// arrays) so that counting stays cheap.
    @usableFromInline var groupCounts: [WorkCounts]
    @usableFromInline var agentCounts: [WorkCounts]
    /// Every wait, for exact percentiles when the replication ends.
    @usableFromInline var waitSamples: WaitSamples

    /// A recorder for buttons with the skill numbers `buttonSkills`, `groupCount` groups and
    /// `agentCount` agents over `grid`, counting chats accepted within `serviceLevelThreshold`
    /// seconds as answered in time.
    public init(grid: IntervalGrid, buttonSkills: [Int], groupCount: Int = 1, agentCount: Int = 0,
                serviceLevelThreshold: Double) {
        recorded = ReplicationMetrics(grid: grid, buttonSkills: buttonSkills, groupCount: groupCount,
                                      agentCount: agentCount)
        threshold = serviceLevelThreshold
        self.grid = grid
        buttonCount = buttonSkills.count
        groupCounts = Array(repeating: WorkCounts(), count: groupCount)
        agentCounts = Array(repeating: WorkCounts(), count: agentCount)
        waitSamples = WaitSamples(cellCount: grid.count * buttonSkills.count, buttonCount: buttonSkills.count)
    }

    /// The cell of a chat requested on `button` at `requestTime`, where all its outcomes are filed.
    @inlinable @inline(__always)
    public func cell(button: Int, requestTime: Double) -> ChatCell {
        guard requestTime >= grid.warmup else { return .warmUp }
        return ChatCell(index: grid.index(of: requestTime) * buttonCount + button)
    }

    /// A chat of `cell` was requested.
    @inlinable
    public mutating func recordOffered(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].offered += 1
    }

    /// A chat of `cell` requested at `requestTime` was accepted at `time` by `agent` of `group`.
    @inlinable
    public mutating func recordAccepted(_ cell: ChatCell, requestTime: Double, at time: Double, agent: Int, group: Int) {
        if time >= grid.warmup {
            groupCounts[group].accepted += 1
            agentCounts[agent].accepted += 1
        }
        guard let cell = cell.counted else { return }
        let wait = time - requestTime
        waitSamples.record(wait, cell: cell, abandoned: false)
        recorded.chats[cell].accepted += 1
        recorded.chats[cell].waitSum += wait
        if wait > 0 { recorded.chats[cell].waited += 1 }
        if wait <= threshold { recorded.chats[cell].acceptedWithinThreshold += 1 }
    }

    /// The conversation of a chat of `cell` ended after `duration` seconds.
    @inlinable
    public mutating func recordConversationEnded(_ cell: ChatCell, duration: Double) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].ended += 1
        recorded.chats[cell].durationSum += duration
    }

    /// A chat of `cell` requested at `requestTime` was abandoned by its visitor at `time`.
    public mutating func recordAbandoned(_ cell: ChatCell, requestTime: Double, at time: Double) {
        guard let cell = cell.counted else { return }
        let wait = time - requestTime
        waitSamples.record(wait, cell: cell, abandoned: true)
        recorded.chats[cell].abandoned += 1
        recorded.chats[cell].waitSum += wait
        recorded.chats[cell].abandonedWaitSum += wait
        if wait > 0 { recorded.chats[cell].waited += 1 }
        if wait <= threshold { recorded.chats[cell].abandonedWithinThreshold += 1 }
    }

    /// A chat of `cell` was canceled because no qualified agent was Online.
    public mutating func recordCanceledNoAgent(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].canceledNoAgent += 1
    }

    /// A chat of `cell` was canceled because its queue was full.
    public mutating func recordCanceledNoQueue(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].canceledNoQueue += 1
    }

    /// A chat of `cell` was refused because the visitor's address is blocked.
    public mutating func recordBlocked(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].blocked += 1
    }

    /// A push offer of a chat of `cell` went back unanswered from
    /// `agent` of `group` at `time`: declined, or timed out.
    public mutating func recordDeclined(_ cell: ChatCell, agent: Int, group: Int, timedOut: Bool,
                                        at time: Double) {
        if time >= grid.warmup {
            if timedOut {
                groupCounts[group].timedOut += 1
                agentCounts[agent].timedOut += 1
            } else {
                groupCounts[group].declined += 1
                agentCounts[agent].declined += 1
            }
        }
        guard let cell = cell.counted else { return }
        if timedOut { recorded.chats[cell].timedOut += 1 } else { recorded.chats[cell].declined += 1 }
    }

    /// A chat was pushed or shown to `agent` of `group` at `time`.
    @inlinable @inline(__always)
    public mutating func recordOffer(agent: Int, group: Int, at time: Double) {
        guard time >= grid.warmup else { return }
        groupCounts[group].offers += 1
        agentCounts[agent].offers += 1
    }

    /// The center's time integrals over a period inside interval `interval` (after the warm-up).
    public mutating func recordTime(_ tally: TimeTally, interval: Int) {
        recorded.time[interval].add(tally)
    }

    /// The time integrals of agent group `group` over the day after the warm-up.
    public mutating func recordTime(_ tally: TimeTally, group: Int) {
        recorded.groups[group].time.add(tally)
    }

    /// The time integrals of agent `agent` over the day after the warm-up.
    public mutating func recordTime(_ tally: TimeTally, agent: Int) {
        recorded.agents[agent].time.add(tally)
    }

    /// The replication's metrics, with the wait percentiles of every row.
    public func finish() -> ReplicationMetrics {
        var metrics = recorded
        metrics.waits = waitSamples
        metrics.waitPercentiles = waitSamples.percentiles(rows: metrics.rows)
        for (group, counts) in groupCounts.enumerated() { metrics.groups[group].counts = counts }
        for (agent, counts) in agentCounts.enumerated() { metrics.agents[agent].counts = counts }
        return metrics
    }

    /// An agent asked to transfer a chat of `cell`.
    public mutating func recordTransferRequested(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].handoffs.transferRequests += 1
    }

    /// A transfer request completed after `seconds`: the chat moved to a new agent, beyond its
    /// capacity when `exceededCapacity`; `firstOfChat` tells the chat's first transfer.
    public mutating func recordTransferred(_ cell: ChatCell, kind: TransferKind, seconds: Double,
                                           exceededCapacity: Bool, firstOfChat: Bool) {
        guard let cell = cell.counted else { return }
        var tally = recorded.chats[cell].handoffs
        switch kind {
        case .agent: tally.transfersToAgent += 1
        case .skill: tally.transfersToSkill += 1
        case .button: tally.transfersToButton += 1
        }
        tally.transferSecondsSum += seconds
        if exceededCapacity { tally.transfersOverCapacity += 1 }
        if firstOfChat { tally.chatsTransferred += 1 }
        recorded.chats[cell].handoffs = tally
    }

    /// A transfer request ended without moving the chat.
    public mutating func recordTransferEnded(_ cell: ChatCell, _ end: HandoffEnd) {
        guard let cell = cell.counted else { return }
        switch end {
        case .declined: recorded.chats[cell].handoffs.transfersDeclined += 1
        case .timedOut: recorded.chats[cell].handoffs.transfersTimedOut += 1
        case .failed: recorded.chats[cell].handoffs.transfersFailed += 1
        case .canceled: recorded.chats[cell].handoffs.transfersCanceled += 1
        }
    }

    /// An agent in a chat of `cell` invited a colleague.
    public mutating func recordConferenceRequested(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].handoffs.conferenceRequests += 1
    }

    /// An invitation was accepted: an agent joined the chat.
    public mutating func recordConferenceJoined(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].handoffs.conferencesJoined += 1
    }

    /// An invitation ended without anyone joining (a canceled one is not counted apart).
    public mutating func recordConferenceEnded(_ cell: ChatCell, _ end: HandoffEnd) {
        guard let cell = cell.counted else { return }
        switch end {
        case .declined, .timedOut: recorded.chats[cell].handoffs.conferencesDeclined += 1
        case .failed: recorded.chats[cell].handoffs.conferencesFailed += 1
        case .canceled: break
        }
    }

    /// `count` attached records of a chat did not open for the agent who received or joined it.
    public mutating func recordRecordsNotOpened(_ count: Int, _ cell: ChatCell) {
        guard count > 0, let cell = cell.counted else { return }
        recorded.chats[cell].handoffs.recordsNotOpened += count
    }

    /// A conversation ended, with its message counts and response times; `idleTimeout` tells
    /// that it ended because the visitor stopped answering.
    public mutating func recordConversation(_ cell: ChatCell, operatorMessages: Int,
                                            visitorMessages: Int, agentResponses: ResponseTimes,
                                            visitorResponses: ResponseTimes, idleTimeout: Bool) {
        guard let cell = cell.counted else { return }
        var tally = recorded.chats[cell].conversations
        tally.conversations += 1
        tally.operatorMessages += operatorMessages
        tally.visitorMessages += visitorMessages
        if let average = agentResponses.average {
            tally.chatsWithAgentResponses += 1
            tally.agentResponseAverageSum += average
            tally.agentResponseMaxSum += agentResponses.longest
        }
        if let average = visitorResponses.average {
            tally.chatsWithVisitorResponses += 1
            tally.visitorResponseAverageSum += average
            tally.visitorResponseMaxSum += visitorResponses.longest
        }
        if idleTimeout { tally.idleTimeouts += 1 }
        recorded.chats[cell].conversations = tally
    }

    /// A visitor of a chat of `cell` waited for a reply longer than
    /// the critical wait.
    public mutating func recordCriticalWaitAlert(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].conversations.criticalWaitAlerts += 1
    }

    /// An agent raised an assistance flag in a chat of `cell`;
    /// `loweredBySupervisor` tells whether a supervisor lowered it.
    public mutating func recordFlag(_ cell: ChatCell, loweredBySupervisor: Bool) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].conversations.flagsRaised += 1
        if loweredBySupervisor { recorded.chats[cell].conversations.flagsLoweredBySupervisor += 1 }
    }

    /// An agent blocked the visitor of a chat of `cell`.
    public mutating func recordBlockedByAgent(_ cell: ChatCell) {
        guard let cell = cell.counted else { return }
        recorded.chats[cell].handoffs.blockedByAgent += 1
    }
}
