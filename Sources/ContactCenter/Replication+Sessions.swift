import Routing

/// An agent session in progress: its record so far, and the agent's time account at login.
struct OpenSession {
    var record: AgentSessionRecord
    let accountAtLogin: TimeAccount
}

extension Replication {
    /// Opens the agent's session when it has just logged in, and closes it when it has just logged
    /// out, after a change of its status.
    mutating func followSession(of agent: Int, at now: Double) {
        let loggedIn = router.presence(of: AgentID(agent)) != .offline
        if loggedIn && sessions[agent] == nil {
            sessionsSoFar += 1
            sessions[agent] = OpenSession(
                record: AgentSessionRecord(replication: replicationIndex, number: sessionsSoFar, agent: agent,
                                           loginTime: now),
                accountAtLogin: router.timeAccount(of: AgentID(agent), at: now))
        } else if !loggedIn && sessions[agent] != nil {
            closeSession(of: agent, at: now)
        }
    }

    /// Ends the agent's session at `now` and writes it: its times are what the agent's time
    /// account gained since the login.
    mutating func closeSession(of agent: Int, at now: Double) {
        guard var session = sessions[agent] else { return }
        sessions[agent] = nil
        let spent = router.timeAccount(of: AgentID(agent), at: now).since(session.accountAtLogin)
        session.record.logoutTime = now
        session.record.online = spent.online
        session.record.away = spent.loggedIn - spent.online
        session.record.inChats = spent.busy
        session.record.atCapacity = spent.atCapacity
        session.record.idle = spent.idle
        recordKeeping!.sink.write(session.record)
    }

    /// Counts a routing decision in the session of the agent it concerns: offers and Choice
    /// requests shown, acceptances, declines and time-outs; a logout completed by the router
    /// closes the session.
    mutating func followInSessions(_ decision: RoutingDecision, at now: Double) {
        switch decision {
        case .offered(_, let agent), .choiceOffered(_, let agent):
            sessions[Int(agent.index)]?.record.assigned += 1
        case .accepted(_, let agent):
            sessions[Int(agent.index)]?.record.engaged += 1
        case .declined(_, let agent, .manual):
            sessions[Int(agent.index)]?.record.declined += 1
        case .declined(_, let agent, .timeout):
            sessions[Int(agent.index)]?.record.timedOut += 1
        case .presenceChanged(let agent, .offline):
            followSession(of: Int(agent.index), at: now)
        default:
            break
        }
    }

    /// Counts an assistance-flag event concerning `agent` in its session (flags are drawn for every
    /// chat, recorded or not: see ``playChatActivities(of:from:to:)``).
    mutating func countInSession(_ type: TranscriptEventType, of agent: Int) {
        switch type {
        case .flagRaised: sessions[agent]?.record.flagsRaised += 1
        case .flagLoweredAgent: sessions[agent]?.record.flagsLoweredByAgent += 1
        case .flagLoweredSupervisor: sessions[agent]?.record.flagsLoweredBySupervisor += 1
        default: break
        }
    }
}
