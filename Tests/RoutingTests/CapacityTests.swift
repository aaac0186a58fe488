import Routing
import Testing

@Suite struct CapacityTests {
    @Test func tabBasedCapacityIsHeldThroughAfterChatWork() throws {
        var harness = RouterHarness(agents: [([0], 1)])
        let (chat, _) = harness.request(at: 1)
        try harness.acceptOffered(chat, at: 1)
        let (waiting, _) = harness.request(at: 2)
        try harness.router.endChat(chat, by: .visitor, at: 3)
        #expect(harness.drain() == [.ended(chat, AgentID(0), .visitor)])
        #expect(harness.router.load(of: AgentID(0)) == 1, "after-chat work still holds the slot")
        try harness.router.closeWork(chat, at: 4)
        #expect(harness.drain() == [.workClosed(chat, AgentID(0)), .offered(waiting, AgentID(0))])
    }

    @Test func statusBasedCapacityIsReleasedWhenTheChatEnds() throws {
        var harness = RouterHarness(buttons: [.init(skill: SkillID(0), capacityModel: .statusBased)], agents: [([0], 1)])
        let (chat, _) = harness.request(at: 1)
        try harness.acceptOffered(chat, at: 1)
        let (waiting, _) = harness.request(at: 2)
        try harness.router.endChat(chat, by: .agent, at: 3)
        #expect(harness.drain() == [.ended(chat, AgentID(0), .agent), .offered(waiting, AgentID(0))])
        try harness.router.closeWork(chat, at: 4)
        #expect(harness.drain() == [.workClosed(chat, AgentID(0))])
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func unitWeightsFillCapacityUnits() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), weight: .units(3)), .init(skill: SkillID(0), weight: .units(1))],
            agents: [([0], 5)])
        #expect(harness.pushedAgent(0, at: 1) == 0)
        #expect(harness.pushedAgent(0, at: 2) == nil, "3 + 3 units exceed 5")
        #expect(harness.pushedAgent(1, at: 3) == 0)
        #expect(harness.pushedAgent(1, at: 4) == 0)
        #expect(harness.router.load(of: AgentID(0)) == 5)
        #expect(harness.pushedAgent(1, at: 5) == nil)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func percentageWeightsAreSharesOfEachAgentsCapacity() throws {
        var harness = RouterHarness(buttons: [.init(skill: SkillID(0), weight: .percentage(40))], agents: [([0], 3)])
        #expect(harness.pushedAgent(at: 1) == 0)
        #expect(harness.pushedAgent(at: 2) == 0)
        #expect(harness.pushedAgent(at: 3) == nil, "three chats of 40 % exceed the whole capacity")
        #expect(abs(harness.router.load(of: AgentID(0)) - 2.4) < 1e-12)
    }

    @Test func heavyChatsGoToAnAgentWithEnoughRoomEvenIfNotTheBest() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), weight: .units(1)), .init(skill: SkillID(0), weight: .units(2))],
            agents: [([0], 2), ([0], 3)])
        #expect(harness.pushedAgent(0, at: 1) == 0)
        #expect(harness.pushedAgent(0, at: 2) == 1)
        #expect(harness.pushedAgent(1, at: 3) == 1, "agent 0 is first in line but has one unit left")
        #expect(harness.router.load(of: AgentID(1)) == 3)
        #expect(harness.router.invariantViolations().isEmpty)
    }

    @Test func timeAccountsFollowAgentsAndGroups() throws {
        let configuration = RouterConfiguration(
            skillCount: 1, buttons: [.init(skill: SkillID(0), weight: .units(2))],
            agents: [.init(skills: [SkillID(0)], capacity: 4, group: 0), .init(skills: [SkillID(0)], capacity: 2, group: 1)])
        var harness = RouterHarness(configuration: configuration)
        let (chat, _) = harness.request(at: 10)             // agent 0 takes 2 of its 4 units
        try harness.acceptOffered(chat, at: 10)
        harness.router.setPresence(.away, of: AgentID(1), at: 20)
        _ = try harness.finish(chat, at: 40)
        let first = harness.router.timeAccount(ofGroup: 0, at: 100)
        #expect(first.loggedIn == 100 && first.online == 100)
        #expect(first.capacity == 400 && first.load == 60, "2 units for 30 s")
        #expect(first.busy == 30 && first.holding[1] == 30 && first.holding[0] == 70)
        let second = harness.router.timeAccount(of: AgentID(1), at: 100)
        #expect(second.loggedIn == 100 && second.online == 20 && second.busy == 0)
        let total = harness.router.timeAccount(at: 100)
        #expect(total.capacity == 600 && total.loggedIn == 200)
        let later = harness.router.timeAccount(of: AgentID(0), at: 150).since(harness.router.timeAccount(of: AgentID(0), at: 100))
        #expect(later.loggedIn == 50 && later.load == 0)
    }

    @Test func theQueueAccountIntegratesWaitingChatsAndKeepsThePeak() throws {
        var harness = RouterHarness(agents: [([0], 1)])
        _ = harness.request(at: 0)        // pushed
        let (second, _) = harness.request(at: 10)  // waits from 10
        _ = harness.request(at: 20)       // waits from 20
        try harness.router.cancelByVisitor(second, at: 30)
        _ = harness.drain()
        let account = harness.router.queueAccount(at: 50)
        #expect(account.waiting == 1)
        #expect(account.chatSeconds == 10 + 2 * 10 + 1 * 20, "1 chat for 10 s, 2 for 10 s, 1 for 20 s")
        #expect(harness.router.takeQueuePeak() == 2)
        #expect(harness.router.takeQueuePeak() == 1, "the next period starts with the chats waiting now")
    }
}
