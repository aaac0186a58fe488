/// A contact-center queue with Poisson arrivals, exponential handle times and `agents × capacity`
/// identical slots served first come, first served: M/M/n (Erlang C) with infinite patience, or
/// M/M/n+M (Erlang A) with exponential patience.
///
/// This is the model the simulator reduces to in simple-service mode; its exact steady-state values
/// validate the simulator. All times share one unit (seconds by convention), rates are per that unit.
public struct ErlangModel: Sendable, Equatable {
    /// Arrival rate `λ` (chats per second).
    public let arrivalRate: Double
    /// Mean handle time `1/μ` (seconds), exponentially distributed.
    public let meanHandleTime: Double
    /// Number of agents.
    public let agents: Int
    /// Chats an agent holds at once; each is a separate slot served at rate `μ`.
    public let capacity: Int
    /// Mean patience `1/θ` (seconds), exponentially distributed; `nil` means infinite patience (Erlang C).
    public let meanPatience: Double?

    /// Validates and stores the model.
    ///
    /// - Throws: ``ErlangModelError`` when a rate or time is not finite and positive, or there is not at
    ///   least one agent and one chat per agent.
    public init(
        arrivalRate: Double,
        meanHandleTime: Double,
        agents: Int,
        capacity: Int = 1,
        meanPatience: Double? = nil
    ) throws(ErlangModelError) {
        guard arrivalRate.isFinite, arrivalRate > 0 else { throw .invalidArrivalRate(arrivalRate) }
        guard meanHandleTime.isFinite, meanHandleTime > 0 else { throw .invalidMeanHandleTime(meanHandleTime) }
        guard agents >= 1 else { throw .invalidAgents(agents) }
        guard capacity >= 1 else { throw .invalidCapacity(capacity) }
        guard !agents.multipliedReportingOverflow(by: capacity).overflow else {
            throw .tooManyServers(agents: agents, capacity: capacity)
        }
        if let meanPatience, !(meanPatience.isFinite && meanPatience > 0) {
            throw .invalidMeanPatience(meanPatience)
        }
        self.arrivalRate = arrivalRate
        self.meanHandleTime = meanHandleTime
        self.agents = agents
        self.capacity = capacity
        self.meanPatience = meanPatience
    }

    /// Number of servers (slots) `n = agents × capacity`.
    public var servers: Int { agents * capacity }

    /// Offered load `a = λ/μ` in erlangs.
    public var offeredLoad: Double { arrivalRate * meanHandleTime }

    /// Exact steady-state performance with service-level threshold `threshold` (seconds).
    ///
    /// - Throws: ``ErlangModelError/invalidThreshold(_:)`` for a negative or non-finite threshold,
    ///   ``ErlangModelError/unstable(offeredLoad:servers:)`` for Erlang C with `a ≥ n`, and
    ///   ``ErlangModelError/truncationLimitExceeded(terms:)`` for an Erlang A model whose queue-length
    ///   distribution is too wide to sum.
    public func performance(threshold: Double) throws(ErlangModelError) -> QueueingPerformance {
        guard threshold.isFinite, threshold >= 0 else { throw .invalidThreshold(threshold) }
        if let meanPatience {
            return try erlangAPerformance(threshold: threshold, patienceRate: 1 / meanPatience)
        }
        return try erlangCPerformance(threshold: threshold)
    }
}
