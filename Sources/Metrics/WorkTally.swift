/// The offers an agent, or an agent group, received and how it answered them.
public struct WorkCounts: Sendable, Equatable {
    /// Chats pushed or shown (Choice).
    public var offers = 0
    /// Chats accepted.
    public var accepted = 0
    /// Push offers declined.
    public var declined = 0
    /// Push offers that timed out.
    public var timedOut = 0

    /// No offers yet.
    public init() {}
}

/// What one agent, or one agent group, did over a replication (after the warm-up): its offers and
/// answers, and its time integrals.
public struct WorkTally: Sendable, Equatable {
    /// Offers and answers.
    public var counts = WorkCounts()
    /// Time integrals.
    public var time = TimeTally()

    /// An empty tally.
    public init() {}
}

/// The measures reported per agent group and per agent.
public enum WorkMetric: String, CaseIterable, Sendable {
    /// Chats pushed or shown.
    case offers
    /// Chats accepted.
    case accepted
    /// Push offers declined.
    case declined
    /// Push offers timed out.
    case timedOut
    /// Busy capacity over staffed capacity.
    case utilization
    /// Share of logged-in time with at least one chat.
    case occupancy
    /// Share of logged-in time spent Online (the rest is Away).
    case onlineShare
    /// Logged-in time, in hours (summed over agents for a group).
    case loggedInHours

    /// The measure's value for a tally; NaN when undefined.
    public func value(_ tally: WorkTally) -> Double {
        switch self {
        case .offers: Double(tally.counts.offers)
        case .accepted: Double(tally.counts.accepted)
        case .declined: Double(tally.counts.declined)
        case .timedOut: Double(tally.counts.timedOut)
        case .utilization: SummaryMetric.utilization.value(chats: ChatTally(), time: tally.time)
        case .occupancy: SummaryMetric.occupancy.value(chats: ChatTally(), time: tally.time)
        case .onlineShare: SummaryMetric.onlineShare.value(chats: ChatTally(), time: tally.time)
        case .loggedInHours: tally.time.loggedInSeconds / 3600
        }
    }

    /// The values the measure can take: 0 to 1 for the time shares, else any value from 0
    /// (utilization included: transfers may take an agent over its capacity).
    public var feasibleRange: ClosedRange<Double> {
        switch self {
        case .occupancy, .onlineShare: 0...1
        case .offers, .accepted, .declined, .timedOut, .utilization, .loggedInHours: 0 ... .infinity
        }
    }
}
