extension Router {
    /// What decides an agent's place in the indexes and whether it can see Choice requests.
    struct AgentSnapshot {
        let online: Bool
        let freeCapacity: Int32
        let heldChats: Int32

        @inline(__always)
        init(_ agent: AgentState) {
            online = agent.presence == .online
            freeCapacity = agent.freeCapacity
            heldChats = agent.heldChats
        }
    }

    /// After an agent's status or load changed: brings its index entries up to date and shows or
    /// withdraws Choice requests whose visibility to the agent changed.
    @inline(__always)
    mutating func agentChanged(_ index: Int, from before: AgentSnapshot, at time: Double) {
        let free = agents[index].freeCapacity
        let held = agents[index].heldChats
        let lastAssignment = agents[index].lastAssignment
        let available = agents[index].presence == .online && free > 0
        for position in Int(agents[index].poolsStart)..<Int(agents[index].poolsEnd) {
            pools[Int(agentPools[position])].refresh(
                agent: Int32(index), available: available, heldChats: held, freeCapacity: free,
                lastAssignment: lastAssignment)
        }
        if agents[index].servesChoice { updateChoiceViews(of: index, from: before) }
    }

    /// Offers waiting chats while the agent `index` (whose status or load just changed) or any other
    /// qualified agent can take them: each round routes the head of the best waiting push queue
    /// among the buttons the agent serves, in queue order (priority, then age).
    @inline(__always)
    mutating func dispatch(toward index: Int, at time: Double) {
        if waitingPushChats > 0 { dispatchWaiting(toward: index, at: time) }
    }

    /// ``dispatch(toward:at:)`` when some chats wait.
    mutating func dispatchWaiting(toward index: Int, at time: Double) {
        while waitingPushChats > 0 && agents[index].presence == .online {
            var chosenChat: Int32 = -1
            var chosenAgent: Int32 = -1
            var chosenKey: QueueKey?
            for position in Int(agents[index].buttonsStart)..<Int(agents[index].buttonsEnd) {
                let button = Int(agentButtons[position])
                guard buttons[button].model != .choice, let head = buttons[button].queue.min else { continue }
                if let best = chosenKey, !(head.key < best) { continue }
                guard let agent = selectAgent(for: Int32(head.id)) else { continue }
                chosenChat = Int32(head.id)
                chosenAgent = agent
                chosenKey = head.key
            }
            guard chosenChat >= 0 else { return }
            buttons[Int(chats[Int(chosenChat)].button)].queue.remove(Int(chosenChat))
            waitingPushChats -= 1
            countQueued(-1, at: time)
            offer(chosenChat, to: chosenAgent, at: time)
        }
    }

    /// The agent a push button should offer chat `slot` to: the best Online qualified agent with
    /// room for it under the button's model, avoiding the chat's recent decliners while another
    /// agent has room; `nil` when no agent has room.
    @inline(__always)
    mutating func selectAgent(for slot: Int32) -> Int32? {
        // Usually the chat has no decliners and the pool's best agent has room for it.
        let button = Int(chats[Int(slot)].button)
        let pool = Int(buttons[button].pool)
        guard let best = pools[pool].best(for: buttons[button].model) else { return nil }
        if chats[Int(slot)].decliners.isEmpty && fits(button, on: best) { return best }
        return selectAgent(for: slot, button: button, pool: pool, best: best)
    }

    /// ``selectAgent(for:)`` when the chat has decliners or the best agent lacks room.
    mutating func selectAgent(for slot: Int32, button: Int, pool: Int, best: Int32) -> Int32? {
        let model = buttons[button].model
        let decliners = chats[Int(slot)].decliners
        if !decliners.contains(best) {
            if fits(button, on: best) { return best }
        } else {
            let candidate = pools[pool].best(for: model, excluding: decliners)
            if let candidate, fits(button, on: candidate) { return candidate }
            // Only decliners have room: the chat goes back to the best of them.
            if candidate == nil, fits(button, on: best) { return best }
        }
        // The best agents lack room for this chat's weight: look through the whole pool.
        return bestMember(of: pool, for: button, avoiding: decliners)
            ?? bestMember(of: pool, for: button, avoiding: DeclinerRing())
    }

    @inline(__always)
    func fits(_ button: Int, on agent: Int32) -> Bool {
        agents[Int(agent)].freeCapacity >= weight(of: button, on: Int(agent))
    }

    func bestMember(of pool: Int, for button: Int, avoiding decliners: DeclinerRing) -> Int32? {
        let model = buttons[button].model
        var chosen: Int32 = -1
        var chosenKey: SelectionKey?
        for member in pools[pool].members {
            guard agents[Int(member)].presence == .online, !decliners.contains(member),
                  fits(button, on: member) else { continue }
            let key = selectionKey(of: member, model: model)
            if chosenKey.map({ key < $0 }) ?? true {
                chosen = member
                chosenKey = key
            }
        }
        return chosen >= 0 ? chosen : nil
    }

    func selectionKey(of agent: Int32, model: RoutingModel) -> SelectionKey {
        let state = agents[Int(agent)]
        let measure = model == .mostAvailable ? -state.freeCapacity : state.heldChats
        return SelectionKey(measure: measure, lastAssignment: state.lastAssignment)
    }
}
