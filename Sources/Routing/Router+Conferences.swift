extension Router {
    /// The agent handling an active chat invites a colleague: one Online agent, or every Online
    /// agent with a skill (the first to accept joins). One invitation at a time per chat; a skill
    /// with nobody Online to invite ends the invitation at once.
    public mutating func requestConference(_ chat: ChatID, to target: ConferenceTarget, at time: Double) throws(RoutingError) {
        let slot = try activeSlot(chat)
        guard handoffs[slot] == nil else { throw .handoffPending(chat) }
        let requester = chats[Int(slot)].agent
        let offerees: [Int32]
        switch target {
        case .agent(let agent):
            guard canReceive(agent, for: slot) else { throw .targetUnavailable(agent) }
            offerees = [agent.index]
        case .skill(let skill):
            offerees = onlineAgents(withSkill: skill, notIn: slot)
        }
        decide(.conferenceRequested(chat, AgentID(Int(requester)), target))
        if offerees.isEmpty {
            decide(.conferenceEnded(chat, AgentID(Int(requester)), target, .noAgent))
        } else {
            openHandoff(HandoffRequest(kind: .conference, requester: requester, transfer: nil, conference: target,
                                       offerees: offerees), for: slot)
        }
    }

    /// An agent accepts a conference invitation shown to it: it joins the chat, taking a chat's
    /// worth of its capacity (beyond it if need be), and the invitation is withdrawn from the others.
    public mutating func acceptConference(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        _ = try takeHandoff(of: chat, .conference, by: agent)
        let slot = chat.index
        let host = chats[Int(slot)]
        let guest = allocateChatSlot()
        chats[Int(guest)] = ChatState(status: .guest, button: host.button, requestTime: host.requestTime,
                                      sequence: host.sequence)
        conferenceGuests[slot, default: []].append(guest)
        guestHosts[guest] = slot
        attach(guest, to: agent.index, at: time)
        handoffSlots.insert(guest)
        let load = agents[Int(agent.index)]
        decide(.joinedConference(chat, agent, exceededCapacity: load.load > load.capacity))
    }

    /// An agent declines a conference invitation shown to it; the invitation ends once everyone
    /// it was shown to has declined.
    public mutating func declineConference(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        try declineHandoff(of: chat, .conference, by: agent, recording: .conferenceDeclined(chat, agent))
    }

    /// Nobody accepted a conference invitation in time: it is withdrawn.
    public mutating func conferenceTimedOut(_ chat: ChatID, at time: Double) throws(RoutingError) {
        _ = try pendingHandoff(of: chat, .conference)
        closeHandoff(of: chat.index, .timedOut)
    }

    /// The inviting agent withdraws its pending conference invitation.
    public mutating func cancelConference(_ chat: ChatID, at time: Double) throws(RoutingError) {
        _ = try pendingHandoff(of: chat, .conference)
        closeHandoff(of: chat.index, .canceled)
    }

    /// An agent leaves a chat's conference, freeing its capacity. When the agent handling the chat
    /// leaves, the longest-attending guest takes the chat over (and a pending request of the chat
    /// is canceled). The last agent cannot leave: it ends the chat.
    public mutating func leaveConference(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        let slot = try activeSlot(chat)
        if chats[Int(slot)].agent == agent.index {
            guard let first = conferenceGuests[slot]?.first else { throw .lastParticipant(chat, agent) }
            closeHandoff(of: slot, .canceled)
            let successor = chats[Int(first)].agent
            removeGuest(first, of: slot, at: time)
            detach(slot, at: time)
            attach(slot, to: successor, at: time)
            handoffSlots.insert(slot)
            decide(.leftConference(chat, agent))
        } else {
            guard let guest = guestSlot(of: agent.index, in: slot) else { throw .notAParticipant(chat, agent) }
            removeGuest(guest, of: slot, at: time)
            decide(.leftConference(chat, agent))
        }
        dispatch(toward: Int(agent.index), at: time)
        completeLogoutIfDone(Int(agent.index), at: time)
    }

    /// Takes a guest slot out of its chat's conference and off its agent, and frees it.
    mutating func removeGuest(_ guest: Int32, of slot: Int32, at time: Double) {
        conferenceGuests[slot]!.removeAll { $0 == guest }
        if conferenceGuests[slot]!.isEmpty { conferenceGuests[slot] = nil }
        guestHosts[guest] = nil
        detach(guest, at: time)
        chats[Int(guest)] = ChatState()
        freeChatSlots.append(guest)
    }

    /// Every guest of chat `slot` leaves, as when the chat ends.
    mutating func dismissGuests(of slot: Int32, at time: Double) {
        while let guest = conferenceGuests[slot]?.first {
            let agent = chats[Int(guest)].agent
            removeGuest(guest, of: slot, at: time)
            decide(.leftConference(ChatID(slot), AgentID(Int(agent))))
            dispatch(toward: Int(agent), at: time)
            completeLogoutIfDone(Int(agent), at: time)
        }
    }

    /// An agent in an active chat blocks its visitor: the chat ends at once for every agent in it
    /// (after-chat work may follow for the agent handling it), a pending request of the chat is
    /// canceled, and `rule` (the visitor's address), when given, refuses the visitor's next requests.
    public mutating func blockVisitor(of chat: ChatID, by agent: AgentID, adding rule: BlockingRule?,
                                      at time: Double) throws(RoutingError) {
        let slot = try activeSlot(chat)
        guard isParticipant(agent.index, of: slot) else { throw .notAParticipant(chat, agent) }
        decide(.visitorBlocked(chat, agent))
        if let rule { blocking.add(rule) }
        end(slot, by: .agent, at: time, closingWork: false)
    }
}
