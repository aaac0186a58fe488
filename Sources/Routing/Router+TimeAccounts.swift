extension Router {
    /// Completes agent `index`'s time account up to `time` in `state`, the agent's state until
    /// then, and marks `state` accounted up to `time`; called on a copy of the agent's state before
    /// any change of its status or load, the copy then written back with the change.
    @inline(__always)
    mutating func advanceAccount(of index: Int, _ state: inout AgentState, to time: Double) {
        let span = time - state.accountedUntil
        guard span > 0 else { return }
        accounts[index].add(state: state, over: span)
        state.accountedUntil = time
    }

    /// The agent's time account at `time` (not before its last change).
    public func timeAccount(of agent: AgentID, at time: Double) -> TimeAccount {
        let index = Int(agent.index)
        var account = accounts[index]
        account.add(state: agents[index], over: max(0, time - agents[index].accountedUntil))
        return account
    }

    /// The sum of the time accounts of the agents in `group` (all agents when `nil`) at `time`.
    public func timeAccount(ofGroup group: Int? = nil, at time: Double) -> TimeAccount {
        var total = TimeAccount()
        for index in agents.indices where group == nil || Int(agents[index].group) == group {
            total.add(timeAccount(of: AgentID(index), at: time))
        }
        return total
    }

    /// ∫ chats waiting in queues dt, from the start until `time`, and the number waiting now.
    public func queueAccount(at time: Double) -> (chatSeconds: Double, waiting: Int) {
        (queuedChatSeconds + Double(queuedChats) * max(0, time - queueAccountedUntil), queuedChats)
    }

    /// The most chats that waited at once since the previous call (or the start); the next period
    /// starts with the chats waiting now.
    public mutating func takeQueuePeak() -> Int {
        defer { queuePeak = queuedChats }
        return queuePeak
    }

    /// Chats joined (`change` 1) or left (−1) the queues at `time`.
    mutating func countQueued(_ change: Int, at time: Double) {
        queuedChatSeconds += Double(queuedChats) * max(0, time - queueAccountedUntil)
        queueAccountedUntil = max(queueAccountedUntil, time)
        queuedChats += change
        queuePeak = max(queuePeak, queuedChats)
    }
}

extension TimeAccount {
    /// Adds `span` seconds spent in the agent's current state.
    @inline(__always)
    mutating func add(state agent: Router.AgentState, over span: Double) {
        load += Double(agent.load) / 100 * span
        guard agent.presence != .offline else { return }
        loggedIn += span
        capacity += agent.capacityUnits * span
        holding[Int(agent.heldChats)] += span
        if agent.heldChats > 0 { busy += span }
        if agent.load >= agent.capacity { atCapacity += span }
        guard agent.presence == .online else { return }
        online += span
        if agent.heldChats == 0 { idle += span }
    }
}
