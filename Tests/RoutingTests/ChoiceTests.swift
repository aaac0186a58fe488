import Routing
import Testing

@Suite struct ChoiceTests {
    func choiceHarness(agents: [(skills: [Int], capacity: Int)]) -> RouterHarness {
        RouterHarness(buttons: [.init(skill: SkillID(0), model: .choice)], agents: agents)
    }

    @Test func aChoiceRequestIsShownToEveryQualifiedAgentWithRoom() throws {
        var harness = RouterHarness(
            skillCount: 2, buttons: [.init(skill: SkillID(0), model: .choice)],
            agents: [([0], 1), ([1], 1), ([0], 2), ([0], 1)])
        harness.router.setPresence(.away, of: AgentID(3), at: 0)
        _ = harness.drain()
        let (chat, decisions) = harness.request(at: 1)
        #expect(decisions == [.enqueued(chat, ButtonID(0)), .choiceOffered(chat, AgentID(0)), .choiceOffered(chat, AgentID(2))])
        #expect(decisions[1].eventType == .choiceRoute)
        #expect(harness.router.load(of: AgentID(0)) == 0, "showing a request takes no capacity")
    }

    @Test func theFirstAcceptanceWinsAndTheOthersAreWithdrawn() throws {
        var harness = choiceHarness(agents: [([0], 2), ([0], 2), ([0], 2)])
        let (chat, _) = harness.request(at: 1)
        try harness.router.accept(chat, by: AgentID(1), at: 2)
        #expect(harness.drain() == [.choiceWithdrawn(chat, AgentID(0)), .choiceWithdrawn(chat, AgentID(2)),
                                    .accepted(chat, AgentID(1))])
        #expect(harness.router.load(of: AgentID(1)) == 1)
        #expect(throws: RoutingError.alreadyAccepted(chat)) { try harness.router.accept(chat, by: AgentID(0), at: 3) }
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func agentsWithoutRoomStopSeeingRequestsAndSeeThemAgainWhenFree() throws {
        var harness = choiceHarness(agents: [([0], 1), ([0], 1)])
        let (first, _) = harness.request(at: 1)
        let (second, _) = harness.request(at: 2)
        try harness.router.accept(first, by: AgentID(0), at: 3)
        let decisions = harness.drain()
        #expect(decisions.contains(.choiceWithdrawn(second, AgentID(0))), "agent 0 is full now")
        #expect(throws: RoutingError.notOffered(second, AgentID(0))) { try harness.router.accept(second, by: AgentID(0), at: 4) }
        let freed = try harness.finish(first, at: 5)
        #expect(freed.contains(.choiceOffered(second, AgentID(0))))
        try harness.router.cancelByVisitor(second, at: 6)
        #expect(harness.drain() == [.choiceWithdrawn(second, AgentID(0)), .choiceWithdrawn(second, AgentID(1)),
                                    .canceled(second, .visitor)])
    }

    @Test func agentsComingOnlineSeeTheWaitingRequests() throws {
        var harness = choiceHarness(agents: [([0], 1), ([0], 1)])
        harness.router.setPresence(.away, of: AgentID(1), at: 0)
        _ = harness.drain()
        let (chat, _) = harness.request(at: 1)
        harness.router.setPresence(.online, of: AgentID(1), at: 2)
        #expect(harness.drain() == [.choiceOffered(chat, AgentID(1))])
        harness.router.setPresence(.away, of: AgentID(0), at: 3)
        #expect(harness.drain() == [.choiceWithdrawn(chat, AgentID(0))])
    }
}
