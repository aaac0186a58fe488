/// Time integrals of agent staffing and load over a period, in seconds: the raw material of
/// utilization and occupancy.
public struct StaffingTally: Sendable, Equatable {
    /// ∫ capacity units in use dt (an agent of capacity k has k units, or slots).
    public var busyCapacitySeconds = 0.0
    /// ∫ capacity units of logged-in agents dt.
    public var staffedCapacitySeconds = 0.0
    /// ∫ number of agents holding at least one chat dt.
    public var busyAgentSeconds = 0.0
    /// ∫ number of logged-in agents dt.
    public var staffedAgentSeconds = 0.0

    /// An empty tally.
    public init() {}

    /// Adds `level` held for `span` seconds.
    @inlinable
    public mutating func add(_ level: StaffingLevel, over span: Double) {
        busyCapacitySeconds += level.busyCapacity * span
        staffedCapacitySeconds += level.staffedCapacity * span
        busyAgentSeconds += Double(level.busyAgents) * span
        staffedAgentSeconds += Double(level.staffedAgents) * span
    }

    /// Adds another tally's integrals to this one.
    public mutating func add(_ other: StaffingTally) {
        busyCapacitySeconds += other.busyCapacitySeconds
        staffedCapacitySeconds += other.staffedCapacitySeconds
        busyAgentSeconds += other.busyAgentSeconds
        staffedAgentSeconds += other.staffedAgentSeconds
    }
}

/// Instantaneous staffing and load, integrated over time by ``ReplicationRecorder``.
public struct StaffingLevel: Sendable, Equatable {
    /// Capacity units in use.
    public var busyCapacity: Double
    /// Capacity units of logged-in agents.
    public var staffedCapacity: Double
    /// Agents holding at least one chat.
    public var busyAgents: Int
    /// Logged-in agents.
    public var staffedAgents: Int

    /// Creates a staffing level.
    public init(busyCapacity: Double, staffedCapacity: Double, busyAgents: Int, staffedAgents: Int) {
        self.busyCapacity = busyCapacity
        self.staffedCapacity = staffedCapacity
        self.busyAgents = busyAgents
        self.staffedAgents = staffedAgents
    }

    /// Nobody logged in.
    public static let empty = StaffingLevel(busyCapacity: 0, staffedCapacity: 0, busyAgents: 0, staffedAgents: 0)
}
