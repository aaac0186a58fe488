/// The headline measures of a chat center, each computed per replication from its tallies.
///
/// Ratios with a zero denominator are undefined in that replication (NaN) and are left out when
/// replications are combined. Measures of time (utilization, occupancy, concurrency, queue length)
/// exist only where time tallies do: for all buttons together.
public enum SummaryMetric: String, CaseIterable, Sendable {
    /// Chats requested.
    case offered
    /// Chats accepted by an agent.
    case accepted
    /// Chats the visitor left while waiting.
    case abandoned
    /// Requests that never reached an agent: abandoned, or canceled for want of an agent or of
    /// room in the queue (blocked visitors are not counted).
    case missed
    /// Mean wait over chats accepted or abandoned, in seconds (abandoned chats count their time
    /// in queue).
    case meanWait
    /// Share of offered chats that waited more than zero.
    case probWait
    /// Share of offered chats accepted within the service-level threshold T.
    case serviceLevel
    /// Chats accepted within T over offered chats less those abandoned within T (the second
    /// common definition: visitors who gave up quickly do not count against the center).
    case serviceLevelExcludingShortAbandons
    /// Share of offered chats abandoned.
    case abandonRate
    /// Mean wait of abandoned chats, in seconds.
    case meanAbandonedAfter
    /// Mean length of a conversation, from acceptance to its end, in seconds.
    case meanChatDuration
    /// Busy capacity over staffed capacity (an agent of capacity k has k units).
    case utilization
    /// Share of logged-in agent time with at least one chat.
    case occupancy
    /// Share of logged-in agent time spent Online rather than Away.
    case onlineShare
    /// Time-average number of chats waiting in queues.
    case meanQueueLength
    /// Most chats waiting at once.
    case peakQueueLength
    /// Share of logged-in agent time holding no chat.
    case concurrency0
    /// Share of logged-in agent time holding 1 chat.
    case concurrency1
    /// Share of logged-in agent time holding 2 chats.
    case concurrency2
    /// Share of logged-in agent time holding 3 chats.
    case concurrency3
    /// Share of logged-in agent time holding 4 chats.
    case concurrency4
    /// Share of logged-in agent time holding 5 chats.
    case concurrency5
    /// Share of logged-in agent time holding 6 chats.
    case concurrency6
    /// Share of logged-in agent time holding 7 chats.
    case concurrency7
    /// Share of logged-in agent time holding 8 chats or more.
    case concurrency8
    /// Requests refused because the visitor's address is blocked.
    case blocked
    /// Requests canceled because no qualified agent was logged in (or rerouting ran out).
    case canceledNoAgent
    /// Requests canceled because the queue was full.
    case canceledNoQueue
    /// Push offers declined by agents.
    case declined
    /// Push offers that timed out.
    case timedOut
    /// Transfer requests made.
    case transferRequests
    /// Transfers completed (the chat moved to a new agent).
    case transfers
    /// Transfers completed to one agent.
    case transfersToAgent
    /// Transfers completed to an agent with the requested skill.
    case transfersToSkill
    /// Transfers completed through a button's queue.
    case transfersToButton
    /// Transfer requests declined by everyone they were shown to.
    case transfersDeclined
    /// Transfer requests nobody answered in time.
    case transfersTimedOut
    /// Transfer requests that nobody could receive (or that met a full queue).
    case transfersFailed
    /// Transfer requests still pending when the chat ended.
    case transfersCanceled
    /// Completed transfers that put the new agent beyond its capacity.
    case transfersOverCapacity
    /// Mean time from a transfer request to the new agent taking the chat, in seconds.
    case meanTimeToTransfer
    /// Share of accepted chats transferred at least once.
    case transferShare
    /// Conference invitations made.
    case conferenceRequests
    /// Invitations accepted (an agent joined).
    case conferencesJoined
    /// Invitations declined by everyone or not answered in time.
    case conferencesDeclined
    /// Invitations nobody could receive.
    case conferencesFailed
    /// Chats whose visitor an agent blocked.
    case blockedByAgent
    /// Attached records that did not open for an agent receiving a transfer or joining a
    /// conference, for want of permission.
    case recordsNotOpened
    /// Mean over conversations of their average agent response time (visitor message to the
    /// agent's reply), in seconds.
    case meanAgentResponseTime
    /// Mean over conversations of their longest agent response time, in seconds.
    case meanMaxAgentResponseTime
    /// Mean over conversations of their average visitor response time (agent message to the
    /// visitor's next), in seconds.
    case meanVisitorResponseTime
    /// Mean over conversations of their longest visitor response time, in seconds.
    case meanMaxVisitorResponseTime
    /// Agent messages per conversation.
    case operatorMessagesPerChat
    /// Visitor messages per conversation.
    case visitorMessagesPerChat
    /// Times a visitor waited for a reply longer than the critical wait.
    case criticalWaitAlerts
    /// Conversations ended because the visitor stopped answering.
    case idleTimeouts
    /// Assistance flags agents raised.
    case flagsRaised
    /// Assistance flags a supervisor lowered.
    case flagsLoweredBySupervisor

    /// Whether the measure is a share of something, from 0 to 1 (utilization is not: transfers may
    /// take an agent over its capacity).
    public var isShare: Bool {
        switch self {
        case .serviceLevel, .serviceLevelExcludingShortAbandons, .probWait, .abandonRate, .occupancy, .onlineShare,
             .transferShare: true
        default: concurrencyCount != nil
        }
    }

    /// The values the measure can take: 0 to 1 for a share, else any value from 0 (every other
    /// measure counts or times something).
    public var feasibleRange: ClosedRange<Double> { isShare ? 0...1 : 0 ... .infinity }

    /// Whether the measure needs time tallies (and so exists only for all buttons together).
    public var needsTime: Bool {
        switch self {
        case .utilization, .occupancy, .onlineShare, .meanQueueLength, .peakQueueLength: true
        default: concurrencyCount != nil
        }
    }

    /// For the concurrency measures, the number of chats held they refer to.
    public var concurrencyCount: Int? {
        switch self {
        case .concurrency0: 0
        case .concurrency1: 1
        case .concurrency2: 2
        case .concurrency3: 3
        case .concurrency4: 4
        case .concurrency5: 5
        case .concurrency6: 6
        case .concurrency7: 7
        case .concurrency8: 8
        default: nil
        }
    }

    /// The measure's value for these tallies; NaN when undefined.
    public func value(chats: ChatTally, time: TimeTally?) -> Double {
        func ratio(_ numerator: Double, _ denominator: Double) -> Double {
            denominator > 0 ? numerator / denominator : .nan
        }
        let offered = Double(chats.offered)
        switch self {
        case .offered: return offered
        case .accepted: return Double(chats.accepted)
        case .abandoned: return Double(chats.abandoned)
        case .missed: return Double(chats.abandoned + chats.canceledNoAgent + chats.canceledNoQueue)
        case .meanWait: return ratio(chats.waitSum, Double(chats.accepted + chats.abandoned))
        case .probWait: return ratio(Double(chats.waited), offered)
        case .serviceLevel: return ratio(Double(chats.acceptedWithinThreshold), offered)
        case .serviceLevelExcludingShortAbandons:
            return ratio(Double(chats.acceptedWithinThreshold), offered - Double(chats.abandonedWithinThreshold))
        case .abandonRate: return ratio(Double(chats.abandoned), offered)
        case .meanAbandonedAfter: return ratio(chats.abandonedWaitSum, Double(chats.abandoned))
        case .meanChatDuration: return ratio(chats.durationSum, Double(chats.ended))
        case .blocked: return Double(chats.blocked)
        case .canceledNoAgent: return Double(chats.canceledNoAgent)
        case .canceledNoQueue: return Double(chats.canceledNoQueue)
        case .declined: return Double(chats.declined)
        case .timedOut: return Double(chats.timedOut)
        default: break
        }
        if let value = handoffValue(chats.handoffs, accepted: chats.accepted) { return value }
        if let value = conversationValue(chats.conversations) { return value }
        guard let time else { return .nan }
        switch self {
        case .utilization: return ratio(time.loadSeconds, time.capacitySeconds)
        case .occupancy: return ratio(time.busySeconds, time.loggedInSeconds)
        case .onlineShare: return ratio(time.onlineSeconds, time.loggedInSeconds)
        case .meanQueueLength: return ratio(time.queuedChatSeconds, time.seconds)
        case .peakQueueLength: return time.seconds > 0 ? Double(time.peakQueuedChats) : .nan
        default: return ratio(time.holdingSeconds[concurrencyCount ?? 0], time.loggedInSeconds)
        }
    }

    /// The value of a message or response-time measure; `nil` for the other measures.
    private func conversationValue(_ tally: ConversationTally) -> Double? {
        func ratio(_ numerator: Double, _ denominator: Int) -> Double {
            denominator > 0 ? numerator / Double(denominator) : .nan
        }
        return switch self {
        case .meanAgentResponseTime: ratio(tally.agentResponseAverageSum, tally.chatsWithAgentResponses)
        case .meanMaxAgentResponseTime: ratio(tally.agentResponseMaxSum, tally.chatsWithAgentResponses)
        case .meanVisitorResponseTime: ratio(tally.visitorResponseAverageSum, tally.chatsWithVisitorResponses)
        case .meanMaxVisitorResponseTime: ratio(tally.visitorResponseMaxSum, tally.chatsWithVisitorResponses)
        case .operatorMessagesPerChat: ratio(Double(tally.operatorMessages), tally.conversations)
        case .visitorMessagesPerChat: ratio(Double(tally.visitorMessages), tally.conversations)
        case .criticalWaitAlerts: Double(tally.criticalWaitAlerts)
        case .idleTimeouts: Double(tally.idleTimeouts)
        case .flagsRaised: Double(tally.flagsRaised)
        case .flagsLoweredBySupervisor: Double(tally.flagsLoweredBySupervisor)
        default: nil
        }
    }

    /// The value of a transfer, conference or block measure; `nil` for the other measures.
    private func handoffValue(_ tally: HandoffTally, accepted: Int) -> Double? {
        switch self {
        case .transferRequests: Double(tally.transferRequests)
        case .transfers: Double(tally.transfers)
        case .transfersToAgent: Double(tally.transfersToAgent)
        case .transfersToSkill: Double(tally.transfersToSkill)
        case .transfersToButton: Double(tally.transfersToButton)
        case .transfersDeclined: Double(tally.transfersDeclined)
        case .transfersTimedOut: Double(tally.transfersTimedOut)
        case .transfersFailed: Double(tally.transfersFailed)
        case .transfersCanceled: Double(tally.transfersCanceled)
        case .transfersOverCapacity: Double(tally.transfersOverCapacity)
        case .meanTimeToTransfer: tally.transfers > 0 ? tally.transferSecondsSum / Double(tally.transfers) : .nan
        case .transferShare: accepted > 0 ? Double(tally.chatsTransferred) / Double(accepted) : .nan
        case .conferenceRequests: Double(tally.conferenceRequests)
        case .conferencesJoined: Double(tally.conferencesJoined)
        case .conferencesDeclined: Double(tally.conferencesDeclined)
        case .conferencesFailed: Double(tally.conferencesFailed)
        case .blockedByAgent: Double(tally.blockedByAgent)
        case .recordsNotOpened: Double(tally.recordsNotOpened)
        default: nil
        }
    }
}
