extension Router {
    /// An active chat's conversation ends, for every agent in it: conference guests leave and a
    /// pending transfer request or conference invitation is canceled. Its capacity goes back now
    /// when its button counts capacity by status, else when the work is closed; with
    /// `closingWork` the work is closed at once (no after-chat work).
    public mutating func endChat(_ chat: ChatID, by party: EndedBy, at time: Double,
                                 closingWork: Bool = false) throws(RoutingError) {
        let slot = try activeSlot(chat)
        end(slot, by: party, at: time, closingWork: closingWork)
    }

    mutating func end(_ slot: Int32, by party: EndedBy, at time: Double, closingWork: Bool) {
        if !handoffs.isEmpty { closeHandoff(of: slot, .canceled) }
        if !conferenceGuests.isEmpty { dismissGuests(of: slot, at: time) }
        let agent = chats[Int(slot)].agent
        decide(.ended(ChatID(slot), AgentID(Int(agent)), party))
        chats[Int(slot)].status = .wrapUp
        if closingWork {
            closeWork(slot, at: time)
        } else if configuration.buttons[Int(chats[Int(slot)].button)].capacityModel == .statusBased {
            releaseCapacity(of: slot, at: time)
            dispatch(toward: Int(agent), at: time)
        }
    }

    /// The agent closes the chat's work after the conversation ended: the chat is finished and
    /// any capacity it still held goes back.
    public mutating func closeWork(_ chat: ChatID, at time: Double) throws(RoutingError) {
        guard isLive(chat) else { throw .unknownChat(chat) }
        guard chats[Int(chat.index)].status == .wrapUp else { throw .notInWrapUp(chat) }
        closeWork(chat.index, at: time)
    }

    mutating func closeWork(_ slot: Int32, at time: Double) {
        let agent = Int(chats[Int(slot)].agent)
        detach(slot, at: time)
        finish(slot, with: .workClosed(ChatID(slot), AgentID(agent)))
        dispatch(toward: agent, at: time)
        completeLogoutIfDone(agent, at: time)
    }

    /// The visitor gives up before an agent accepted: the chat leaves its queue (and the Choice
    /// agents' view), or its pending offer is withdrawn and the agent's capacity released.
    public mutating func cancelByVisitor(_ chat: ChatID, at time: Double) throws(RoutingError) {
        guard isLive(chat) else { throw .unknownChat(chat) }
        let slot = chat.index
        switch chats[Int(slot)].status {
        case .queued:
            removeFromQueue(slot, at: time)
            finish(slot, with: .canceled(chat, .visitor))
        case .offered:
            let agent = Int(chats[Int(slot)].agent)
            detach(slot, at: time)
            finish(slot, with: .canceled(chat, .visitor))
            dispatch(toward: agent, at: time)
            completeLogoutIfDone(agent, at: time)
        case .active, .wrapUp:
            throw .alreadyAccepted(chat)
        case .free, .guest:
            throw .unknownChat(chat)
        }
    }
}
