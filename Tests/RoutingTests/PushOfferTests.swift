import Routing
import Testing

@Suite struct PushOfferTests {
    @Test func autoAcceptAcceptsOffersAtOnce() throws {
        var harness = RouterHarness(buttons: [.init(skill: SkillID(0), autoAccept: true)], agents: [([0], 1)])
        let (chat, decisions) = harness.request(at: 1)
        #expect(decisions == [.offered(chat, AgentID(0)), .accepted(chat, AgentID(0))])
        #expect(decisions.map(\.eventType) == [.pushAssignment, .accept])
    }

    @Test func aDeclineReoffersTheChatToTheNextAgent() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1), ([0], 1)])
        let (chat, first) = harness.request(at: 1)
        #expect(first == [.offered(chat, AgentID(0))])
        try harness.router.decline(chat, at: 2)
        let decisions = harness.drain()
        #expect(decisions == [.declined(chat, AgentID(0), .manual), .offered(chat, AgentID(1))])
        #expect(decisions.map(\.eventType) == [.declineManual, .pushAssignment])
        #expect(harness.router.load(of: AgentID(0)) == 0)
        try harness.router.pushTimedOut(chat, at: 3)
        let timedOut = harness.drain()
        #expect(timedOut == [.declined(chat, AgentID(1), .timeout), .offered(chat, AgentID(2))])
        #expect(timedOut.first?.eventType == .declineTimeout)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func declinesCycleThroughTheAgentsWhenNoOtherHasRoom() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let (chat, _) = harness.request(at: 1)
        var offeredTo: [AgentID] = []
        for time in 2...5 {
            try harness.router.decline(chat, at: Double(time))
            for case .offered(_, let agent) in harness.drain() { offeredTo.append(agent) }
        }
        #expect(offeredTo == [AgentID(1), AgentID(0), AgentID(1), AgentID(0)])
    }

    @Test func theOnlyAgentGetsTheDeclinedChatAgain() throws {
        var harness = RouterHarness(agents: [([0], 1)])
        let (chat, _) = harness.request(at: 1)
        try harness.router.decline(chat, at: 2)
        #expect(harness.drain() == [.declined(chat, AgentID(0), .manual), .offered(chat, AgentID(0))])
    }

    @Test func rerouteAttemptsRunOutWithCancelNoAgent() throws {
        var harness = RouterHarness(buttons: [.init(skill: SkillID(0), rerouteAttempts: 2)], agents: [([0], 1), ([0], 1)])
        let (chat, _) = harness.request(at: 1)
        try harness.router.pushTimedOut(chat, at: 31)
        _ = harness.drain()
        try harness.router.pushTimedOut(chat, at: 61)
        #expect(harness.drain() == [.declined(chat, AgentID(1), .timeout), .canceled(chat, .noAgent)])
        #expect(harness.router.load(of: AgentID(0)) == 0 && harness.router.load(of: AgentID(1)) == 0)
    }

    @Test func declinedChatsKeepTheirPlaceAheadOfNewerOnes() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let (old, _) = harness.request(at: 1)     // agent 0
        let (busy, _) = harness.request(at: 2)    // agent 1
        try harness.acceptOffered(busy, at: 2)
        let (newer, _) = harness.request(at: 3)   // waits
        harness.router.setPresence(.away, of: AgentID(0), at: 4)
        try harness.router.decline(old, at: 5)    // no one has room: back in the queue, by its age
        #expect(harness.drain() == [.declined(old, AgentID(0), .manual), .enqueued(old, ButtonID(0))])
        let decisions = try harness.finish(busy, at: 6)
        #expect(decisions.contains(.offered(old, AgentID(1))), "the declined chat is older than the waiting one")
        #expect(!decisions.contains(.offered(newer, AgentID(1))))
    }

    @Test func agentsCanBeSetAwayOnDeclineOrTimeout() throws {
        let configuration = RouterConfiguration(
            skillCount: 1, buttons: [.init(skill: SkillID(0))],
            agents: [.init(heldSkills: [.init(SkillID(0))], capacity: 1, awayOnDecline: true),
                     .init(heldSkills: [.init(SkillID(0))], capacity: 1, awayOnTimeout: true),
                     .init(heldSkills: [.init(SkillID(0))], capacity: 1)])
        var harness = RouterHarness(configuration: configuration)
        let (chat, _) = harness.request(at: 1)
        try harness.router.decline(chat, at: 2)
        #expect(harness.drain() == [.declined(chat, AgentID(0), .manual), .presenceChanged(AgentID(0), .away),
                                    .offered(chat, AgentID(1))])
        try harness.router.pushTimedOut(chat, at: 3)
        #expect(harness.drain() == [.declined(chat, AgentID(1), .timeout), .presenceChanged(AgentID(1), .away),
                                    .offered(chat, AgentID(2))])
        try harness.router.decline(chat, at: 4)
        #expect(harness.drain() == [.declined(chat, AgentID(2), .manual), .offered(chat, AgentID(2))],
                "agent 2 is not set Away and is the only one Online")
        #expect(harness.router.presence(of: AgentID(0)) == .away)
        #expect(harness.router.invariantViolations().isEmpty)
    }
}
