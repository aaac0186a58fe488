import Routing
import Testing

@Test func leastActivePushesToTheAgentWithFewestActiveChats() throws {
    var harness = RouterHarness(agents: [([0], 3), ([0], 3), ([0], 3)])
    // Load the agents to 2, 1 and 2 chats by sending them requests in turn.
    var placed: [Int] = []
    for time in 1...5 { placed.append(harness.pushedAgent(at: Double(time))!) }
    #expect(placed == [0, 1, 2, 0, 1], "with equal loads each goes to the agent idle longest")
    #expect(harness.pushedAgent(at: 6) == 2)
    // All at 2 chats now; agent 0 was assigned longest ago.
    #expect(harness.pushedAgent(at: 7) == 0)
}

@Test func tiesGoToTheAgentAssignedLongestAgoThenToTheLowerIndex() throws {
    var harness = RouterHarness(agents: [([0], 1), ([0], 1), ([0], 1)])
    let (first, _) = harness.request(at: 1)   // agent 0
    let (second, _) = harness.request(at: 2)  // agent 1
    try harness.router.accept(first, at: 1)
    try harness.router.accept(second, at: 2)
    try harness.router.endChat(second, by: .agent, at: 3)
    try harness.router.endChat(first, by: .agent, at: 4)
    _ = harness.drain()
    // Agent 2 never had work (-∞), then agent 0 (assigned at 1), then agent 1 (assigned at 2).
    #expect(harness.pushedAgent(at: 5) == 2)
    #expect(harness.pushedAgent(at: 6) == 0)
    #expect(harness.pushedAgent(at: 7) == 1)
}

@Test func mostAvailablePushesToTheLargestFreeCapacity() throws {
    var harness = RouterHarness(
        buttons: [.init(skill: SkillID(0), model: .mostAvailable)],
        agents: [([0], 2), ([0], 4), ([0], 3)])
    // Free capacities 2, 4, 3: agent 1 first, then 1 (3 free) vs 2 (3 free): 2 was never assigned.
    #expect(harness.pushedAgent(at: 1) == 1)
    #expect(harness.pushedAgent(at: 2) == 2)
    #expect(harness.pushedAgent(at: 3) == 1)
    // Free now 2, 2, 2: agent 0 never assigned wins.
    #expect(harness.pushedAgent(at: 4) == 0)
}

@Test func leastActiveCountsChatsNotCapacity() throws {
    var harness = RouterHarness(agents: [([0], 1), ([0], 5)])
    #expect(harness.pushedAgent(at: 1) == 0)
    // Agent 0 is full; agent 1 takes the next ones even though it already has more chats.
    #expect(harness.pushedAgent(at: 2) == 1)
    #expect(harness.pushedAgent(at: 3) == 1)
}

@Test func onlyQualifiedAgentsReceiveAButtonsChats() throws {
    var harness = RouterHarness(
        skillCount: 2,
        buttons: [.init(skill: SkillID(0)), .init(skill: SkillID(1))],
        agents: [([0], 2), ([1], 2), ([0, 1], 2)])
    for time in 1...4 {
        let agent = harness.pushedAgent(1, at: Double(time))
        #expect(agent == 1 || agent == 2)
    }
    #expect(harness.pushedAgent(1, at: 5) == nil, "skill 1 agents are full; agent 0 lacks the skill")
    #expect(harness.pushedAgent(0, at: 6) == 0)
}

@Test func heavyChatsGoToAnAgentWithEnoughRoomEvenIfNotTheBest() throws {
    var harness = RouterHarness(
        buttons: [.init(skill: SkillID(0), weight: 1), .init(skill: SkillID(0), weight: 2)],
        agents: [([0], 2), ([0], 3)])
    #expect(harness.pushedAgent(0, at: 1) == 0)  // agent 0: 1 of 2 used
    #expect(harness.pushedAgent(0, at: 2) == 1)  // agent 1: 1 of 3 used
    // Least Active ties on one chat each; agent 0 was assigned longer ago but has 1 unit left.
    #expect(harness.pushedAgent(1, at: 3) == 1)
    #expect(harness.router.load(of: AgentID(1)) == 3)
    #expect(harness.router.invariantViolations().isEmpty)
}
