extension Router {
    /// Offers waiting chats while the agent `index` (whose status or load just changed) or any other
    /// qualified agent can take them: each round routes the head of the best waiting queue among
    /// the buttons the agent serves, in queue order (priority, then age).
    mutating func dispatch(toward index: Int, at time: Double) {
        while agents[index].presence == .online {
            var chosenButton = -1
            var chosenAgent: Int32 = -1
            var chosenKey: QueueKey?
            for position in Int(agents[index].buttonsStart)..<Int(agents[index].buttonsEnd) {
                let button = Int(agentButtons[position])
                guard let head = buttons[button].queue.min else { continue }
                if let best = chosenKey, !(head.key < best) { continue }
                let settings = configuration.buttons[button]
                guard let agent = selectAgent(skill: settings.skill.index, model: settings.model,
                                              weight: settings.weight) else { continue }
                chosenButton = button
                chosenAgent = agent
                chosenKey = head.key
            }
            guard chosenButton >= 0, let head = buttons[chosenButton].queue.popMin() else { return }
            offer(Int32(head.id), to: chosenAgent, at: time)
        }
    }

    /// The best Online agent with the skill and at least `weight` free capacity units under the
    /// button's routing model, or `nil` when none has room.
    func selectAgent(skill: Int32, model: RoutingModel, weight: Int) -> Int32? {
        guard let best = skills[Int(skill)].best(for: model) else { return nil }
        if agents[Int(best)].freeCapacity >= weight { return best }
        // The index holds every agent with some room; with weights above one unit the best of them
        // may lack room for this chat, so look for the best agent that has enough.
        var chosen: Int32 = -1
        var chosenKey: SelectionKey?
        for holder in skills[Int(skill)].holders {
            let agent = agents[Int(holder)]
            guard agent.presence == .online, agent.freeCapacity >= weight else { continue }
            let key = selectionKey(of: holder, model: model)
            if chosenKey.map({ key < $0 }) ?? true {
                chosen = holder
                chosenKey = key
            }
        }
        return chosen >= 0 ? chosen : nil
    }

    func selectionKey(of agent: Int32, model: RoutingModel) -> SelectionKey {
        let state = agents[Int(agent)]
        let measure = model == .leastActive ? state.activeChats : -state.freeCapacity
        return SelectionKey(measure: measure, lastAssignment: state.lastAssignment)
    }

    /// Pushes chat `slot` to `agent`, occupying its capacity; with auto-accept it is accepted at once.
    mutating func offer(_ slot: Int32, to agent: Int32, at time: Double) {
        let settings = configuration.buttons[Int(chats[Int(slot)].button)]
        let index = Int(agent)
        agents[index].load += Int32(settings.weight)
        agents[index].activeChats += 1
        agents[index].lastAssignment = nextAssignment
        nextAssignment += 1
        gauges.load += settings.weight
        if agents[index].activeChats == 1 { gauges.busyAgents += 1 }
        refreshIndexes(of: index)
        chats[Int(slot)].agent = agent
        let chat = ChatID(slot)
        decide(.offered(chat, AgentID(index)))
        if settings.autoAccept {
            chats[Int(slot)].status = .active
            decide(.accepted(chat, AgentID(index)))
        } else {
            chats[Int(slot)].status = .offered
        }
    }

    /// Gives back the capacity a chat held on its agent.
    mutating func releaseCapacity(of chat: ChatState) {
        let weight = configuration.buttons[Int(chat.button)].weight
        let index = Int(chat.agent)
        agents[index].load -= Int32(weight)
        agents[index].activeChats -= 1
        gauges.load -= weight
        if agents[index].activeChats == 0 { gauges.busyAgents -= 1 }
        refreshIndexes(of: index)
    }

    /// Brings the agent's entries in the selection indexes of its skills up to date.
    mutating func refreshIndexes(of index: Int) {
        let state = agents[index]
        let available = state.presence == .online && state.freeCapacity > 0
        for position in Int(state.skillsStart)..<Int(state.skillsEnd) {
            skills[Int(agentSkills[position])].refresh(
                agent: Int32(index), available: available, activeChats: state.activeChats,
                freeCapacity: state.freeCapacity, lastAssignment: state.lastAssignment)
        }
    }

    mutating func allocateChatSlot() -> Int32 {
        if let slot = freeChatSlots.popLast() { return slot }
        chats.append(ChatState())
        return Int32(chats.count - 1)
    }

    mutating func releaseChatSlot(_ slot: Int32) {
        chats[Int(slot)] = ChatState()
        freeChatSlots.append(slot)
    }
}
