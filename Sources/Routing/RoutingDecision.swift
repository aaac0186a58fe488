/// Why a chat request ended without reaching an agent.
public enum CancelReason: Sendable, Hashable {
    /// No qualified agent was Online.
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
    /// The agent closed the chat.
    case agent
    /// The visitor left.
    case visitor
}

/// What the router decided in answer to a command. The caller turns decisions into effects
/// (a push time-out becomes a timer, an acceptance starts the conversation, …).
public enum RoutingDecision: Sendable, Hashable {
    /// The request waits in its button's queue.
    case enqueued(ChatID, ButtonID)
    /// The request was pushed to an agent, whose capacity it now occupies.
    case offered(ChatID, AgentID)
    /// The agent accepted the chat.
    case accepted(ChatID, AgentID)
    /// The request ended without being accepted.
    case canceled(ChatID, CancelReason)
    /// An active chat ended and released its agent's capacity.
    case ended(ChatID, AgentID, EndedBy)

    /// The transcript event type that records this decision.
    public var eventType: TranscriptEventType {
        switch self {
        case .enqueued: .enqueue
        case .offered: .pushAssignment
        case .accepted: .accept
        case .canceled(_, let reason): reason.eventType
        case .ended(_, _, .agent): .endAgent
        case .ended(_, _, .visitor): .endVisitor
        }
    }
}
