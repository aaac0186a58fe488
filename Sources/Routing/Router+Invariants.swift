extension Router {
    /// Checks the router's internal consistency and its routing promises, returning a description of
    /// each broken rule (empty when all hold). Meant for tests that drive the engine with long
    /// command sequences; it recomputes everything from scratch, so it is O(agents + chats + queues).
    ///
    /// Rules checked: loads and active-chat counts equal what the chats in progress hold; no agent
    /// is over capacity; every queued chat is in its button's queue exactly once and nothing else is;
    /// no chat waits while a qualified Online agent has room for it; the selection indexes hold
    /// exactly the Online agents with free capacity; the gauges equal their recomputed totals.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var load = Array(repeating: Int32(0), count: agents.count)
        var active = Array(repeating: Int32(0), count: agents.count)
        var queuedPerButton = Array(repeating: 0, count: buttons.count)
        for (slot, chat) in chats.enumerated() {
            switch chat.status {
            case .free:
                continue
            case .queued:
                queuedPerButton[Int(chat.button)] += 1
                if !buttons[Int(chat.button)].queue.contains(slot) {
                    problems.append("chat#\(slot) is queued but missing from button#\(chat.button)'s queue")
                }
                if chat.agent >= 0 { problems.append("chat#\(slot) is both queued and assigned") }
            case .offered, .active:
                guard chat.agent >= 0 else {
                    problems.append("chat#\(slot) is assigned to no agent")
                    continue
                }
                load[Int(chat.agent)] += Int32(configuration.buttons[Int(chat.button)].weight)
                active[Int(chat.agent)] += 1
            }
        }
        for (index, button) in buttons.enumerated() where button.queue.count != queuedPerButton[index] {
            problems.append("button#\(index)'s queue holds \(button.queue.count) chats, \(queuedPerButton[index]) are queued")
        }
        var gaugesNow = RouterGauges()
        for (index, agent) in agents.enumerated() {
            if agent.load != load[index] || agent.activeChats != active[index] {
                problems.append("agent#\(index) records load \(agent.load)/\(agent.activeChats) chats, holds \(load[index])/\(active[index])")
            }
            if agent.load > agent.capacity {
                problems.append("agent#\(index) is over capacity: \(agent.load) > \(agent.capacity)")
            }
            gaugesNow.load += Int(agent.load)
            if agent.activeChats > 0 { gaugesNow.busyAgents += 1 }
            if agent.presence != .offline {
                gaugesNow.loggedInAgents += 1
                gaugesNow.loggedInCapacity += Int(agent.capacity)
            }
            let available = agent.presence == .online && agent.freeCapacity > 0
            for position in Int(agent.skillsStart)..<Int(agent.skillsEnd) {
                let skill = skills[Int(agentSkills[position])]
                if skill.usesLeastActive && skill.leastActive.contains(index) != available
                    || skill.usesMostAvailable && skill.mostAvailable.contains(index) != available {
                    problems.append("agent#\(index) is \(available ? "missing from" : "wrongly in") skill#\(agentSkills[position])'s index")
                }
            }
        }
        if gaugesNow != gauges { problems.append("gauges \(gauges) differ from recomputed \(gaugesNow)") }
        for (index, button) in buttons.enumerated() where !button.queue.isEmpty {
            let settings = configuration.buttons[index]
            if let agent = selectAgent(skill: settings.skill.index, model: settings.model, weight: settings.weight) {
                problems.append("button#\(index) has waiting chats while agent#\(agent) has room")
            }
        }
        return problems
    }
}
