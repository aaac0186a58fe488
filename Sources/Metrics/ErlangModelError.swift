/// Why an ``ErlangModel`` cannot be built or evaluated.
public enum ErlangModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The arrival rate must be a finite number greater than zero.
    case invalidArrivalRate(Double)
    /// The mean handle time must be a finite number of seconds greater than zero.
    case invalidMeanHandleTime(Double)
    /// There must be at least one agent.
    case invalidAgents(Int)
    /// Each agent must be able to hold at least one chat.
    case invalidCapacity(Int)
    /// `agents × capacity` does not fit in an `Int`.
    case tooManyServers(agents: Int, capacity: Int)
    /// The mean patience must be a finite number of seconds greater than zero (or `nil` for infinite patience).
    case invalidMeanPatience(Double)
    /// The service-level threshold must be a finite number of seconds, zero or more.
    case invalidThreshold(Double)
    /// Without abandonment (Erlang C) the queue has no steady state unless the offered load is below the number of servers.
    case unstable(offeredLoad: Double, servers: Int)
    /// The Erlang A queue-length distribution did not become negligible within the given number of terms
    /// (patience extremely long compared with the handle time, in an overloaded or critically loaded queue).
    case truncationLimitExceeded(terms: Int)

    /// A sentence naming the offending value and what was expected.
    public var description: String {
        switch self {
        case .invalidArrivalRate(let value):
            "arrival rate must be a finite number of chats per second greater than 0, got \(value)"
        case .invalidMeanHandleTime(let value):
            "mean handle time must be a finite number of seconds greater than 0, got \(value)"
        case .invalidAgents(let value):
            "agents must be at least 1, got \(value)"
        case .invalidCapacity(let value):
            "capacity (chats per agent) must be at least 1, got \(value)"
        case .tooManyServers(let agents, let capacity):
            "agents × capacity (\(agents) × \(capacity)) is too large"
        case .invalidMeanPatience(let value):
            "mean patience must be a finite number of seconds greater than 0 (or absent for infinite patience), got \(value)"
        case .invalidThreshold(let value):
            "service-level threshold must be a finite number of seconds, 0 or more, got \(value)"
        case .unstable(let load, let servers):
            "Erlang C queue is unstable: offered load \(load) erlangs is not below \(servers) servers "
                + "(waits grow without bound; add servers or model abandonment with a mean patience)"
        case .truncationLimitExceeded(let terms):
            "Erlang A queue-length distribution still not negligible after \(terms) terms "
                + "(mean patience far too long for this load; use a shorter patience or Erlang C)"
        }
    }
}
