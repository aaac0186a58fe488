import Routing

extension Replication {
    /// Logs every agent in at once when its group has no shift, else schedules the start of its
    /// shift; each shift change then schedules the next one (break, end of break, end of shift), so
    /// the calendar holds one pending change per agent at most.
    mutating func planShifts() {
        for (agent, group) in setup.agentGroups.enumerated() {
            guard let shift = setup.groups[Int(group)].shift else {
                apply(.shiftStart, to: agent, at: 0)
                continue
            }
            calendar.schedule(.schedule(agent: Int32(agent), .shiftStart), at: shift.start)
        }
    }

    /// Schedules the agent's next shift change after `change`.
    mutating func scheduleNextShiftChange(after change: AgentScheduleChange, of agent: Int) {
        guard let shift = setup.groups[Int(setup.agentGroups[agent])].shift else { return }
        let id = Int32(agent)
        switch change {
        case .shiftStart, .breakEnd:
            let taken = schedules[agent].breaksTaken
            if taken < shift.breaks.count {
                calendar.schedule(.schedule(agent: id, .breakStart), at: shift.breaks[taken].start)
            } else if let end = shift.end {
                calendar.schedule(.schedule(agent: id, .shiftEnd), at: end)
            }
        case .breakStart:
            let pause = shift.breaks[schedules[agent].breaksTaken - 1]
            calendar.schedule(.schedule(agent: id, .breakEnd), at: pause.start + pause.length)
        case .shiftEnd, .backFromAutoAway:
            break
        }
    }

    /// Updates where the agent stands in its day and sets its status accordingly. At the end of the
    /// shift the agent logs out, finishing its chats first or ending them, as its group says.
    mutating func apply(_ change: AgentScheduleChange, to agent: Int, at now: Double) {
        switch change {
        case .shiftStart: schedules[agent].onShift = true
        case .shiftEnd: schedules[agent].onShift = false
        case .breakStart:
            schedules[agent].onBreak = true
            schedules[agent].breaksTaken += 1
        case .breakEnd: schedules[agent].onBreak = false
        case .backFromAutoAway: schedules[agent].autoAway = false
        }
        scheduleNextShiftChange(after: change, of: agent)
        let id = AgentID(agent)
        let wanted = schedules[agent].presence
        if wanted == .offline {
            guard change == .shiftEnd else { return }
            let ending = setup.groups[Int(setup.agentGroups[agent])].atShiftEnd == .endChats
            router.setPresence(.offline, of: id, at: now, endingChats: ending)
        } else if router.presence(of: id) != wanted || router.isLoggingOut(id) {
            router.setPresence(wanted, of: id, at: now)
        }
        if recordKeeping != nil { followSession(of: agent, at: now) }
    }
}
