/// What one agent group did over a replication (after the warm-up): offers it received and how
/// it answered them, and its staffing integrals.
public struct GroupTally: Sendable, Equatable {
    /// Chats pushed or shown (Choice) to the group's agents.
    public var offers = 0
    /// Chats the group's agents accepted.
    public var accepted = 0
    /// Push offers the group's agents declined.
    public var declined = 0
    /// Push offers to the group's agents that timed out.
    public var timedOut = 0
    /// Staffing and load integrals of the group's agents.
    public var staffing = StaffingTally()

    /// An empty tally.
    public init() {}
}

/// The measures reported per agent group.
public enum GroupMetric: String, CaseIterable, Sendable {
    /// Chats pushed or shown to the group's agents.
    case offers
    /// Chats the group's agents accepted.
    case accepted
    /// Push offers declined.
    case declined
    /// Push offers timed out.
    case timedOut
    /// Busy capacity over staffed capacity of the group.
    case utilization
    /// Share of the group's staffed agent time with at least one chat.
    case occupancy

    /// The measure's value for a group's tally; NaN when undefined.
    public func value(_ tally: GroupTally) -> Double {
        switch self {
        case .offers: Double(tally.offers)
        case .accepted: Double(tally.accepted)
        case .declined: Double(tally.declined)
        case .timedOut: Double(tally.timedOut)
        case .utilization: SummaryMetric.utilization.value(chats: ChatTally(), staffing: tally.staffing)
        case .occupancy: SummaryMetric.occupancy.value(chats: ChatTally(), staffing: tally.staffing)
        }
    }
}
