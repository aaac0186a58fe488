/// A command that does not apply to the router's current state. The state is left unchanged.
///
/// In live traffic such commands come from races (a visitor leaves just as the agent accepts);
/// in a simulation they indicate a bug in the model.
public enum RoutingError: Error, Sendable, Hashable {
    /// The chat id names no chat in progress.
    case unknownChat(ChatID)
    /// The command needs a chat that is offered to an agent and not yet accepted.
    case notOffered(ChatID)
    /// The command needs an accepted, active chat.
    case notActive(ChatID)
    /// The command needs a chat that has not been accepted yet.
    case alreadyAccepted(ChatID)
}
