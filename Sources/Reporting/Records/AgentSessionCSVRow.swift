import ContactCenter

/// A row of `agent_sessions.csv`: one agent session (`LiveAgentSession`), with the API names as
/// columns; times as in the transcripts, durations in whole seconds.
public enum AgentSessionCSVRow {
    /// The columns, in file order.
    public static let header = [
        "Id", "AgentId", "LoginTime", "LogoutTime", "TimeInOnlineStatus", "TimeInAwayStatus", "TimeInChats",
        "TimeAtCapacity", "TimeIdle", "ChatReqAssigned", "ChatReqEngaged", "ChatReqDeclined", "ChatReqTimedOut",
        "NumFlagRaised", "NumFlagLoweredAgent", "NumFlagLoweredSupervisor",
    ]

    /// The fields of `session`'s row, one per column of ``header``.
    public static func fields(_ session: AgentSessionRecord, catalog: RecordCatalog) -> [String] {
        let stamp = { (seconds: Double) in catalog.time.timestamp(replication: session.replication, seconds: seconds) }
        return [
            RecordIDs.session(replication: session.replication, number: session.number),
            catalog.userRecordIDs[session.agent],
            stamp(session.loginTime),
            stamp(session.logoutTime),
        ] + [session.online, session.away, session.inChats, session.atCapacity, session.idle].map(RecordTime.duration)
            + [session.assigned, session.engaged, session.declined, session.timedOut, session.flagsRaised,
               session.flagsLoweredByAgent, session.flagsLoweredBySupervisor].map { String($0) }
    }
}
