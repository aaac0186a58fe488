extension Router {
    /// The agent handling an active chat asks to transfer it. To an agent or a skill, the request
    /// is shown to the agent (who must be Online) or to every Online agent with the skill; the
    /// chat stays with its agent until one accepts. To a button, the chat leaves its agent at
    /// once and is routed on the button, ahead of requests newer than its original request time;
    /// the button's agents take it only within their capacity. A skill with nobody Online, or a
    /// button with no qualified agent logged in or a full queue, ends the request at once
    /// (``RoutingDecision/transferEnded(_:_:_:_:)``). An optional `message` for the receiving
    /// agent travels with the request (``transferMessage(of:)``) until it ends.
    public mutating func requestTransfer(_ chat: ChatID, to target: TransferTarget, message: String? = nil,
                                         at time: Double) throws(RoutingError) {
        let slot = try activeSlot(chat)
        guard handoffs[slot] == nil else { throw .handoffPending(chat) }
        guard conferenceGuests[slot] == nil else { throw .conferenceInProgress(chat) }
        let requester = chats[Int(slot)].agent
        if let message { transferMessages[slot] = message }
        defer { if handoffs[slot] == nil && buttonTransfers[slot] == nil { transferMessages[slot] = nil } }
        switch target {
        case .agent(let agent):
            guard canReceive(agent, for: slot) else { throw .targetUnavailable(agent) }
            decide(.transferRequested(chat, AgentID(Int(requester)), target))
            openHandoff(HandoffRequest(kind: .transfer, requester: requester, transfer: target, conference: nil,
                                       offerees: [agent.index]), for: slot)
        case .skill(let skill):
            decide(.transferRequested(chat, AgentID(Int(requester)), target))
            let offerees = onlineAgents(withSkill: skill, notIn: slot)
            if offerees.isEmpty {
                decide(.transferEnded(chat, AgentID(Int(requester)), target, .noAgent))
            } else {
                openHandoff(HandoffRequest(kind: .transfer, requester: requester, transfer: target, conference: nil,
                                           offerees: offerees), for: slot)
            }
        case .button(let button):
            transfer(slot, toButton: Int(button.index), at: time)
        }
    }

    /// Transfer to Button: the chat leaves its agent and is routed on the button like a request
    /// of its original time, avoiding the agent it left while others have room; rerouting
    /// attempts never cancel it.
    mutating func transfer(_ slot: Int32, toButton button: Int, at time: Double) {
        precondition(button >= 0 && button < buttons.count, "unknown button#\(button)")
        let chat = ChatID(slot)
        let requester = chats[Int(slot)].agent
        let target = TransferTarget.button(ButtonID(button))
        decide(.transferRequested(chat, AgentID(Int(requester)), target))
        if pools[Int(buttons[button].pool)].loggedIn == 0 {
            decide(.transferEnded(chat, AgentID(Int(requester)), target, .noAgent))
            return
        }
        if queueIsFull(button) {
            decide(.transferEnded(chat, AgentID(Int(requester)), target, .noQueue))
            return
        }
        detach(slot, at: time)
        var state = chats[Int(slot)]
        state.button = Int32(button)
        state.attempts = 0
        state.decliners = DeclinerRing()
        state.decliners.record(requester)
        chats[Int(slot)] = state
        buttonTransfers[slot] = requester
        route(slot, at: time)
        dispatch(toward: Int(requester), at: time)
        completeLogoutIfDone(Int(requester), at: time)
    }

    /// An agent accepts a transfer request shown to it: the chat moves to it (beyond its capacity
    /// if need be) and the request is withdrawn from the others.
    public mutating func acceptTransfer(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        let request = try takeHandoff(of: chat, .transfer, by: agent)
        let slot = chat.index
        let from = chats[Int(slot)].agent
        transferMessages[slot] = nil
        detach(slot, at: time)
        attach(slot, to: agent.index, at: time)
        handoffSlots.insert(slot)
        let state = agents[Int(agent.index)]
        decide(.transferred(chat, from: AgentID(Int(from)), to: agent, request.transfer!,
                            exceededCapacity: state.load > state.capacity))
        dispatch(toward: Int(from), at: time)
        completeLogoutIfDone(Int(from), at: time)
    }

    /// An agent declines a transfer request shown to it; the request ends once everyone it was
    /// shown to has declined, and the requesting agent keeps the chat.
    public mutating func declineTransfer(_ chat: ChatID, by agent: AgentID, at time: Double) throws(RoutingError) {
        try declineHandoff(of: chat, .transfer, by: agent, recording: .transferDeclined(chat, agent))
    }

    /// Nobody accepted a transfer request in time: it is withdrawn and the requesting agent keeps
    /// the chat.
    public mutating func transferTimedOut(_ chat: ChatID, at time: Double) throws(RoutingError) {
        _ = try pendingHandoff(of: chat, .transfer)
        closeHandoff(of: chat.index, .timedOut)
    }

    /// The requesting agent withdraws its pending transfer request.
    public mutating func cancelTransfer(_ chat: ChatID, at time: Double) throws(RoutingError) {
        _ = try pendingHandoff(of: chat, .transfer)
        closeHandoff(of: chat.index, .canceled)
    }

    /// The decision recording that agent `agent` took chat `slot`: an acceptance, or for a chat
    /// transferred to a button, the end of its transfer.
    @inline(__always)
    mutating func acceptance(of slot: Int32, by agent: Int32) -> RoutingDecision {
        guard !buttonTransfers.isEmpty, let from = buttonTransfers.removeValue(forKey: slot) else {
            return .accepted(ChatID(slot), AgentID(Int(agent)))
        }
        transferMessages[slot] = nil
        return .transferred(ChatID(slot), from: AgentID(Int(from)), to: AgentID(Int(agent)),
                            .button(ButtonID(Int(chats[Int(slot)].button))), exceededCapacity: false)
    }
}
