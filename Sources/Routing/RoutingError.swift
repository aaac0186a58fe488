/// A command that does not apply to the router's current state. The state is left unchanged.
///
/// In live traffic such commands come from races (a visitor leaves just as the agent accepts);
/// in a simulation they indicate a bug in the model.
public enum RoutingError: Error, Sendable, Hashable {
    /// The chat id names no chat in progress.
    case unknownChat(ChatID)
    /// The chat is not offered to this agent (not pushed to it, or a Choice request it cannot take).
    case notOffered(ChatID, AgentID)
    /// The command needs a pushed offer awaiting an answer.
    case notPending(ChatID)
    /// The command needs an accepted, active chat.
    case notActive(ChatID)
    /// The command needs a chat whose conversation ended and whose work is still open.
    case notInWrapUp(ChatID)
    /// The command needs a chat that has not been accepted yet.
    case alreadyAccepted(ChatID)
    /// The chat already has a pending transfer request or conference invitation.
    case handoffPending(ChatID)
    /// The chat has no pending transfer request or conference invitation of this kind.
    case noHandoff(ChatID)
    /// The pending transfer request or conference invitation is not shown to this agent.
    case notOfferedHandoff(ChatID, AgentID)
    /// The agent is not Online, or is already in the chat, so it cannot receive the request.
    case targetUnavailable(AgentID)
    /// The agent is not in the chat.
    case notAParticipant(ChatID, AgentID)
    /// The command is not possible while other agents are in the chat's conference.
    case conferenceInProgress(ChatID)
    /// The agent is alone in the chat: it ends the chat rather than leaving it.
    case lastParticipant(ChatID, AgentID)
}
