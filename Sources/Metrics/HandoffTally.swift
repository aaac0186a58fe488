/// Transfers, conference invitations and agents' blocks of a set of chats, filed like every chat
/// count under the chat's button and the interval of its request time.
///
/// A transfer request ends in exactly one way: the chat moves (to an agent, a skill or a button),
/// everyone declines, nobody answers in time, it fails (nobody Online with the skill, no agent for
/// the button, a full queue) or it is canceled (the chat ended first). Invitations likewise.
public struct HandoffTally: Sendable, Equatable {
    /// Transfer requests made.
    public var transferRequests = 0
    /// Transfers completed to one agent.
    public var transfersToAgent = 0
    /// Transfers completed to an agent with the requested skill.
    public var transfersToSkill = 0
    /// Transfers completed through a button's queue.
    public var transfersToButton = 0
    /// Transfer requests declined by everyone they were shown to.
    public var transfersDeclined = 0
    /// Transfer requests nobody answered in time.
    public var transfersTimedOut = 0
    /// Transfer requests that could not be made: nobody to receive them, or a full queue.
    public var transfersFailed = 0
    /// Transfer requests still pending when the chat ended.
    public var transfersCanceled = 0
    /// Completed transfers that put the new agent beyond its capacity.
    public var transfersOverCapacity = 0
    /// Sum of the times from transfer request to the new agent taking the chat, in seconds.
    public var transferSecondsSum = 0.0
    /// Chats transferred at least once.
    public var chatsTransferred = 0
    /// Conference invitations made.
    public var conferenceRequests = 0
    /// Invitations accepted: an agent joined.
    public var conferencesJoined = 0
    /// Invitations declined by everyone they were shown to, or not answered in time.
    public var conferencesDeclined = 0
    /// Invitations nobody could receive.
    public var conferencesFailed = 0
    /// Chats whose visitor an agent blocked.
    public var blockedByAgent = 0
    /// Attached records that did not open for an agent receiving a transfer or joining a
    /// conference, for want of permission to their type.
    public var recordsNotOpened = 0

    /// Nothing yet.
    public init() {}

    /// Transfers completed, of any kind.
    public var transfers: Int { transfersToAgent + transfersToSkill + transfersToButton }

    /// Adds another tally's counts and sums to this one.
    public mutating func add(_ other: HandoffTally) {
        transferRequests += other.transferRequests
        transfersToAgent += other.transfersToAgent
        transfersToSkill += other.transfersToSkill
        transfersToButton += other.transfersToButton
        transfersDeclined += other.transfersDeclined
        transfersTimedOut += other.transfersTimedOut
        transfersFailed += other.transfersFailed
        transfersCanceled += other.transfersCanceled
        transfersOverCapacity += other.transfersOverCapacity
        transferSecondsSum += other.transferSecondsSum
        chatsTransferred += other.chatsTransferred
        conferenceRequests += other.conferenceRequests
        conferencesJoined += other.conferencesJoined
        conferencesDeclined += other.conferencesDeclined
        conferencesFailed += other.conferencesFailed
        blockedByAgent += other.blockedByAgent
        recordsNotOpened += other.recordsNotOpened
    }
}

/// Where a completed transfer sent the chat.
public enum TransferKind: Sendable, Hashable {
    /// To one agent.
    case agent
    /// To an agent with a skill.
    case skill
    /// Through a button's queue.
    case button
}

/// How a transfer request or conference invitation ended without moving the chat or adding an agent.
public enum HandoffEnd: Sendable, Hashable {
    /// Everyone it was shown to declined.
    case declined
    /// Nobody answered in time.
    case timedOut
    /// Nobody could receive it, or the queue was full.
    case failed
    /// The chat ended first, or the agent withdrew it.
    case canceled
}
