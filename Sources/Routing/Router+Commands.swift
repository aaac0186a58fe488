extension Router {
    /// Changes an agent's status. Going Online makes the agent receive queued chats at once;
    /// going Away or Offline stops new work, while chats the agent already holds continue until
    /// they end (the agent drains them).
    public mutating func setPresence(_ presence: Presence, of agent: AgentID, at time: Double) {
        let index = Int(agent.index)
        let old = agents[index].presence
        guard old != presence else { return }
        agents[index].presence = presence
        let capacity = Int(agents[index].capacity)
        if old == .offline {
            gauges.loggedInAgents += 1
            gauges.loggedInCapacity += capacity
        } else if presence == .offline {
            gauges.loggedInAgents -= 1
            gauges.loggedInCapacity -= capacity
        }
        if old == .online || presence == .online {
            let change = presence == .online ? 1 : -1
            for position in Int(agents[index].skillsStart)..<Int(agents[index].skillsEnd) {
                skills[Int(agentSkills[position])].onlineHolders += change
            }
        }
        refreshIndexes(of: index)
        if presence == .online { dispatch(toward: index, at: time) }
    }

    /// A visitor requests a chat on `button`. Returns the chat's id; the decisions that follow tell
    /// whether it was offered to an agent, queued, or canceled because no qualified agent is Online.
    public mutating func requestChat(on button: ButtonID, at time: Double) -> ChatID {
        let buttonIndex = Int(button.index)
        let settings = configuration.buttons[buttonIndex]
        let slot = allocateChatSlot()
        chats[Int(slot)] = ChatState(
            status: .queued, button: button.index, agent: -1, requestTime: time, sequence: nextSequence)
        nextSequence &+= 1
        let chat = ChatID(slot)
        if skills[Int(settings.skill.index)].onlineHolders == 0 {
            releaseChatSlot(slot)
            decide(.canceled(chat, .noAgent))
        } else if buttons[buttonIndex].queue.isEmpty,
                  let agent = selectAgent(skill: settings.skill.index, model: settings.model, weight: settings.weight) {
            offer(slot, to: agent, at: time)
        } else {
            buttons[buttonIndex].queue.insert(Int(slot), key: QueueKey(
                priority: settings.priority, requestTime: time, sequence: chats[Int(slot)].sequence))
            decide(.enqueued(chat, button))
        }
        return chat
    }

    /// The agent accepts a chat offered to it.
    public mutating func accept(_ chat: ChatID, at time: Double) throws(RoutingError) {
        guard let state = chatState(chat) else { throw .unknownChat(chat) }
        guard state.status == .offered else { throw .notOffered(chat) }
        chats[Int(chat.index)].status = .active
        decide(.accepted(chat, AgentID(Int(state.agent))))
    }

    /// An active chat ends; its capacity is released and routing re-runs for its agent.
    public mutating func endChat(_ chat: ChatID, by party: EndedBy, at time: Double) throws(RoutingError) {
        guard let state = chatState(chat) else { throw .unknownChat(chat) }
        guard state.status == .active else { throw .notActive(chat) }
        releaseCapacity(of: state)
        releaseChatSlot(chat.index)
        decide(.ended(chat, AgentID(Int(state.agent)), party))
        dispatch(toward: Int(state.agent), at: time)
    }

    /// The visitor gives up before an agent accepted: the chat leaves its queue, or its pending
    /// offer is withdrawn and the agent's capacity released.
    public mutating func cancelByVisitor(_ chat: ChatID, at time: Double) throws(RoutingError) {
        guard let state = chatState(chat) else { throw .unknownChat(chat) }
        switch state.status {
        case .queued:
            buttons[Int(state.button)].queue.remove(Int(chat.index))
            releaseChatSlot(chat.index)
            decide(.canceled(chat, .visitor))
        case .offered:
            releaseCapacity(of: state)
            releaseChatSlot(chat.index)
            decide(.canceled(chat, .visitor))
            dispatch(toward: Int(state.agent), at: time)
        case .active:
            throw .alreadyAccepted(chat)
        case .free:
            throw .unknownChat(chat)
        }
    }
}
