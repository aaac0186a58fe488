/// The headline measures of a chat center, each computed per replication from its tallies.
///
/// Ratios with a zero denominator are undefined in that replication (NaN) and are left out when
/// replications are combined.
public enum SummaryMetric: String, CaseIterable, Sendable {
    /// Chats requested.
    case offered
    /// Chats accepted by an agent.
    case accepted
    /// Chats the visitor left while waiting.
    case abandoned
    /// Mean wait over all offered chats, in seconds (abandoned chats count their time in queue).
    case meanWait
    /// Share of offered chats that waited more than zero.
    case probWait
    /// Share of offered chats accepted within the service-level threshold.
    case serviceLevel
    /// Share of offered chats abandoned.
    case abandonRate
    /// Mean wait of abandoned chats, in seconds.
    case meanAbandonedAfter
    /// Busy capacity over staffed capacity (an agent of capacity k has k slots).
    case utilization
    /// Share of staffed agent time with at least one chat.
    case occupancy
    /// Requests refused because the visitor's address is blocked.
    case blocked
    /// Requests canceled because no qualified agent was logged in (or rerouting ran out).
    case canceledNoAgent
    /// Requests canceled because the queue was full.
    case canceledNoQueue
    /// Push offers declined by agents.
    case declined
    /// Push offers that timed out.
    case timedOut

    /// Whether the measure needs staffing integrals (and so exists only for all buttons together).
    public var needsStaffing: Bool { self == .utilization || self == .occupancy }

    /// The measure's value for these tallies; NaN when undefined.
    public func value(chats: ChatTally, staffing: StaffingTally?) -> Double {
        func ratio(_ numerator: Double, _ denominator: Double) -> Double {
            denominator > 0 ? numerator / denominator : .nan
        }
        let offered = Double(chats.offered)
        switch self {
        case .offered: return offered
        case .accepted: return Double(chats.accepted)
        case .abandoned: return Double(chats.abandoned)
        case .meanWait: return ratio(chats.waitSum, Double(chats.accepted + chats.abandoned))
        case .probWait: return ratio(Double(chats.waited), offered)
        case .serviceLevel: return ratio(Double(chats.acceptedWithinThreshold), offered)
        case .abandonRate: return ratio(Double(chats.abandoned), offered)
        case .meanAbandonedAfter: return ratio(chats.abandonedWaitSum, Double(chats.abandoned))
        case .utilization:
            guard let staffing else { return .nan }
            return ratio(staffing.busyCapacitySeconds, staffing.staffedCapacitySeconds)
        case .occupancy:
            guard let staffing else { return .nan }
            return ratio(staffing.busyAgentSeconds, staffing.staffedAgentSeconds)
        case .blocked: return Double(chats.blocked)
        case .canceledNoAgent: return Double(chats.canceledNoAgent)
        case .canceledNoQueue: return Double(chats.canceledNoQueue)
        case .declined: return Double(chats.declined)
        case .timedOut: return Double(chats.timedOut)
        }
    }
}
