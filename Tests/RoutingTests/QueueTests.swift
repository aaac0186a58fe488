import Routing
import Testing

@Suite struct QueueTests {
    @Test func capacityIsNeverExceededAndQueuedChatsAreServedInArrivalOrder() throws {
        var harness = RouterHarness(agents: [([0], 2)])
        var chats: [ChatID] = []
        for time in 1...5 {
            let (chat, _) = harness.request(at: Double(time))
            chats.append(chat)
        }
        #expect(harness.router.load(of: AgentID(0)) == 2)
        #expect(harness.router.queueLength(of: ButtonID(0)) == 3)
        try harness.acceptOffered(chats[0], at: 5)
        try harness.acceptOffered(chats[1], at: 5)
        for (ended, next) in [(0, 2), (1, 3), (2, 4)] {
            if ended >= 2 { try harness.acceptOffered(chats[ended], at: 6) }
            let decisions = try harness.finish(chats[ended], at: 6)
            #expect(decisions.contains(.offered(chats[next], AgentID(0))), "the oldest waiting chat goes next")
            #expect(harness.router.load(of: AgentID(0)) == 2)
            #expect(harness.router.invariantViolations().isEmpty)
        }
    }

    @Test func queueOrderIsPriorityThenAge() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), priority: 2, autoAccept: true), .init(skill: SkillID(0), priority: 1, autoAccept: true)],
            agents: [([0], 1)])
        let (busy, _) = harness.request(0, at: 0)
        let (lowOld, _) = harness.request(0, at: 1)
        let (highNew, _) = harness.request(1, at: 2)
        let (highNewer, _) = harness.request(1, at: 3)
        var served: [ChatID] = []
        var current = busy
        for time in 4...6 {
            for case .offered(let chat, _) in try harness.finish(current, at: Double(time)) {
                served.append(chat)
                current = chat
            }
        }
        #expect(served == [highNew, highNewer, lowOld])
    }

    @Test func overallQueueLimitCancelsWithNoQueue() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), queueLimit: QueueLimit(overall: 2))], agents: [([0], 1)])
        _ = harness.request(at: 1)
        let (_, second) = harness.request(at: 2)
        let (_, third) = harness.request(at: 3)
        let (fourth, refused) = harness.request(at: 4)
        #expect(second.first?.eventType == .enqueue && third.first?.eventType == .enqueue)
        #expect(refused == [.canceled(fourth, .noQueue)])
        #expect(refused.first?.eventType == .cancelNoQueue)
    }

    @Test func perAgentQueueLimitScalesWithOnlineAgents() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), queueLimit: QueueLimit(perAgent: 1))], agents: [([0], 1), ([0], 1)])
        for time in 1...4 { _ = harness.request(at: Double(time)) }  // two pushed, two queued (1 per agent)
        let (refused, decisions) = harness.request(at: 5)
        #expect(decisions == [.canceled(refused, .noQueue)])
        #expect(harness.router.queueLength(of: ButtonID(0)) == 2)
        harness.router.setPresence(.away, of: AgentID(1), at: 6)
        _ = harness.drain()
        let (another, more) = harness.request(at: 7)
        #expect(more == [.canceled(another, .noQueue)], "one Online agent allows one waiting chat")
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
        try harness.router.cancelByVisitor(offered, at: 5)
        #expect(harness.drain() == [.canceled(offered, .visitor), .offered(later, AgentID(0))],
                "withdrawing the pending offer frees the agent for the next waiting chat")
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func commandsThatDoNotApplyAreRejectedWithoutChangingState() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let (chat, _) = harness.request(at: 1)
        #expect(throws: RoutingError.notActive(chat)) { try harness.router.endChat(chat, by: .agent, at: 2) }
        #expect(throws: RoutingError.notOffered(chat, AgentID(1))) { try harness.router.accept(chat, by: AgentID(1), at: 2) }
        try harness.acceptOffered(chat, at: 2)
        #expect(throws: RoutingError.alreadyAccepted(chat)) { try harness.acceptOffered(chat, at: 3) }
        #expect(throws: RoutingError.alreadyAccepted(chat)) { try harness.router.cancelByVisitor(chat, at: 3) }
        #expect(throws: RoutingError.notPending(chat)) { try harness.router.decline(chat, at: 3) }
        #expect(throws: RoutingError.notInWrapUp(chat)) { try harness.router.closeWork(chat, at: 3) }
        _ = try harness.finish(chat, at: 4)
        #expect(throws: RoutingError.unknownChat(chat)) { try harness.router.endChat(chat, by: .agent, at: 5) }
        #expect(harness.router.invariantViolations().isEmpty)
    }
}
