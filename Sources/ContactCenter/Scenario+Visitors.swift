import Stochastics

extension Scenario {
    /// Visitor behaviour.
    public struct Visitors: Sendable, Equatable {
        /// Time a visitor is willing to wait in queue before abandoning; `nil` means infinite patience.
        public var patience: Distribution?
        /// Share of visitors whose address a blocking rule refuses.
        public var blockedShare: Double
        /// Share of arrivals that are an earlier visitor of the same day, coming back with the same
        /// visitor record, session, address and attributes.
        public var returningShare: Double
        /// The addresses new visitors come from and the mixes their attributes are drawn from.
        public var attributes: VisitorAttributes

        /// Creates visitor behaviour; by default no visitor returns and attributes follow
        /// ``VisitorAttributes/standard``.
        public init(patience: Distribution?, blockedShare: Double = 0, returningShare: Double = 0,
                    attributes: VisitorAttributes = .standard) {
            self.patience = patience
            self.blockedShare = blockedShare
            self.returningShare = returningShare
            self.attributes = attributes
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
