/// An agent's chat status.
public enum Presence: Sendable, Hashable {
    /// Not logged in: receives nothing.
    case offline
    /// Receives new chats and transfers.
    case online
    /// Keeps its chats but receives nothing new.
    case away
}
