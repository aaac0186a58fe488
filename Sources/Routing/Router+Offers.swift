extension Router {
    /// An agent accepts a chat: one pushed to it, or a Choice request it is shown. A Choice request
    /// is then withdrawn from the other agents who saw it.
    public mutating func accept(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        guard isLive(chat) else { throw .unknownChat(chat) }
        let slot = chat.index
        switch chats[Int(slot)].status {
        case .offered:
            guard chats[Int(slot)].agent == agent.index else { throw .notOffered(chat, agent) }
            chats[Int(slot)].status = .active
            decide(acceptance(of: slot, by: agent.index))
        case .queued:
            let button = Int(chats[Int(slot)].button)
            guard buttons[button].model == .choice,
                  isChoiceViewer(Int(agent.index), of: button) else { throw .notOffered(chat, agent) }
            removeFromQueue(slot, exceptFor: agent.index, at: time)
            decide(acceptance(of: slot, by: agent.index))
            attach(slot, to: agent.index, at: time)
            chats[Int(slot)].status = .active
        case .active, .wrapUp:
            throw .alreadyAccepted(chat)
        case .free, .guest:
            throw .unknownChat(chat)
        }
    }

    /// The agent declines a chat pushed to it (`DeclineManual`); the chat is routed again.
    public mutating func decline(_ chat: ChatID, at time: Double) throws(RoutingError) {
        try giveBack(chat, .manual, at: time)
    }

    /// A pushed chat was not answered within the push time-out (`DeclineTimeout`); the chat is
    /// routed again.
    public mutating func pushTimedOut(_ chat: ChatID, at time: Double) throws(RoutingError) {
        try giveBack(chat, .timeout, at: time)
    }

    mutating func giveBack(_ chat: ChatID, _ reason: DeclineReason, at time: Double) throws(RoutingError) {
        guard isLive(chat) else { throw .unknownChat(chat) }
        let slot = chat.index
        guard chats[Int(slot)].status == .offered else { throw .notPending(chat) }
        let agent = Int(chats[Int(slot)].agent)
        let button = Int(chats[Int(slot)].button)
        detach(slot, at: time)
        chats[Int(slot)].attempts += 1
        chats[Int(slot)].decliners.record(Int32(agent))
        decide(.declined(chat, AgentID(agent), reason))
        let goesAway = reason == .manual ? agents[agent].awayOnDecline : agents[agent].awayOnTimeout
        if goesAway && agents[agent].presence == .online {
            changePresence(of: agent, to: .away, at: time)
            decide(.presenceChanged(AgentID(agent), .away))
        }
        if let limit = configuration.buttons[button].rerouteAttempts,
           chats[Int(slot)].attempts >= limit, buttonTransfers.isEmpty || buttonTransfers[slot] == nil {
            finish(slot, with: .canceled(chat, .noAgent))
        } else {
            route(slot, at: time)
        }
        dispatch(toward: agent, at: time)
        completeLogoutIfDone(agent, at: time)
    }

    /// Pushes chat `slot` to `agent`, occupying its capacity; with auto-accept it is accepted at once.
    mutating func offer(_ slot: Int32, to agent: Int32, at time: Double) {
        attach(slot, to: agent, at: time)
        let chat = ChatID(slot)
        decide(.offered(chat, AgentID(Int(agent))))
        if buttons[Int(chats[Int(slot)].button)].autoAccept {
            chats[Int(slot)].status = .active
            decide(acceptance(of: slot, by: agent))
        } else {
            chats[Int(slot)].status = .offered
        }
    }

    /// Gives a chat to an agent: it joins the agent's list and takes its weight of capacity.
    @inline(__always)
    mutating func attach(_ slot: Int32, to agent: Int32, at time: Double) {
        let index = Int(agent)
        let weight = self.weight(of: Int(chats[Int(slot)].button), on: index)
        let first = agents[index].firstChat
        let before = changeLoad(of: index, by: weight, chats: 1, assigning: true, at: time)
        agents[index].firstChat = slot
        var chat = chats[Int(slot)]
        chat.agent = agent
        chat.load = weight
        chat.previousOfAgent = -1
        chat.nextOfAgent = first
        chats[Int(slot)] = chat
        if first >= 0 { chats[Int(first)].previousOfAgent = slot }
        agentChanged(index, from: before, at: time)
    }

    /// Takes a chat from its agent: capacity back (if still held) and out of the agent's list.
    @inline(__always)
    mutating func detach(_ slot: Int32, at time: Double) {
        if !handoffSlots.isEmpty { handoffSlots.remove(slot) }
        let index = Int(chats[Int(slot)].agent)
        releaseCapacity(of: slot, at: time)
        unlink(slot, from: index)
    }

    /// Gives back the capacity a chat holds on its agent, if it still holds any.
    @inline(__always)
    mutating func releaseCapacity(of slot: Int32, at time: Double) {
        let weight = chats[Int(slot)].load
        guard weight > 0 else { return }
        let index = Int(chats[Int(slot)].agent)
        chats[Int(slot)].load = 0
        let before = changeLoad(of: index, by: -weight, chats: -1, assigning: false, at: time)
        agentChanged(index, from: before, at: time)
    }

    /// Changes agent `index`'s load by `weight` and its chats held by `chats` at `time`, its time
    /// account brought up to date first, in one read and one write of its state; with
    /// `assigning`, the change is a new assignment (see ``SelectionKey``). Returns the agent as it
    /// was before.
    @inline(__always)
    mutating func changeLoad(of index: Int, by weight: Int32, chats: Int32, assigning: Bool,
                             at time: Double) -> AgentSnapshot {
        var state = agents[index]
        let before = AgentSnapshot(state)
        advanceAccount(of: index, &state, to: time)
        state.load += weight
        state.heldChats += chats
        if assigning {
            state.lastAssignment = nextAssignment
            nextAssignment += 1
        }
        agents[index] = state
        return before
    }

    /// Capacity, in hundredths of a unit, that one chat of `button` takes on agent `index`.
    @inline(__always)
    func weight(of button: Int, on index: Int) -> Int32 {
        let weight = buttons[button].weight
        return weight > 0 ? weight : max(1, buttons[button].percentage * agents[index].capacity / 100)
    }

    /// Takes a chat out of its agent's list.
    @inline(__always)
    mutating func unlink(_ slot: Int32, from index: Int) {
        var chat = chats[Int(slot)]
        let previous = chat.previousOfAgent
        let next = chat.nextOfAgent
        chat.previousOfAgent = -1
        chat.nextOfAgent = -1
        chat.agent = -1
        chats[Int(slot)] = chat
        if previous >= 0 { chats[Int(previous)].nextOfAgent = next } else { agents[index].firstChat = next }
        if next >= 0 { chats[Int(next)].previousOfAgent = previous }
    }
}
