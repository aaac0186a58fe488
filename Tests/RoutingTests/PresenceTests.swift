import Routing
import Testing

@Suite struct PresenceTests {
    @Test func awayAgentsKeepTheirChatsButReceiveNothing() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2)])
        let (chat, decisions) = harness.request(at: 1)
        #expect(decisions.contains(.offered(chat, AgentID(0))))
        harness.router.setPresence(.away, of: AgentID(0), at: 2)
        for time in 3...4 { #expect(harness.pushedAgent(at: Double(time)) == 1) }
        #expect(harness.pushedAgent(at: 5) == nil, "agent 0 is Away, agent 1 is full: the chat waits")
        #expect(harness.router.agent(of: chat) == AgentID(0))
        harness.router.setPresence(.online, of: AgentID(0), at: 6)
        let back = harness.drain()
        #expect(back.count == 1)
        if case .offered(_, let agent) = back.first { #expect(agent == AgentID(0)) } else { Issue.record("no offer") }
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func requestsWithNoQualifiedAgentLoggedInAreCanceled() throws {
        var harness = RouterHarness(skillCount: 2, buttons: [.init(skill: SkillID(1))], agents: [([0], 1), ([1], 1)], online: false)
        let (first, decisions) = harness.request(at: 1)
        #expect(decisions == [.canceled(first, .noAgent)])
        #expect(decisions.first?.eventType == .cancelNoAgent)
        harness.router.setPresence(.online, of: AgentID(0), at: 2)
        let (second, more) = harness.request(at: 3)
        #expect(more == [.canceled(second, .noAgent)], "agent 0 is logged in but lacks the skill")
        harness.router.setPresence(.online, of: AgentID(1), at: 4)
        harness.router.setPresence(.away, of: AgentID(1), at: 5)
        let (third, away) = harness.request(at: 6)
        #expect(away == [.enqueued(third, ButtonID(0))], "an Away agent is logged in: the chat waits for it")
        harness.router.setPresence(.offline, of: AgentID(1), at: 7)
        #expect(harness.drain() == [.canceled(third, .noAgent)], "the last qualified agent logged out")
    }

    @Test func loggingOutDrainsChatsThenGoesOffline() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2)])
        let (first, _) = harness.request(at: 1)   // agent 0
        let (second, _) = harness.request(at: 2)  // agent 1
        try harness.acceptOffered(first, at: 2)
        try harness.acceptOffered(second, at: 2)
        _ = harness.drain()
        harness.router.setPresence(.offline, of: AgentID(0), at: 3)
        #expect(harness.drain().isEmpty)
        #expect(harness.router.presence(of: AgentID(0)) == .away)
        #expect(harness.router.isLoggingOut(AgentID(0)))
        #expect(harness.pushedAgent(at: 4) == 1, "a logging-out agent receives nothing")
        let decisions = try harness.finish(first, at: 5)
        #expect(decisions == [.ended(first, AgentID(0), .agent), .workClosed(first, AgentID(0)),
                              .presenceChanged(AgentID(0), .offline)])
        #expect(harness.router.presence(of: AgentID(0)) == .offline)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func loggingOutEndingChatsEndsThemAndReroutesPendingOffers() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2)])
        let (active, _) = harness.request(at: 1)  // agent 0
        _ = harness.request(at: 2)                // agent 1
        let (pending, _) = harness.request(at: 3) // agent 0, not yet accepted
        try harness.acceptOffered(active, at: 3)
        harness.router.setPresence(.offline, of: AgentID(0), at: 4, endingChats: true)
        let decisions = harness.drain()
        #expect(decisions.contains(.ended(active, AgentID(0), .agent)))
        #expect(decisions.contains(.workClosed(active, AgentID(0))))
        #expect(decisions.contains(.withdrawn(pending, AgentID(0))))
        #expect(decisions.contains(.offered(pending, AgentID(1))))
        #expect(decisions.first(where: { if case .withdrawn = $0 { true } else { false } })?.eventType == .unassigned)
        #expect(harness.router.presence(of: AgentID(0)) == .offline)
        #expect(harness.router.load(of: AgentID(0)) == 0)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func comingBackOnlineCancelsALogout() throws {
        var harness = RouterHarness(agents: [([0], 1)])
        let (chat, _) = harness.request(at: 1)
        try harness.acceptOffered(chat, at: 1)
        harness.router.setPresence(.offline, of: AgentID(0), at: 2)
        harness.router.setPresence(.online, of: AgentID(0), at: 3)
        let decisions = try harness.finish(chat, at: 4)
        #expect(!decisions.contains(.presenceChanged(AgentID(0), .offline)))
        #expect(harness.router.presence(of: AgentID(0)) == .online)
    }
}
