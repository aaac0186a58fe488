import Stochastics

extension Scenario {
    /// Visitor behaviour.
    public struct Visitors: Sendable, Equatable {
        /// Time a visitor is willing to wait in queue before abandoning; `nil` means infinite patience.
        public var patience: Distribution?
        /// Share of visitors whose address a blocking rule refuses.
        public var blockedShare: Double

        /// Creates visitor behaviour.
        public init(patience: Distribution?, blockedShare: Double = 0) {
            self.patience = patience
            self.blockedShare = blockedShare
        }
    }

    /// How an accepted chat occupies its agent.
    public enum Service: Sendable, Equatable {
        /// Each accepted chat holds one slot of its agent for a handle time drawn from the distribution.
        case simple(handleTime: Distribution)
        /// The chat is a conversation: the visitor writes messages, the agent replies to each, one
        /// reply at a time across all its chats, so that a chat waits for its agent's attention.
        case conversation(Conversation)
    }
}
