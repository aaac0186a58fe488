/// Why a chat request ended without reaching an agent.
public enum CancelReason: Sendable, Hashable {
    /// No qualified agent was logged in, or the rerouting attempts ran out.
    case noAgent
    /// The button's queue was full.
    case noQueue
    /// The visitor left before an agent accepted.
    case visitor
    /// The visitor's address is blocked.
    case blocked

    /// The transcript event that records this outcome.
    public var eventType: TranscriptEventType {
        switch self {
        case .noAgent: .cancelNoAgent
        case .noQueue: .cancelNoQueue
        case .visitor: .cancelVisitor
        case .blocked: .cancelBlocked
        }
    }
}

/// Who ended an active chat.
public enum EndedBy: Sendable, Hashable {
    /// The agent closed the chat (or logged out, ending it).
    case agent
    /// The visitor left.
    case visitor
}

/// Why a pushed offer went back.
public enum DeclineReason: Sendable, Hashable {
    /// The agent declined it.
    case manual
    /// The push time-out ran out.
    case timeout

    /// The transcript event that records this outcome.
    public var eventType: TranscriptEventType {
        switch self {
        case .manual: .declineManual
        case .timeout: .declineTimeout
        }
    }
}

/// What the router decided in answer to a command. The caller turns decisions into effects
/// (a push time-out becomes a timer, an acceptance starts the conversation, …).
public enum RoutingDecision: Sendable, Hashable {
    /// The request waits in its button's queue (again, after a decline).
    case enqueued(ChatID, ButtonID)
    /// The request was pushed to an agent, whose capacity it now occupies.
    case offered(ChatID, AgentID)
    /// A Choice request is shown to an agent who may accept it.
    case choiceOffered(ChatID, AgentID)
    /// A Choice request is no longer shown to an agent: another took it, it left the queue, or
    /// the agent can no longer take it.
    case choiceWithdrawn(ChatID, AgentID)
    /// An agent accepted the chat.
    case accepted(ChatID, AgentID)
    /// A pushed offer went back unanswered; the chat is routed again.
    case declined(ChatID, AgentID, DeclineReason)
    /// A pushed offer was taken back because its agent logged out; the chat is routed again.
    case withdrawn(ChatID, AgentID)
    /// The request ended without being accepted.
    case canceled(ChatID, CancelReason)
    /// An active chat's conversation ended; after-chat work may follow.
    case ended(ChatID, AgentID, EndedBy)
    /// The agent closed the chat's work: the chat is finished and its id will be reused.
    case workClosed(ChatID, AgentID)
    /// The router changed an agent's status on its own: Away after a decline or time-out, or
    /// Offline once a logging-out agent finished its chats.
    case presenceChanged(AgentID, Presence)
    /// The agent handling the chat asked to transfer it (to a button: the chat left the agent
    /// and is routed on the button; to an agent or skill: requests are shown to agents next).
    case transferRequested(ChatID, AgentID, TransferTarget)
    /// A transfer request or conference invitation is shown to an agent, who may accept it.
    case handoffOffered(ChatID, AgentID, HandoffKind)
    /// A transfer request or conference invitation is no longer shown to an agent: another
    /// accepted it, it ended, or the agent left.
    case handoffWithdrawn(ChatID, AgentID, HandoffKind)
    /// An agent declined a transfer request.
    case transferDeclined(ChatID, AgentID)
    /// A transfer request ended without moving the chat; the requesting agent (given) keeps it.
    case transferEnded(ChatID, AgentID, TransferTarget, HandoffOutcome)
    /// The chat moved from one agent to another; `exceededCapacity` tells whether the new agent
    /// is now beyond its capacity (allowed for transfers to an agent or a skill).
    case transferred(ChatID, from: AgentID, to: AgentID, TransferTarget, exceededCapacity: Bool)
    /// An agent in the chat invited another into it.
    case conferenceRequested(ChatID, AgentID, ConferenceTarget)
    /// An agent declined a conference invitation.
    case conferenceDeclined(ChatID, AgentID)
    /// A conference invitation ended without anyone joining (the inviting agent is given).
    case conferenceEnded(ChatID, AgentID, ConferenceTarget, HandoffOutcome)
    /// An agent joined the chat's conference, taking a chat's worth of its capacity.
    case joinedConference(ChatID, AgentID, exceededCapacity: Bool)
    /// An agent left the chat's conference (or was removed when the chat ended).
    case leftConference(ChatID, AgentID)
    /// An agent blocked the chat's visitor: the chat ends at once for every agent in it.
    case visitorBlocked(ChatID, AgentID)

    /// The transcript event type that records this decision, if any.
    public var eventType: TranscriptEventType? {
        switch self {
        case .enqueued: .enqueue
        case .offered: .pushAssignment
        case .choiceOffered: .choiceRoute
        case .accepted: .accept
        case .declined(_, _, let reason): reason.eventType
        case .withdrawn: .unassigned
        case .canceled(_, let reason): reason.eventType
        case .ended(_, _, .agent): .endAgent
        case .ended(_, _, .visitor): .endVisitor
        case .choiceWithdrawn, .workClosed, .presenceChanged: nil
        case .transferRequested(_, _, .button): .transferredToButton
        case .transferRequested: .transferRequest
        case .handoffOffered, .handoffWithdrawn: nil
        case .transferDeclined: .transferDeclined
        case .transferEnded(_, _, let target, let outcome): Self.eventType(ending: target, outcome)
        case .transferred(_, _, _, .agent, _): .transfer
        case .transferred(_, _, _, .skill, _): .transferredToSbrSkill
        case .transferred(_, _, _, .button, _): .chatResumedAfterTransfer
        case .conferenceRequested: .conferenceRequest
        case .conferenceDeclined: .conferenceDeclined
        case .conferenceEnded(_, _, _, .declined): nil
        case .conferenceEnded(_, _, _, .canceled): .conferenceCanceled
        case .conferenceEnded: .conferenceDeclined
        case .joinedConference: .operatorJoinedConference
        case .leftConference: .operatorLeftConference
        case .visitorBlocked: .agentBlocked
        }
    }

    /// The event of a transfer request that ended without moving the chat: the last decline is
    /// already recorded; a time-out reads as a decline; failures name the kind of transfer.
    static func eventType(ending target: TransferTarget, _ outcome: HandoffOutcome) -> TranscriptEventType? {
        switch (target, outcome) {
        case (_, .declined): nil
        case (_, .canceled): .transferCancelled
        case (.button, _): .transferredToButtonFailed
        case (.skill, .noAgent), (.skill, .noQueue): .transferredToSbrSkillFailed
        case (_, _): .transferDeclined
        }
    }
}
