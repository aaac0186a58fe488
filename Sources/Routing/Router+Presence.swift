extension Router {
    /// Changes an agent's status. Online agents receive queued chats at once; Away agents keep their
    /// chats and receive nothing new. Going Offline with `endingChats` ends the agent's chats at once
    /// (pending offers go to other agents); without it the agent stays Away until it has finished
    /// its chats, then goes Offline (``RoutingDecision/presenceChanged(_:_:)`` tells when).
    public mutating func setPresence(_ presence: Presence, of agent: AgentID, at time: Double,
                                     endingChats: Bool = false) {
        let index = Int(agent.index)
        guard presence == .offline else {
            agents[index].loggingOut = false
            changePresence(of: index, to: presence, at: time)
            return
        }
        if endingChats {
            changePresence(of: index, to: .offline, at: time)
            agents[index].loggingOut = false
            endAllChats(of: index, at: time)
        } else if agents[index].firstChat >= 0 {
            agents[index].loggingOut = true
            changePresence(of: index, to: .away, at: time)
        } else {
            agents[index].loggingOut = false
            changePresence(of: index, to: .offline, at: time)
        }
    }

    /// Sets the agent's status, keeping counters, indexes and time account current, and re-routes.
    mutating func changePresence(of index: Int, to presence: Presence, at time: Double) {
        let old = agents[index].presence
        guard old != presence else { return }
        var state = agents[index]
        let before = AgentSnapshot(state)
        advanceAccount(of: index, &state, to: time)
        state.presence = presence
        agents[index] = state
        var emptiedPools: [Int32] = []
        for position in Int(agents[index].poolsStart)..<Int(agents[index].poolsEnd) {
            let pool = Int(agentPools[position])
            if old == .online { pools[pool].online -= 1 }
            if presence == .online { pools[pool].online += 1 }
            if old == .offline { pools[pool].loggedIn += 1 }
            if presence == .offline {
                pools[pool].loggedIn -= 1
                if pools[pool].loggedIn == 0 { emptiedPools.append(Int32(pool)) }
            }
        }
        agentChanged(index, from: before, at: time)
        if old == .online { withdrawHandoffs(from: Int32(index)) }
        for pool in emptiedPools { cancelWaitingChats(of: Int(pool), at: time) }
        if presence == .online { dispatch(toward: index, at: time) }
    }

    /// With no qualified agent logged in, the chats waiting for a pool can never be answered.
    mutating func cancelWaitingChats(of pool: Int, at time: Double) {
        for button in pools[pool].buttons {
            while let head = buttons[Int(button)].queue.min {
                removeFromQueue(Int32(head.id), at: time)
                finish(Int32(head.id), with: .canceled(ChatID(Int32(head.id)), .noAgent))
            }
        }
    }

    /// Ends every chat of an agent that has just gone Offline.
    mutating func endAllChats(of index: Int, at time: Double) {
        while agents[index].firstChat >= 0 {
            let slot = agents[index].firstChat
            let chat = ChatID(slot)
            switch chats[Int(slot)].status {
            case .offered:
                detach(slot, at: time)
                decide(.withdrawn(chat, AgentID(index)))
                route(slot, at: time)
            case .active where conferenceGuests[slot] != nil:
                // The conference goes on with the longest-attending guest.
                try! leaveConference(chat, by: AgentID(index), at: time)
            case .active:
                end(slot, by: .agent, at: time, closingWork: true)
            case .wrapUp:
                detach(slot, at: time)
                finish(slot, with: .workClosed(chat, AgentID(index)))
            case .guest:
                let host = guestHosts[slot]!
                removeGuest(slot, of: host, at: time)
                decide(.leftConference(ChatID(host), AgentID(index)))
            case .free, .queued:
                preconditionFailure("an agent's chat list holds only offered, accepted or guest chats")
            }
        }
    }

    /// A logging-out agent that has finished its last chat goes Offline.
    @inline(__always)
    mutating func completeLogoutIfDone(_ index: Int, at time: Double) {
        guard agents[index].loggingOut, agents[index].firstChat < 0 else { return }
        agents[index].loggingOut = false
        changePresence(of: index, to: .offline, at: time)
        decide(.presenceChanged(AgentID(index), .offline))
    }
}
