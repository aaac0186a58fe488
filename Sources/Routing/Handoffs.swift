/// Where an agent hands an active chat over to.
public enum TransferTarget: Sendable, Hashable {
    /// One agent, who must be Online; it may take the chat beyond its capacity (Transfer to Agent).
    case agent(AgentID)
    /// Every Online agent holding the skill, whatever its load; the first to accept takes the
    /// chat, beyond its capacity if need be (Transfer to Skill).
    case skill(SkillID)
    /// The button's queue: the chat is routed with the button's model, respecting capacity, and
    /// stands ahead of requests newer than its original request time (Transfer to Button).
    case button(ButtonID)
}

/// Whom an agent invites into an active chat.
public enum ConferenceTarget: Sendable, Hashable {
    /// One agent, who must be Online.
    case agent(AgentID)
    /// Every Online agent holding the skill; the first to accept joins.
    case skill(SkillID)
}

/// What a transfer or conference request is.
public enum HandoffKind: Sendable, Hashable {
    /// A transfer request to an agent or a skill.
    case transfer
    /// A conference invitation.
    case conference
}

/// How a transfer or conference request ended when it did not move the chat or add an agent.
public enum HandoffOutcome: Sendable, Hashable {
    /// Every agent it was shown to declined it.
    case declined
    /// Nobody answered in time.
    case timedOut
    /// The requesting agent withdrew it, or the chat ended first.
    case canceled
    /// No agent could receive it: none Online with the skill, the agent left, or no qualified
    /// agent logged in for the button.
    case noAgent
    /// The button's queue was full.
    case noQueue
}

/// A pending transfer (to an agent or a skill) or conference request of one chat.
struct HandoffRequest: Sendable {
    let kind: HandoffKind
    let requester: Int32
    let transfer: TransferTarget?
    let conference: ConferenceTarget?
    /// The agents it is shown to and who have not answered.
    var offerees: [Int32]
}
