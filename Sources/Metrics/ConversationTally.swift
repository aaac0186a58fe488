/// Messages and response times of a set of conversations (conversation service mode), filed like
/// every chat count under the chat's button and the interval of its request time, when the
/// conversation ends.
///
/// Response times are first summarised per chat (its average and its longest), as a chat
/// platform's transcript records them, then averaged over chats.
public struct ConversationTally: Sendable, Equatable {
    /// Conversations that ended.
    public var conversations = 0
    /// Messages agents sent (replies and greetings).
    public var operatorMessages = 0
    /// Messages visitors sent.
    public var visitorMessages = 0
    /// Conversations with at least one agent reply, and the sums over them of each one's average
    /// and longest agent response time (visitor message to reply), in seconds.
    public var chatsWithAgentResponses = 0
    public var agentResponseAverageSum = 0.0
    public var agentResponseMaxSum = 0.0
    /// Conversations with at least one visitor response (agent message to the visitor's next),
    /// and the sums of their average and longest, in seconds.
    public var chatsWithVisitorResponses = 0
    public var visitorResponseAverageSum = 0.0
    public var visitorResponseMaxSum = 0.0
    /// Times a visitor waited for a reply longer than the critical wait.
    public var criticalWaitAlerts = 0
    /// Conversations ended because the visitor stopped answering.
    public var idleTimeouts = 0
    /// Assistance flags agents raised, and those of them a supervisor lowered.
    public var flagsRaised = 0
    public var flagsLoweredBySupervisor = 0

    /// Nothing yet.
    public init() {}

    /// Adds another tally's counts and sums to this one.
    public mutating func add(_ other: ConversationTally) {
        conversations += other.conversations
        operatorMessages += other.operatorMessages
        visitorMessages += other.visitorMessages
        chatsWithAgentResponses += other.chatsWithAgentResponses
        agentResponseAverageSum += other.agentResponseAverageSum
        agentResponseMaxSum += other.agentResponseMaxSum
        chatsWithVisitorResponses += other.chatsWithVisitorResponses
        visitorResponseAverageSum += other.visitorResponseAverageSum
        visitorResponseMaxSum += other.visitorResponseMaxSum
        criticalWaitAlerts += other.criticalWaitAlerts
        idleTimeouts += other.idleTimeouts
        flagsRaised += other.flagsRaised
        flagsLoweredBySupervisor += other.flagsLoweredBySupervisor
    }
}

/// Response times of one side of one conversation: their count, sum and longest.
public struct ResponseTimes: Sendable, Equatable {
    /// Responses so far.
    public private(set) var count = 0
    /// Their sum and the longest, in seconds.
    public private(set) var sum = 0.0
    public private(set) var longest = 0.0

    /// None yet.
    public init() {}

    /// One more response.
    public mutating func add(_ seconds: Double) {
        count += 1
        sum += seconds
        longest = Swift.max(longest, seconds)
    }

    /// The average response; `nil` with none.
    public var average: Double? { count > 0 ? sum / Double(count) : nil }
}
