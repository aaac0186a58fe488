/// One agent session (`LiveAgentSession`): from the moment the agent logs in (leaves Offline) to
/// the moment it logs out (goes Offline), or to the end of the day if it is still logged in.
///
/// Times are seconds from the start of the replication's day; durations are seconds. Counters
/// count every chat of the session, whether or not its transcript is recorded.
public struct AgentSessionRecord: Sendable, Equatable {
    /// Replication (simulated day) of the session, from 0.
    public let replication: Int
    /// Number of the session within its replication, from 1, in login order.
    public let number: Int
    /// The agent.
    public let agent: Int
    /// When the agent logged in.
    public let loginTime: Double
    /// When it logged out (or the day ended).
    public var logoutTime: Double
    /// Time Online (`TimeInOnlineStatus`) and Away (`TimeInAwayStatus`).
    public var online = 0.0
    public var away = 0.0
    /// Time holding at least one chat (`TimeInChats`).
    public var inChats = 0.0
    /// Time with its capacity all taken (`TimeAtCapacity`).
    public var atCapacity = 0.0
    /// Time Online holding no chat (`TimeIdle`).
    public var idle = 0.0
    /// Chat requests pushed or shown to the agent (`ChatReqAssigned`), accepted (`ChatReqEngaged`),
    /// declined (`ChatReqDeclined`) and timed out (`ChatReqTimedOut`).
    public var assigned = 0
    public var engaged = 0
    public var declined = 0
    public var timedOut = 0
    /// Assistance flags the agent raised (`NumFlagRaised`), and flags lowered by the agent
    /// (`NumFlagLoweredAgent`) or by a supervisor (`NumFlagLoweredSupervisor`).
    public var flagsRaised = 0
    public var flagsLoweredByAgent = 0
    public var flagsLoweredBySupervisor = 0

    /// A session that starts at `loginTime`, with nothing counted yet.
    public init(replication: Int, number: Int, agent: Int, loginTime: Double) {
        self.replication = replication
        self.number = number
        self.agent = agent
        self.loginTime = loginTime
        logoutTime = loginTime
    }
}
