import Routing

extension Replication {
    /// Logs every agent in at the start of its shift (at once for groups without one) and schedules
    /// its breaks and the end of its shift.
    mutating func planShifts() {
        for (agent, group) in setup.agentGroups.enumerated() {
            let id = Int32(agent)
            guard let shift = setup.groups[Int(group)].shift else {
                apply(.shiftStart, to: agent, at: 0)
                continue
            }
            calendar.schedule(.schedule(agent: id, .shiftStart), at: shift.start)
            for pause in shift.breaks {
                calendar.schedule(.schedule(agent: id, .breakStart), at: pause.start)
                calendar.schedule(.schedule(agent: id, .breakEnd), at: pause.start + pause.length)
            }
            if let end = shift.end { calendar.schedule(.schedule(agent: id, .shiftEnd), at: end) }
        }
    }

    /// Updates where the agent stands in its day and sets its status accordingly. At the end of the
    /// shift the agent logs out, finishing its chats first or ending them, as its group says.
    mutating func apply(_ change: AgentScheduleChange, to agent: Int, at now: Double) {
        switch change {
        case .shiftStart: schedules[agent].onShift = true
        case .shiftEnd: schedules[agent].onShift = false
        case .breakStart: schedules[agent].onBreak = true
        case .breakEnd: schedules[agent].onBreak = false
        case .backFromAutoAway: schedules[agent].autoAway = false
        }
        let id = AgentID(agent)
        let wanted = schedules[agent].presence
        if wanted == .offline {
            guard change == .shiftEnd else { return }
            let ending = setup.groups[Int(setup.agentGroups[agent])].atShiftEnd == .endChats
            router.setPresence(.offline, of: id, at: now, endingChats: ending)
        } else if router.presence(of: id) != wanted || router.isLoggingOut(id) {
            router.setPresence(wanted, of: id, at: now)
        }
    }
}
