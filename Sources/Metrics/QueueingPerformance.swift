/// Exact steady-state performance of an ``ErlangModel`` as seen by an arriving chat (FCFS, by PASTA).
///
/// Times are in the unit of the model (seconds); probabilities are over all offered chats unless stated.
public struct QueueingPerformance: Sendable, Equatable {
    /// Offered load `a = λ / μ` in erlangs (busy slots there would be if nobody abandoned).
    public let offeredLoad: Double
    /// Number of servers (slots) `n = agents × capacity`.
    public let servers: Int
    /// The service-level threshold `T` the figures below refer to.
    public let threshold: Double
    /// `P(wait > 0)`: the chat finds every slot busy (whether it is later answered or abandons).
    public let probWait: Double
    /// `E[wait]` over all offered chats; an abandoned chat counts the time it spent in queue.
    public let meanWait: Double
    /// `E[wait | answered]` (average speed of answer).
    public let meanAnsweredWait: Double
    /// `P(answered and wait ≤ T)`: chats accepted within the threshold, over all offered chats.
    public let serviceLevel: Double
    /// `P(abandon)`: the chat leaves the queue before being answered (0 for Erlang C).
    public let abandonRate: Double
    /// `E[wait | abandoned]`; `nil` when no chat abandons.
    public let meanAbandonedAfter: Double?
    /// Busy slots over all slots: `a · (1 − P(abandon)) / n`.
    public let utilization: Double
    /// Share of time an agent holds at least one chat; equals ``utilization`` when each agent holds
    /// one chat, `nil` when agents hold several (no closed form).
    public let occupancy: Double?
}
