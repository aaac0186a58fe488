import Stochastics

extension Scenario {
    /// Whom an agent hands a chat over to, or invites into it.
    public enum HandoffTarget: Sendable, Equatable {
        /// One Online agent of the named group, drawn uniformly (Transfer to Agent; a conference
        /// invitation to one agent). The request may exceed the agent's capacity.
        case agentGroup(String)
        /// Every Online agent holding the named skill, whatever its load; the first to accept
        /// takes the chat (Transfer to Skill; a conference invitation to all agents with a skill).
        case skill(String)
        /// The named button's queue, by the chat's original request time, routed with the
        /// button's model and respecting capacity (Transfer to Button; not for conferences).
        case button(String)
    }

    /// A target with its weight: each attempt draws one target with probability proportional to
    /// its weight.
    public struct WeightedTarget: Sendable, Equatable {
        /// The target.
        public var target: HandoffTarget
        /// Relative weight, > 0.
        public var weight: Double

        /// A target with a weight (1 unless given).
        public init(_ target: HandoffTarget, weight: Double = 1) {
            self.target = target
            self.weight = weight
        }
    }

    /// How an agent group transfers chats.
    public struct Transfers: Sendable, Equatable {
        /// Share of the group's accepted chats that the agent transfers.
        public var probability: Double
        /// Time from acceptance to the transfer request (no transfer if the chat has ended).
        public var after: Distribution
        /// Where the chats go, drawn by weight at each attempt.
        public var targets: [WeightedTarget]
        /// How long a request to an agent or a skill waits for an answer; `nil`: until answered.
        public var timeout: Double?
        /// Further attempts after a request is declined, times out or fails, each with a newly
        /// drawn target.
        public var retries: Int

        /// Creates the behaviour; by default requests do not time out and are not retried.
        public init(probability: Double, after: Distribution, targets: [WeightedTarget], timeout: Double? = nil,
                    retries: Int = 0) {
            self.probability = probability
            self.after = after
            self.targets = targets
            self.timeout = timeout
            self.retries = retries
        }
    }

    /// How an agent group invites colleagues into its chats.
    public struct Conferences: Sendable, Equatable {
        /// Share of the group's accepted chats into which the agent invites a colleague.
        public var probability: Double
        /// Time from acceptance to the invitation (none if the chat has ended).
        public var after: Distribution
        /// Whom it invites (agent groups or skills, not buttons), drawn by weight.
        public var targets: [WeightedTarget]
        /// How long an invitation waits for an answer; `nil`: until answered.
        public var timeout: Double?
        /// How long a guest stays before leaving the conference (it leaves earlier if the
        /// chat ends).
        public var stay: Distribution

        /// Creates the behaviour; by default invitations do not time out.
        public init(probability: Double, after: Distribution, targets: [WeightedTarget], timeout: Double? = nil,
                    stay: Distribution) {
            self.probability = probability
            self.after = after
            self.targets = targets
            self.timeout = timeout
            self.stay = stay
        }
    }
}
