extension Router {
    /// The slot of an accepted chat whose conversation is going on.
    @inline(__always)
    func activeSlot(_ chat: ChatID) throws(RoutingError) -> Int32 {
        guard isLive(chat) else { throw .unknownChat(chat) }
        guard chats[Int(chat.index)].status == .active else { throw .notActive(chat) }
        return chat.index
    }

    /// Whether `agent` handles chat `slot` or is a guest in its conference.
    func isParticipant(_ agent: Int32, of slot: Int32) -> Bool {
        if chats[Int(slot)].agent == agent { return true }
        return guestSlot(of: agent, in: slot) != nil
    }

    /// The guest slot of `agent` in chat `slot`'s conference.
    @inline(__always)
    func guestSlot(of agent: Int32, in slot: Int32) -> Int32? {
        conferenceGuests[slot]?.first { chats[Int($0)].agent == agent }
    }

    /// Whether a one-agent request of chat `slot` can be shown to `agent`: Online and not in the chat.
    @inline(__always)
    func canReceive(_ agent: AgentID, for slot: Int32) -> Bool {
        let index = Int(agent.index)
        return index >= 0 && index < agents.count && agents[index].presence == .online
            && !isParticipant(agent.index, of: slot)
    }

    /// The Online agents holding `skill`, other than those in chat `slot`, in agent order.
    func onlineAgents(withSkill skill: SkillID, notIn slot: Int32) -> [Int32] {
        precondition(skill.index >= 0 && Int(skill.index) < skillMembers.count, "unknown \(skill)")
        return skillMembers[Int(skill.index)].filter {
            agents[Int($0)].presence == .online && !isParticipant($0, of: slot)
        }
    }

    /// Records a pending request of chat `slot` and shows it to its offerees.
    mutating func openHandoff(_ request: HandoffRequest, for slot: Int32) {
        handoffs[slot] = request
        for agent in request.offerees { decide(.handoffOffered(ChatID(slot), AgentID(Int(agent)), request.kind)) }
    }

    /// The pending request of `chat` of the given kind.
    @inline(__always)
    func pendingHandoff(of chat: ChatID, _ kind: HandoffKind) throws(RoutingError) -> HandoffRequest {
        guard isLive(chat), let request = handoffs[chat.index], request.kind == kind else { throw .noHandoff(chat) }
        return request
    }

    /// Agent `agent` accepts the chat's pending request of `kind`: the request is taken off the
    /// table and withdrawn from the others it was shown to.
    mutating func takeHandoff(of chat: ChatID, _ kind: HandoffKind, by agent: AgentID) throws(RoutingError) -> HandoffRequest {
        let request = try pendingHandoff(of: chat, kind)
        guard request.offerees.contains(agent.index) else { throw .notOfferedHandoff(chat, agent) }
        handoffs[chat.index] = nil
        for other in request.offerees where other != agent.index {
            decide(.handoffWithdrawn(chat, AgentID(Int(other)), kind))
        }
        return request
    }

    /// Agent `agent` declines the chat's pending request of `kind` (recorded by `decision`); the
    /// request ends once everyone it was shown to has declined.
    mutating func declineHandoff(of chat: ChatID, _ kind: HandoffKind, by agent: AgentID,
                                 recording decision: RoutingDecision) throws(RoutingError) {
        let request = try pendingHandoff(of: chat, kind)
        guard request.offerees.contains(agent.index) else { throw .notOfferedHandoff(chat, agent) }
        decide(decision)
        dropOfferee(agent.index, from: chat.index, outcome: .declined)
    }

    /// Ends chat `slot`'s pending request, if any, with `outcome`, withdrawing it from the agents
    /// it is still shown to.
    mutating func closeHandoff(of slot: Int32, _ outcome: HandoffOutcome) {
        guard let request = handoffs.removeValue(forKey: slot) else { return }
        transferMessages[slot] = nil
        for agent in request.offerees { decide(.handoffWithdrawn(ChatID(slot), AgentID(Int(agent)), request.kind)) }
        decide(Self.ending(of: request, chat: ChatID(slot), outcome))
    }

    /// One offeree answered no (declined): the request goes on with the others, or ends when
    /// nobody is left.
    mutating func dropOfferee(_ agent: Int32, from slot: Int32, outcome: HandoffOutcome) {
        guard var request = handoffs[slot] else { return }
        request.offerees.removeAll { $0 == agent }
        if request.offerees.isEmpty {
            handoffs[slot] = nil
            transferMessages[slot] = nil
            decide(Self.ending(of: request, chat: ChatID(slot), outcome))
        } else {
            handoffs[slot] = request
        }
    }

    static func ending(of request: HandoffRequest, chat: ChatID, _ outcome: HandoffOutcome) -> RoutingDecision {
        let requester = AgentID(Int(request.requester))
        if let target = request.transfer { return .transferEnded(chat, requester, target, outcome) }
        return .conferenceEnded(chat, requester, request.conference!, outcome)
    }

    /// An agent stopped being Online: the requests shown to it are withdrawn; a request left with
    /// nobody to answer it ends (`noAgent`).
    mutating func withdrawHandoffs(from agent: Int32) {
        guard !handoffs.isEmpty else { return }
        for slot in handoffs.keys.sorted() where handoffs[slot]!.offerees.contains(agent) {
            decide(.handoffWithdrawn(ChatID(slot), AgentID(Int(agent)), handoffs[slot]!.kind))
            dropOfferee(agent, from: slot, outcome: .noAgent)
        }
    }
}
