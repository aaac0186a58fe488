import Routing
import Testing

@Suite struct AgentSelectionTests {
    @Test func leastActivePushesToTheAgentWithFewestChats() throws {
        var harness = RouterHarness(agents: [([0], 3), ([0], 3), ([0], 3)])
        var placed: [Int] = []
        for time in 1...5 { placed.append(harness.pushedAgent(at: Double(time))!) }
        #expect(placed == [0, 1, 2, 0, 1], "with equal loads each goes to the agent assigned longest ago")
        #expect(harness.pushedAgent(at: 6) == 2)
        #expect(harness.pushedAgent(at: 7) == 0, "all hold two chats; agent 0's last assignment is oldest")
    }

    @Test func tiesGoToTheAgentAssignedLongestAgoThenToTheLowerIndex() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 1), ([0], 1)])
        let (first, _) = harness.request(at: 1)   // agent 0
        let (second, _) = harness.request(at: 2)  // agent 1
        try harness.acceptOffered(first, at: 1)
        try harness.acceptOffered(second, at: 2)
        _ = try harness.finish(second, at: 3)
        _ = try harness.finish(first, at: 4)
        // Agent 2 never had work, then agent 0 (assigned first), then agent 1.
        #expect(harness.pushedAgent(at: 5) == 2)
        #expect(harness.pushedAgent(at: 6) == 0)
        #expect(harness.pushedAgent(at: 7) == 1)
    }

    @Test func mostAvailablePushesToTheLargestFreeCapacity() throws {
        var harness = RouterHarness(
            buttons: [.init(skill: SkillID(0), model: .mostAvailable)],
            agents: [([0], 2), ([0], 4), ([0], 3)])
        #expect(harness.pushedAgent(at: 1) == 1)  // free 2, 4, 3
        #expect(harness.pushedAgent(at: 2) == 2)  // free 2, 3, 3: agent 2 never assigned
        #expect(harness.pushedAgent(at: 3) == 1)  // free 2, 3, 2
        #expect(harness.pushedAgent(at: 4) == 0)  // free 2, 2, 2: agent 0 never assigned
    }

    @Test func leastActiveCountsChatsNotCapacity() throws {
        var harness = RouterHarness(agents: [([0], 1), ([0], 5)])
        #expect(harness.pushedAgent(at: 1) == 0)
        #expect(harness.pushedAgent(at: 2) == 1, "agent 0 is full")
        #expect(harness.pushedAgent(at: 3) == 1)
    }

    @Test func onlyQualifiedAgentsReceiveAButtonsChats() throws {
        var harness = RouterHarness(
            skillCount: 2, buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1))],
            agents: [([0], 2), ([1], 2), ([0, 1], 2)])
        for time in 1...4 {
            let agent = harness.pushedAgent(1, at: Double(time))
            #expect(agent == 1 || agent == 2)
        }
        #expect(harness.pushedAgent(1, at: 5) == nil, "skill 1 agents are full; agent 0 lacks the skill")
        #expect(harness.pushedAgent(0, at: 6) == 0)
    }

    @Test func skillLevelsRestrictWhoQualifies() throws {
        let configuration = RouterConfiguration(
            skillCount: 1,
            buttons: [.init(skill: SkillID(0), minimumLevel: 5), .init(skill: SkillID(0))],
            agents: [.init(heldSkills: [.init(SkillID(0), level: 3)], capacity: 2),
                     .init(heldSkills: [.init(SkillID(0), level: 7)], capacity: 2)])
        var harness = RouterHarness(configuration: configuration)
        #expect(harness.pushedAgent(0, at: 1) == 1)
        #expect(harness.pushedAgent(0, at: 2) == 1)
        #expect(harness.pushedAgent(0, at: 3) == nil, "the level-3 agent does not meet level 5")
        #expect(harness.pushedAgent(1, at: 4) == 0, "any level takes the other button's chats")
        #expect(harness.router.invariantViolations().isEmpty)
    }
}
