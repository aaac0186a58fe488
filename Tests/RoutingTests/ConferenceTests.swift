import Routing
import Testing

/// Conference invitations, joining and leaving, and blocking a visitor during a chat.
@Suite struct ConferenceTests {
    func acceptedChat(_ harness: inout RouterHarness, at time: Double) throws -> ChatID {
        let (chat, _) = harness.request(at: time)
        try harness.acceptOffered(chat, at: time)
        _ = harness.drain()
        return chat
    }

    @Test func aJoiningAgentTakesASlotOfItsCapacityBeyondItIfNeedBe() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)        // agent 0
        _ = try acceptedChat(&harness, at: 2)               // agent 1, full
        try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 3)
        let invited = harness.drain()
        #expect(invited == [.conferenceRequested(chat, AgentID(0), .agent(AgentID(1))),
                            .handoffOffered(chat, AgentID(1), .conference)])
        #expect(invited.compactMap(\.eventType) == [.conferenceRequest])
        try harness.router.acceptConference(chat, by: AgentID(1), at: 4)
        let joined = harness.drain()
        #expect(joined == [.joinedConference(chat, AgentID(1), exceededCapacity: true)])
        #expect(joined.first?.eventType == .operatorJoinedConference)
        #expect(harness.router.participants(of: chat) == [AgentID(0), AgentID(1)])
        #expect(harness.router.heldChats(of: AgentID(1)) == 2 && harness.router.load(of: AgentID(1)) == 2)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func aSkillInvitationGoesToTheFirstToAcceptOneRequestAtATime() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2), ([0], 2)])
        let chat = try acceptedChat(&harness, at: 1)        // agent 0
        try harness.router.requestConference(chat, to: .skill(SkillID(0)), at: 2)
        #expect(harness.drain().dropFirst() == [.handoffOffered(chat, AgentID(1), .conference),
                                                .handoffOffered(chat, AgentID(2), .conference)],
                "shown to every Online holder of the skill but the agent already in the chat")
        #expect(throws: RoutingError.handoffPending(chat)) {
            try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 2)
        }
        try harness.router.declineConference(chat, by: AgentID(1), at: 3)
        #expect(harness.drain() == [.conferenceDeclined(chat, AgentID(1))])
        try harness.router.acceptConference(chat, by: AgentID(2), at: 4)
        #expect(harness.drain() == [.joinedConference(chat, AgentID(2), exceededCapacity: false)])
        // The next invitation skips both agents now in the chat.
        try harness.router.requestConference(chat, to: .skill(SkillID(0)), at: 5)
        #expect(harness.drain().dropFirst() == [.handoffOffered(chat, AgentID(1), .conference)])
        try harness.router.conferenceTimedOut(chat, at: 35)
        let timedOut = harness.drain()
        #expect(timedOut == [.handoffWithdrawn(chat, AgentID(1), .conference),
                             .conferenceEnded(chat, AgentID(0), .skill(SkillID(0)), .timedOut)])
        #expect(timedOut.last?.eventType == .conferenceDeclined)
        #expect(throws: RoutingError.targetUnavailable(AgentID(2))) {
            try harness.router.requestConference(chat, to: .agent(AgentID(2)), at: 36)
        }
        try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 37)
        try harness.router.cancelConference(chat, at: 38)
        #expect(harness.drain().last?.eventType == .conferenceCanceled)
    }

    @Test func aGuestLeavingFreesItsSlotForWaitingChats() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 2)
        try harness.router.acceptConference(chat, by: AgentID(1), at: 3)
        let (waiting, _) = harness.request(at: 4)
        #expect(harness.router.isQueued(waiting), "agent 1's slot is taken by the conference")
        try harness.router.leaveConference(chat, by: AgentID(1), at: 5)
        let left = harness.drain()
        #expect(left == [.leftConference(chat, AgentID(1)), .offered(waiting, AgentID(1))])
        #expect(left.first?.eventType == .operatorLeftConference)
        #expect(harness.router.participants(of: chat) == [AgentID(0)])
        #expect(throws: RoutingError.lastParticipant(chat, AgentID(0))) {
            try harness.router.leaveConference(chat, by: AgentID(0), at: 6)
        }
        #expect(throws: RoutingError.notAParticipant(chat, AgentID(1))) {
            try harness.router.leaveConference(chat, by: AgentID(1), at: 6)
        }
    }

    @Test func whenTheChatsAgentLeavesTheLongestAttendingGuestTakesItOver() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2), ([0], 2)])
        let chat = try acceptedChat(&harness, at: 1)
        for (time, agent) in [(2.0, 2), (3.0, 1)] {
            try harness.router.requestConference(chat, to: .agent(AgentID(agent)), at: time)
            try harness.router.acceptConference(chat, by: AgentID(agent), at: time)
        }
        #expect(harness.router.participants(of: chat) == [AgentID(0), AgentID(2), AgentID(1)])
        _ = harness.drain()
        try harness.router.leaveConference(chat, by: AgentID(0), at: 4)
        #expect(harness.drain() == [.leftConference(chat, AgentID(0))])
        #expect(harness.router.participants(of: chat) == [AgentID(2), AgentID(1)])
        #expect(harness.router.agent(of: chat) == AgentID(2) && harness.router.heldChats(of: AgentID(0)) == 0)
        #expect(harness.router.heldChats(of: AgentID(2)) == 1, "its guest share became the chat itself")
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func endingTheChatEndsItForEveryAgentAndTransfersWaitForTheConferenceToEnd() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 2)
        try harness.router.acceptConference(chat, by: AgentID(1), at: 3)
        _ = harness.drain()
        #expect(throws: RoutingError.conferenceInProgress(chat)) {
            try harness.router.requestTransfer(chat, to: .button(ButtonID(0)), at: 4)
        }
        try harness.router.endChat(chat, by: .visitor, at: 5, closingWork: true)
        #expect(harness.drain() == [.leftConference(chat, AgentID(1)), .ended(chat, AgentID(0), .visitor),
                                    .workClosed(chat, AgentID(0))])
        #expect(harness.router.heldChats(of: AgentID(0)) == 0 && harness.router.heldChats(of: AgentID(1)) == 0)
    }

    @Test func agentsLoggingOutLeaveConferencesWhichGoOn() throws {
        var harness = RouterHarness(agents: [([0], 2), ([0], 2), ([0], 2)])
        let chat = try acceptedChat(&harness, at: 1)
        for agent in [1, 2] {
            try harness.router.requestConference(chat, to: .agent(AgentID(agent)), at: 2)
            try harness.router.acceptConference(chat, by: AgentID(agent), at: 2)
        }
        _ = harness.drain()
        harness.router.setPresence(.offline, of: AgentID(2), at: 3, endingChats: true)
        #expect(harness.drain() == [.leftConference(chat, AgentID(2))])
        harness.router.setPresence(.offline, of: AgentID(0), at: 4, endingChats: true)
        #expect(harness.drain() == [.leftConference(chat, AgentID(0))])
        #expect(harness.router.participants(of: chat) == [AgentID(1)])
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func blockingEndsTheConferenceForEveryoneAndRefusesTheVisitorsNextRequest() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestConference(chat, to: .agent(AgentID(1)), at: 2)
        try harness.router.acceptConference(chat, by: AgentID(1), at: 3)
        _ = harness.drain()
        let visitor = try #require(IPAddress("198.51.100.23"))
        try harness.router.blockVisitor(of: chat, by: AgentID(1), adding: BlockingRule(blocking: visitor), at: 4)
        let blocked = harness.drain()
        #expect(blocked == [.visitorBlocked(chat, AgentID(1)), .leftConference(chat, AgentID(1)),
                            .ended(chat, AgentID(0), .agent)])
        #expect(blocked.compactMap(\.eventType) == [.agentBlocked, .operatorLeftConference, .endAgent])
        let (again, refused) = harness.request(from: visitor, at: 5)
        #expect(refused == [.canceled(again, .blocked)])
        let (other, _) = harness.request(from: IPAddress("198.51.100.24"), at: 6)
        #expect(harness.router.agent(of: other) == AgentID(1), "only the blocked address is refused")
    }
}
