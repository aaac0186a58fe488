extension Router {
    /// Checks the router's internal consistency and its routing promises, returning a description of
    /// each broken rule (empty when all hold). Meant for tests that drive the engine with long
    /// command sequences; it recomputes everything from scratch, so it is O(agents + chats + queues).
    ///
    /// Rules checked: loads and held-chat counts equal what the agents' chats hold; no agent is over
    /// capacity unless it holds a chat that came by a transfer or a conference; every agent's chat
    /// list holds exactly the chats (and conference guest shares) assigned to it; conference
    /// guests belong to an active chat, listed once, none being the chat's own agent; pending
    /// transfer requests and invitations belong to active chats and are shown only to Online
    /// agents outside the chat; every queued chat
    /// is in its button's queue exactly once and nothing else is; no chat waits on a push button
    /// while a qualified Online agent has room for it; the pools count their logged-in and Online
    /// members and index exactly the Online members with free capacity; logging-out agents are
    /// Away with chats left; the queue counter equals the chats in the queues.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var load = Array(repeating: Int32(0), count: agents.count)
        var held = Array(repeating: Int32(0), count: agents.count)
        var listed = Array(repeating: 0, count: agents.count)
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
            case .offered, .active, .wrapUp, .guest:
                guard chat.agent >= 0 else {
                    problems.append("chat#\(slot) is assigned to no agent")
                    continue
                }
                listed[Int(chat.agent)] += 1
                if chat.load > 0 {
                    load[Int(chat.agent)] += chat.load
                    held[Int(chat.agent)] += 1
                }
            }
        }
        problems += conferenceViolations() + handoffViolations()
        for (index, button) in buttons.enumerated() where button.queue.count != queuedPerButton[index] {
            problems.append("button#\(index)'s queue holds \(button.queue.count) chats, \(queuedPerButton[index]) are queued")
        }
        let waitingOnPush = buttons.indices.filter { configuration.buttons[$0].model != .choice }
            .reduce(0) { $0 + queuedPerButton[$1] }
        if waitingOnPush != waitingPushChats {
            problems.append("\(waitingPushChats) chats counted as waiting on push buttons, \(waitingOnPush) are")
        }
        for (index, agent) in agents.enumerated() {
            if agent.load != load[index] || agent.heldChats != held[index] {
                problems.append("agent#\(index) records load \(agent.load)/\(agent.heldChats) chats, holds \(load[index])/\(held[index])")
            }
            if agent.load > agent.capacity && !holdsHandoff(index) {
                problems.append("agent#\(index) is over capacity: \(agent.load) > \(agent.capacity)")
            }
            var count = 0
            var slot = agent.firstChat
            while slot >= 0 && count <= chats.count {
                if chats[Int(slot)].agent != Int32(index) { problems.append("agent#\(index)'s list holds chat#\(slot) of another agent") }
                count += 1
                slot = chats[Int(slot)].nextOfAgent
            }
            if count != listed[index] { problems.append("agent#\(index)'s list has \(count) chats, \(listed[index]) are assigned to it") }
            if agent.loggingOut && (agent.presence != .away || agent.firstChat < 0) {
                problems.append("agent#\(index) is logging out while \(agent.presence) with \(count) chats")
            }
        }
        let waiting = buttons.reduce(0) { $0 + $1.queue.count }
        if waiting != queuedChats { problems.append("\(queuedChats) chats counted as queued, \(waiting) are") }
        for (number, pool) in pools.enumerated() {
            let loggedIn = pool.members.filter { agents[Int($0)].presence != .offline }.count
            let online = pool.members.filter { agents[Int($0)].presence == .online }.count
            if loggedIn != pool.loggedIn || online != pool.online {
                problems.append("pool#\(number) counts \(pool.loggedIn)/\(pool.online) logged in/Online, has \(loggedIn)/\(online)")
            }
            for member in pool.members {
                let available = agents[Int(member)].presence == .online && agents[Int(member)].freeCapacity > 0
                if pool.usesLeastActive && pool.leastActive.contains(Int(member)) != available
                    || pool.usesMostAvailable && pool.mostAvailable.contains(Int(member)) != available {
                    problems.append("agent#\(member) is \(available ? "missing from" : "wrongly in") pool#\(number)'s index")
                }
            }
        }
        for (index, button) in buttons.enumerated()
        where configuration.buttons[index].model != .choice && !button.queue.isEmpty {
            if let agent = bestMember(of: Int(button.pool), for: index, avoiding: DeclinerRing()) {
                problems.append("button#\(index) has waiting chats while agent#\(agent) has room")
            }
        }
        return problems
    }

    /// Whether an agent holds a chat or a guest share that reached it by a transfer or a conference.
    func holdsHandoff(_ index: Int) -> Bool {
        var slot = agents[index].firstChat
        while slot >= 0 {
            if handoffSlots.contains(slot) { return true }
            slot = chats[Int(slot)].nextOfAgent
        }
        return false
    }

    func conferenceViolations() -> [String] {
        var problems: [String] = []
        for slot in conferenceGuests.keys.sorted() {
            let guests = conferenceGuests[slot]!
            if chats[Int(slot)].status != .active { problems.append("chat#\(slot) has conference guests while \(chats[Int(slot)].status)") }
            if guests.isEmpty { problems.append("chat#\(slot) has an empty guest list") }
            var agentsIn: Set<Int32> = [chats[Int(slot)].agent]
            for guest in guests {
                if chats[Int(guest)].status != .guest || guestHosts[guest] != slot {
                    problems.append("chat#\(slot)'s guest list holds slot#\(guest), not its guest")
                }
                if !agentsIn.insert(chats[Int(guest)].agent).inserted {
                    problems.append("agent#\(chats[Int(guest)].agent) is in chat#\(slot) twice")
                }
            }
        }
        let guestSlots = chats.filter { $0.status == .guest }.count
        let listed = conferenceGuests.values.reduce(0) { $0 + $1.count }
        if guestSlots != listed || guestHosts.count != listed {
            problems.append("\(guestSlots) guest slots, \(listed) in conferences, \(guestHosts.count) with a host")
        }
        for (slot, _) in buttonTransfers.sorted(by: { $0.key < $1.key })
        where chats[Int(slot)].status != .queued && chats[Int(slot)].status != .offered {
            problems.append("chat#\(slot) waits for a transfer to a button while \(chats[Int(slot)].status)")
        }
        return problems
    }

    func handoffViolations() -> [String] {
        var problems: [String] = []
        for slot in handoffs.keys.sorted() {
            let request = handoffs[slot]!
            if chats[Int(slot)].status != .active { problems.append("chat#\(slot) has a pending request while \(chats[Int(slot)].status)") }
            if request.offerees.isEmpty { problems.append("chat#\(slot)'s pending request is shown to nobody") }
            for agent in request.offerees {
                if agents[Int(agent)].presence != .online || isParticipant(agent, of: slot) {
                    problems.append("chat#\(slot)'s request is shown to agent#\(agent), who cannot take it")
                }
            }
        }
        return problems
    }
}
