import Routing
import Testing

@Test func capacityIsNeverExceededAndQueuedChatsAreServedInArrivalOrder() throws {
    var harness = RouterHarness(agents: [([0], 2)])
    var chats: [ChatID] = []
    for time in 1...5 {
        let (chat, _) = harness.request(at: Double(time))
        chats.append(chat)
    }
    #expect(harness.router.load(of: AgentID(0)) == 2)
    #expect(harness.router.queueLength(of: ButtonID(0)) == 3)
    try harness.router.accept(chats[0], at: 5)
    try harness.router.accept(chats[1], at: 5)
    _ = harness.drain()
    // Each ended chat lets the oldest waiting one in.
    for (ended, next) in [(0, 2), (1, 3), (2, 4)] {
        if ended >= 2 { try harness.router.accept(chats[ended], at: 6) }
        try harness.router.endChat(chats[ended], by: .visitor, at: 6)
        let decisions = harness.drain()
        #expect(decisions.contains(.offered(chats[next], AgentID(0))))
        #expect(harness.router.load(of: AgentID(0)) == 2)
        #expect(harness.router.invariantViolations().isEmpty)
    }
}

@Test func queueOrderIsPriorityThenAge() throws {
    var harness = RouterHarness(
        buttons: [.init(skill: SkillID(0), priority: 2), .init(skill: SkillID(0), priority: 1)],
        agents: [([0], 1)])
    let (busy, _) = harness.request(0, at: 0)
    try harness.router.accept(busy, at: 0)
    let (lowOld, _) = harness.request(0, at: 1)
    let (highNew, _) = harness.request(1, at: 2)
    let (highNewer, _) = harness.request(1, at: 3)
    _ = harness.drain()
    var served: [ChatID] = []
    var current = busy
    for time in 4...6 {
        try harness.router.endChat(current, by: .agent, at: Double(time))
        for case .offered(let chat, _) in harness.drain() {
            served.append(chat)
            current = chat
            try harness.router.accept(chat, at: Double(time))
        }
        _ = harness.drain()
    }
    #expect(served == [highNew, highNewer, lowOld])
}

@Test func awayAgentsKeepTheirChatsButReceiveNothing() throws {
    var harness = RouterHarness(agents: [([0], 2), ([0], 2)])
    let (chat, decisions) = harness.request(at: 1)
    #expect(decisions.contains(.offered(chat, AgentID(0))))
    harness.router.setPresence(.away, of: AgentID(0), at: 2)
    for time in 3...4 { #expect(harness.pushedAgent(at: Double(time)) == 1) }
    #expect(harness.pushedAgent(at: 5) == nil, "agent 0 is Away, agent 1 is full: the chat waits")
    #expect(harness.router.agent(of: chat) == AgentID(0))
    #expect(harness.router.load(of: AgentID(0)) == 1)
    // Back Online: the waiting chat is pushed at once.
    harness.router.setPresence(.online, of: AgentID(0), at: 6)
    let back = harness.drain()
    #expect(back.count == 1)
    if case .offered(_, let agent) = back.first { #expect(agent == AgentID(0)) } else { Issue.record("no offer") }
    #expect(harness.router.invariantViolations().isEmpty)
}

@Test func requestsWithNoQualifiedAgentOnlineAreCanceled() throws {
    var harness = RouterHarness(skillCount: 2, buttons: [.init(skill: SkillID(1))], agents: [([0], 1), ([1], 1)], online: false)
    let (first, decisions) = harness.request(at: 1)
    #expect(decisions == [.canceled(first, .noAgent)])
    #expect(decisions.first?.eventType == .cancelNoAgent)
    harness.router.setPresence(.online, of: AgentID(0), at: 2)
    let (second, more) = harness.request(at: 3)
    #expect(more == [.canceled(second, .noAgent)], "agent 0 is Online but lacks the skill")
    harness.router.setPresence(.online, of: AgentID(1), at: 4)
    harness.router.setPresence(.away, of: AgentID(1), at: 5)
    let (third, away) = harness.request(at: 6)
    #expect(away == [.canceled(third, .noAgent)], "an Away agent does not receive chats")
}

@Test func visitorCancelsWhileQueuedOrWhileOffered() throws {
    var harness = RouterHarness(agents: [([0], 1)])
    let (offered, _) = harness.request(at: 1)
    let (queued, queuedDecisions) = harness.request(at: 2)
    let (later, _) = harness.request(at: 3)
    #expect(queuedDecisions == [.enqueued(queued, ButtonID(0))])
    try harness.router.cancelByVisitor(queued, at: 4)
    #expect(harness.drain() == [.canceled(queued, .visitor)])
    #expect(harness.router.queueLength(of: ButtonID(0)) == 1)
    // Withdrawing the pending offer frees the agent for the next waiting chat.
    try harness.router.cancelByVisitor(offered, at: 5)
    #expect(harness.drain() == [.canceled(offered, .visitor), .offered(later, AgentID(0))])
    #expect(harness.router.invariantViolations().isEmpty)
}

@Test func autoAcceptAcceptsOffersAtOnce() throws {
    var harness = RouterHarness(buttons: [.init(skill: SkillID(0), autoAccept: true)], agents: [([0], 1)])
    let (chat, decisions) = harness.request(at: 1)
    #expect(decisions == [.offered(chat, AgentID(0)), .accepted(chat, AgentID(0))])
    #expect(decisions.map(\.eventType) == [.pushAssignment, .accept])
}

@Test func commandsThatDoNotApplyAreRejectedWithoutChangingState() throws {
    var harness = RouterHarness(agents: [([0], 1)])
    let (chat, _) = harness.request(at: 1)
    #expect(throws: RoutingError.notActive(chat)) { try harness.router.endChat(chat, by: .agent, at: 2) }
    try harness.router.accept(chat, at: 2)
    #expect(throws: RoutingError.notOffered(chat)) { try harness.router.accept(chat, at: 3) }
    #expect(throws: RoutingError.alreadyAccepted(chat)) { try harness.router.cancelByVisitor(chat, at: 3) }
    try harness.router.endChat(chat, by: .agent, at: 4)
    #expect(throws: RoutingError.unknownChat(chat)) { try harness.router.endChat(chat, by: .agent, at: 5) }
    #expect(harness.router.invariantViolations().isEmpty)
}
