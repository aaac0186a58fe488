extension RoutingDecision {
    /// The chat the decision is about; `nil` for a change of an agent's status.
    public var chat: ChatID? {
        switch self {
        case .enqueued(let chat, _), .offered(let chat, _), .choiceOffered(let chat, _), .choiceWithdrawn(let chat, _),
             .accepted(let chat, _), .declined(let chat, _, _), .withdrawn(let chat, _), .canceled(let chat, _),
             .ended(let chat, _, _), .workClosed(let chat, _), .transferRequested(let chat, _, _),
             .handoffOffered(let chat, _, _), .handoffWithdrawn(let chat, _, _), .transferDeclined(let chat, _),
             .transferEnded(let chat, _, _, _), .transferred(let chat, _, _, _, _), .conferenceRequested(let chat, _, _),
             .conferenceDeclined(let chat, _), .conferenceEnded(let chat, _, _, _), .joinedConference(let chat, _, _),
             .leftConference(let chat, _), .visitorBlocked(let chat, _):
            chat
        case .presenceChanged:
            nil
        }
    }

    /// The agent the decision is about (for a transfer, the agent who now has the chat; for a
    /// request that ended, the agent who made it); `nil` when none is.
    public var agent: AgentID? {
        switch self {
        case .enqueued, .canceled:
            nil
        case .offered(_, let agent), .choiceOffered(_, let agent), .choiceWithdrawn(_, let agent), .accepted(_, let agent),
             .declined(_, let agent, _), .withdrawn(_, let agent), .ended(_, let agent, _), .workClosed(_, let agent),
             .presenceChanged(let agent, _), .transferRequested(_, let agent, _), .handoffOffered(_, let agent, _),
             .handoffWithdrawn(_, let agent, _), .transferDeclined(_, let agent), .transferEnded(_, let agent, _, _),
             .transferred(_, _, let agent, _, _), .conferenceRequested(_, let agent, _), .conferenceDeclined(_, let agent),
             .conferenceEnded(_, let agent, _, _), .joinedConference(_, let agent, _), .leftConference(_, let agent),
             .visitorBlocked(_, let agent):
            agent
        }
    }
}
