/// Counts and sums of chat outcomes over a set of offered chats: one reporting interval of one
/// button, or any total of those. Wait is the time from request to acceptance or abandonment.
public struct ChatTally: Sendable, Equatable {
    /// Chats requested.
    public var offered = 0
    /// Chats accepted by an agent.
    public var accepted = 0
    /// Chats the visitor left while waiting.
    public var abandoned = 0
    /// Requests canceled because no qualified agent was Online.
    public var canceledNoAgent = 0
    /// Requests canceled because the queue was full.
    public var canceledNoQueue = 0
    /// Requests refused because the visitor's address is blocked.
    public var blocked = 0
    /// Push offers an agent declined.
    public var declined = 0
    /// Push offers that timed out unanswered.
    public var timedOut = 0
    /// Chats that waited a positive time (accepted or abandoned).
    public var waited = 0
    /// Chats accepted within the service-level threshold.
    public var acceptedWithinThreshold = 0
    /// Chats abandoned within the service-level threshold.
    public var abandonedWithinThreshold = 0
    /// Sum of waits of accepted and abandoned chats, in seconds.
    public var waitSum = 0.0
    /// Sum of waits of abandoned chats, in seconds.
    public var abandonedWaitSum = 0.0
    /// Accepted chats whose conversation ended.
    public var ended = 0
    /// Sum of conversation lengths (acceptance to end) of those chats, in seconds.
    public var durationSum = 0.0
    /// Transfers, conference invitations and agents' blocks.
    public var handoffs = HandoffTally()
    /// Messages and response times (conversation mode).
    public var conversations = ConversationTally()

    /// An empty tally.
    public init() {}

    /// Adds another tally's counts and sums to this one.
    public mutating func add(_ other: ChatTally) {
        offered += other.offered
        accepted += other.accepted
        abandoned += other.abandoned
        canceledNoAgent += other.canceledNoAgent
        canceledNoQueue += other.canceledNoQueue
        blocked += other.blocked
        declined += other.declined
        timedOut += other.timedOut
        waited += other.waited
        acceptedWithinThreshold += other.acceptedWithinThreshold
        abandonedWithinThreshold += other.abandonedWithinThreshold
        waitSum += other.waitSum
        abandonedWaitSum += other.abandonedWaitSum
        ended += other.ended
        durationSum += other.durationSum
        handoffs.add(other.handoffs)
        conversations.add(other.conversations)
    }
}
