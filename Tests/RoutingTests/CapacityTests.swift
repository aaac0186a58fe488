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

    @Test func gaugesFollowGroups() throws {
        let configuration = RouterConfiguration(
            skillCount: 1, buttons: [.init(skill: SkillID(0), weight: .units(2))],
            agents: [.init(skills: [SkillID(0)], capacity: 4, group: 0), .init(skills: [SkillID(0)], capacity: 2, group: 1)])
        var harness = RouterHarness(configuration: configuration)
        _ = harness.request(at: 1)
        #expect(harness.router.gauges.load == 200 && harness.router.gauges.loggedInCapacity == 600)
        #expect(harness.router.gauges(ofGroup: 0).load == 200 && harness.router.gauges(ofGroup: 1).load == 0)
        #expect(harness.router.gauges(ofGroup: 1).loggedInCapacity == 200)
    }
}
