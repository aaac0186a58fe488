/// How a button chooses among qualified agents (`LiveChatButton.RoutingType`).
public enum RoutingModel: String, Sendable, Hashable, CaseIterable {
    /// Push to the qualified agent with the fewest active chats.
    case leastActive
    /// Push to the qualified agent with the most free capacity (capacity − load).
    case mostAvailable
    /// Show the request to every qualified agent with room; the first to accept takes it.
    case choice
}

/// Limits on the number of chats waiting in a button's queue; `nil` means no limit.
public struct QueueLimit: Sendable, Hashable {
    /// Most chats waiting at once (`OverallQueueLength`).
    public var overall: Int?
    /// Most chats waiting per Online qualified agent (`PerAgentQueueLength`).
    public var perAgent: Int?

    /// Creates limits; by default the queue is unlimited.
    public init(overall: Int? = nil, perAgent: Int? = nil) {
        self.overall = overall
        self.perAgent = perAgent
    }
}

/// The capacity one chat takes from its agent.
public enum CapacityWeight: Sendable, Hashable {
    /// A number of capacity units (Live Agent: one unit per chat; Omni-Channel: `capacityWeight`).
    case units(Int)
    /// A share of the agent's whole capacity, in per cent (Omni-Channel `capacityPercentage`).
    case percentage(Int)
}

/// When a chat gives its capacity back to its agent.
public enum CapacityModel: String, Sendable, Hashable, CaseIterable {
    /// When the agent closes the work, after any after-chat work (the chat's tab is closed).
    case tabBased
    /// When the chat ends (its status becomes Completed), whatever after-chat work follows.
    case statusBased
}
