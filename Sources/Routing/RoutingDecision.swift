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
        }
    }
}
