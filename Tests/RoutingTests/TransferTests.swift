import Routing
import Testing

/// Transfer to Agent, to Skill and to Button, rule by rule.
@Suite struct TransferTests {
    /// A chat pushed to and accepted by `agent` (every other agent being busy or the first free).
    func acceptedChat(_ harness: inout RouterHarness, button: Int = 0, at time: Double) throws -> ChatID {
        let (chat, _) = harness.request(button, at: time)
        try harness.acceptOffered(chat, at: time)
        _ = harness.drain()
        return chat
    }

    @Test func aTransferToAnAgentMayExceedItsCapacityAndFreesTheFirstAgent() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)        // agent 0
        let other = try acceptedChat(&harness, at: 2)       // agent 1, now full
        let (waiting, _) = harness.request(at: 3)           // queued: nobody has room
        try harness.router.requestTransfer(chat, to: .agent(AgentID(1)), at: 4)
        let requested = harness.drain()
        #expect(requested == [.transferRequested(chat, AgentID(0), .agent(AgentID(1))),
                              .handoffOffered(chat, AgentID(1), .transfer)])
        #expect(requested.compactMap(\.eventType) == [.transferRequest])
        try harness.router.acceptTransfer(chat, by: AgentID(1), at: 5)
        let moved = harness.drain()
        #expect(moved == [.transferred(chat, from: AgentID(0), to: AgentID(1), .agent(AgentID(1)), exceededCapacity: true),
                          .offered(waiting, AgentID(0))], "agent 0's freed room goes to the waiting chat")
        #expect(moved.first?.eventType == .transfer)
        #expect(harness.router.heldChats(of: AgentID(1)) == 2 && harness.router.agent(of: chat) == AgentID(1))
        #expect(harness.router.participants(of: other) == [AgentID(1)])
        #expect(harness.router.invariantViolations().isEmpty, "over capacity only by a transfer")
    }

    @Test func aDeclinedTransferLeavesTheChatWithItsAgentWhoMayTryAgain() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestTransfer(chat, to: .agent(AgentID(1)), at: 2)
        _ = harness.drain()
        #expect(throws: RoutingError.handoffPending(chat)) {
            try harness.router.requestTransfer(chat, to: .agent(AgentID(2)), at: 2)
        }
        try harness.router.declineTransfer(chat, by: AgentID(1), at: 3)
        let declined = harness.drain()
        #expect(declined == [.transferDeclined(chat, AgentID(1)),
                             .transferEnded(chat, AgentID(0), .agent(AgentID(1)), .declined)])
        #expect(declined.compactMap(\.eventType) == [.transferDeclined])
        #expect(harness.router.agent(of: chat) == AgentID(0))
        try harness.router.requestTransfer(chat, to: .agent(AgentID(2)), at: 4)
        try harness.router.transferTimedOut(chat, at: 34)
        let timedOut = harness.drain().suffix(2)
        #expect(Array(timedOut) == [.handoffWithdrawn(chat, AgentID(2), .transfer),
                                    .transferEnded(chat, AgentID(0), .agent(AgentID(2)), .timedOut)])
        #expect(timedOut.last?.eventType == .transferDeclined)
        try harness.router.requestTransfer(chat, to: .agent(AgentID(1)), at: 40)
        try harness.router.cancelTransfer(chat, at: 41)
        #expect(harness.drain().last?.eventType == .transferCancelled)
        #expect(harness.router.agent(of: chat) == AgentID(0) && harness.router.invariantViolations().isEmpty)
    }

    @Test func onlyAnOnlineAgentOutsideTheChatCanBeAsked() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        harness.router.setPresence(.away, of: AgentID(1), at: 2)
        #expect(throws: RoutingError.targetUnavailable(AgentID(1))) {
            try harness.router.requestTransfer(chat, to: .agent(AgentID(1)), at: 3)
        }
        #expect(throws: RoutingError.targetUnavailable(AgentID(0))) {
            try harness.router.requestTransfer(chat, to: .agent(AgentID(0)), at: 3)
        }
        let (queued, _) = harness.request(at: 4)
        #expect(throws: RoutingError.notActive(queued)) {
            try harness.router.requestTransfer(queued, to: .agent(AgentID(1)), at: 4)
        }
    }

    @Test func aTransferToASkillIsShownToEveryOnlineHolderAndTheFirstToAcceptTakesIt() throws {
        // Agents 1 and 2 hold skill 1 (agent 2 is full); agent 3 holds it but is Away.
        var harness = RouterHarness(skillCount: 2, buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1))],
                                    agents: [([0], 1), ([1], 1), ([1], 1), ([1], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        _ = try acceptedChat(&harness, button: 1, at: 1)    // agent 1
        harness.router.setPresence(.away, of: AgentID(3), at: 1)
        _ = harness.drain()
        try harness.router.requestTransfer(chat, to: .skill(SkillID(1)), at: 2)
        #expect(harness.drain() == [.transferRequested(chat, AgentID(0), .skill(SkillID(1))),
                                    .handoffOffered(chat, AgentID(1), .transfer),
                                    .handoffOffered(chat, AgentID(2), .transfer)])
        #expect(harness.router.handoffOfferees(of: chat) == [AgentID(1), AgentID(2)])
        try harness.router.acceptTransfer(chat, by: AgentID(1), at: 3)
        let moved = harness.drain()
        #expect(moved == [.handoffWithdrawn(chat, AgentID(2), .transfer),
                          .transferred(chat, from: AgentID(0), to: AgentID(1), .skill(SkillID(1)), exceededCapacity: true)])
        #expect(moved.compactMap(\.eventType) == [.transferredToSbrSkill])
        #expect(throws: RoutingError.noHandoff(chat)) { try harness.router.acceptTransfer(chat, by: AgentID(2), at: 4) }
    }

    @Test func aSkillWithNobodyOnlineFailsAtOnce() throws {
        var harness = RouterHarness(skillCount: 2, agents: [([0], 1), ([1], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        harness.router.setPresence(.offline, of: AgentID(1), at: 1)
        _ = harness.drain()
        try harness.router.requestTransfer(chat, to: .skill(SkillID(1)), at: 2)
        let failed = harness.drain()
        #expect(failed.last == .transferEnded(chat, AgentID(0), .skill(SkillID(1)), .noAgent))
        #expect(failed.last?.eventType == .transferredToSbrSkillFailed)
    }

    @Test func aTransferToAButtonQueuesByOriginalAgeAndRespectsCapacity() throws {
        // Agent 0 serves button 0; agent 1 serves button 1 and is busy.
        var harness = RouterHarness(skillCount: 2, buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1))],
                                    agents: [([0], 1), ([1], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        let busy = try acceptedChat(&harness, button: 1, at: 2)
        let (newer, _) = harness.request(1, at: 3)          // waits on button 1
        try harness.router.requestTransfer(chat, to: .button(ButtonID(1)), at: 4)
        let moved = harness.drain()
        #expect(moved == [.transferRequested(chat, AgentID(0), .button(ButtonID(1))), .enqueued(chat, ButtonID(1))])
        #expect(moved.first?.eventType == .transferredToButton)
        #expect(harness.router.heldChats(of: AgentID(0)) == 0 && harness.router.heldChats(of: AgentID(1)) == 1,
                "the chat left its agent and waits rather than exceed agent 1's capacity")
        _ = try harness.finish(busy, at: 5)
        let resumed = harness.router.agent(of: chat)
        #expect(resumed == AgentID(1), "requested at 1, the transferred chat goes ahead of the one requested at 3")
        #expect(harness.router.isQueued(newer))
        try harness.router.accept(chat, by: AgentID(1), at: 6)
        let taken = harness.drain()
        #expect(taken == [.transferred(chat, from: AgentID(0), to: AgentID(1), .button(ButtonID(1)), exceededCapacity: false)])
        #expect(taken.first?.eventType == .chatResumedAfterTransfer)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func aTransferToAButtonAvoidsTheAgentItLeftWhileAnotherHasRoom() throws {
        // Most Available: agent 0 (capacity 3) has the most room, before and after the transfer.
        var harness = RouterHarness(buttons: [.init(skill: SkillID(0), model: .mostAvailable)], agents: [([0], 3), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        #expect(harness.router.agent(of: chat) == AgentID(0))
        try harness.router.requestTransfer(chat, to: .button(ButtonID(0)), at: 2)
        #expect(harness.drain().last == .offered(chat, AgentID(1)))
    }

    @Test func aButtonThatCannotTakeTheChatFailsAndTheAgentKeepsIt() throws {
        var harness = RouterHarness(skillCount: 2,
                                    buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1), queueLimit: QueueLimit(overall: 0))],
                                    agents: [([0], 1), ([1], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        _ = try acceptedChat(&harness, button: 1, at: 1)
        try harness.router.requestTransfer(chat, to: .button(ButtonID(1)), at: 2)
        let full = harness.drain()
        #expect(full.last == .transferEnded(chat, AgentID(0), .button(ButtonID(1)), .noQueue))
        #expect(full.last?.eventType == .transferredToButtonFailed)
        harness.router.setPresence(.offline, of: AgentID(1), at: 3, endingChats: true)
        _ = harness.drain()
        try harness.router.requestTransfer(chat, to: .button(ButtonID(1)), at: 4)
        #expect(harness.drain().last == .transferEnded(chat, AgentID(0), .button(ButtonID(1)), .noAgent))
        #expect(harness.router.agent(of: chat) == AgentID(0) && harness.router.invariantViolations().isEmpty)
    }

    @Test func anOffereeLeavingWithdrawsItsRequestAndAnEndedChatCancelsIt() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1), ([0], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestTransfer(chat, to: .skill(SkillID(0)), at: 2)
        _ = harness.drain()
        harness.router.setPresence(.away, of: AgentID(1), at: 3)
        #expect(harness.drain() == [.handoffWithdrawn(chat, AgentID(1), .transfer)])
        harness.router.setPresence(.offline, of: AgentID(2), at: 4)
        #expect(harness.drain() == [.handoffWithdrawn(chat, AgentID(2), .transfer),
                                    .transferEnded(chat, AgentID(0), .skill(SkillID(0)), .noAgent)])
        harness.router.setPresence(.online, of: AgentID(2), at: 5)
        try harness.router.requestTransfer(chat, to: .agent(AgentID(2)), at: 6)
        _ = harness.drain()
        try harness.router.endChat(chat, by: .visitor, at: 7)
        #expect(harness.drain().prefix(2) == [.handoffWithdrawn(chat, AgentID(2), .transfer),
                                              .transferEnded(chat, AgentID(0), .agent(AgentID(2)), .canceled)])
    }

    @Test func aMessageTravelsWithTheRequestUntilItEnds() throws {
        var harness = RouterHarness(skillCount: 2, buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1))],
                                    agents: [([0], 1), ([0], 1), ([1], 1)])
        let chat = try acceptedChat(&harness, at: 1)
        try harness.router.requestTransfer(chat, to: .agent(AgentID(1)), message: "refund for order 1234", at: 2)
        #expect(harness.router.transferMessage(of: chat) == "refund for order 1234")
        try harness.router.acceptTransfer(chat, by: AgentID(1), at: 3)
        #expect(harness.router.transferMessage(of: chat) == nil)
        _ = try acceptedChat(&harness, button: 1, at: 4)    // agent 2 busy: the next transfer waits in its queue
        try harness.router.requestTransfer(chat, to: .button(ButtonID(1)), message: "billing question", at: 5)
        #expect(harness.router.isQueued(chat) && harness.router.transferMessage(of: chat) == "billing question")
        let other = try acceptedChat(&harness, at: 6)       // agent 0
        harness.router.setPresence(.away, of: AgentID(1), at: 6)
        try harness.router.requestTransfer(other, to: .skill(SkillID(0)), message: "nobody will read this", at: 6)
        #expect(harness.drain().last?.eventType == .transferredToSbrSkillFailed)
        #expect(harness.router.transferMessage(of: other) == nil)
        try harness.router.cancelByVisitor(chat, at: 7)
        #expect(harness.router.transferMessage(of: chat) == nil)
    }
}
