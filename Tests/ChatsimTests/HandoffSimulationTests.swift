import ContactCenter
import Metrics
import ScenarioFiles
import Stochastics
import Testing

/// Transfers, conferences and blocks driven by the simulation: every request reaches one outcome,
/// conversations keep their length, capacity is exceeded only where allowed, and the measures
/// follow the scenario's behaviour exactly where it is deterministic.
@Suite struct HandoffSimulationTests {
    /// Tier 1 (2 agents) takes the support button; tier 2 (`tier2Count` agents with the billing
    /// skill) takes the billing button; arrivals `ratePerHour` on support only;
    /// constant 2-minute conversations.
    func twoTiers(tier2Count: Int = 4, ratePerHour: Double = 30, replications: Int = 4) -> Scenario {
        Scenario(
            name: "tiers", seed: 7, horizon: 4 * 3600, warmup: 0, replications: replications, interval: 3600,
            serviceLevelThreshold: 20,
            buttons: [.init(id: "support", skill: "support", arrivals: .init(constant: ratePerHour / 3600)),
                      .init(id: "billing", skill: "billing", arrivals: .init(constant: 0))],
            agentGroups: [.init(name: "tier1", count: 2, skills: ["support"], capacity: 2),
                          .init(name: "tier2", count: tier2Count, skills: ["billing"], capacity: 1)],
            visitors: .init(patience: nil), service: .simple(handleTime: .constant(120)))
    }

    func metrics(_ scenario: Scenario, replication: Int = 0) -> ReplicationMetrics {
        #expect(scenario.problems().isEmpty, "\(scenario.problems())")
        return Simulation(scenario: scenario).runReplication(replication)
    }

    @Test func everyTransferToAnAgentIsTakenAfterTheAnswerDelayAndKeepsTheConversationLength() {
        var scenario = twoTiers(tier2Count: 40)
        scenario.agentGroups[0].transfers = .init(probability: 1, after: .constant(30),
                                                  targets: [.init(.agentGroup("tier2"))])
        scenario.agentGroups[1].acceptDelay = .constant(5)
        let chats = metrics(scenario).totalChats
        #expect(chats.accepted > 50)
        let tier1Accepted = chats.accepted  // tier 1 has room for every chat: 30/h, 2 minutes, 4 slots
        #expect(chats.handoffs.transferRequests == tier1Accepted && chats.handoffs.transfersToAgent == tier1Accepted)
        #expect(SummaryMetric.transferShare.value(chats: chats, time: nil) == 1)
        #expect(SummaryMetric.meanTimeToTransfer.value(chats: chats, time: nil) == 5, "tier 2 answers after 5 s")
        #expect(SummaryMetric.meanChatDuration.value(chats: chats, time: nil) == 120,
                "a transfer to an agent does not change when the conversation ends")
    }

    @Test func transfersToAButtonWaitForRoomAndNeverExceedCapacity() {
        // One tier-2 agent of capacity 1: chats transferred to billing queue for it.
        var scenario = twoTiers(tier2Count: 1, ratePerHour: 40)
        scenario.agentGroups[0].transfers = .init(probability: 1, after: .constant(30),
                                                  targets: [.init(.button("billing"))])
        let chats = metrics(scenario).totalChats
        let handoffs = chats.handoffs
        #expect(handoffs.transfersToButton > 20)
        #expect(handoffs.transfersOverCapacity == 0)
        #expect(handoffs.transferRequests == handoffs.transfers + handoffs.transfersFailed + handoffs.transfersCanceled)
        let duration = SummaryMetric.meanChatDuration.value(chats: chats, time: nil)
        #expect(duration > 120, "the conversation pauses while the transferred chat waits for the agent: \(duration)")
        #expect(SummaryMetric.meanTimeToTransfer.value(chats: chats, time: nil) > 0)
    }

    @Test func aChatTransferredToAButtonWhoseAgentsAnswerAtOnceFollowsThatButtonsSettings() {
        // Tier 1 answers after a delay, so support offers wait for an answer; tier 2 answers at
        // once, so billing accepts its offers itself: a chat moved to billing must be too.
        var scenario = twoTiers(tier2Count: 2, ratePerHour: 40)
        scenario.agentGroups[0].acceptDelay = .constant(4)
        scenario.agentGroups[0].transfers = .init(probability: 1, after: .constant(30),
                                                  targets: [.init(.button("billing"))])
        let chats = metrics(scenario).totalChats
        #expect(chats.handoffs.transfersToButton > 20)
        #expect(chats.handoffs.transferRequests == chats.handoffs.transfers + chats.handoffs.transfersFailed
                + chats.handoffs.transfersCanceled)
    }

    @Test func transfersToAFullAgentExceedItsCapacity() {
        var scenario = twoTiers(tier2Count: 1, ratePerHour: 40)
        scenario.agentGroups[0].transfers = .init(probability: 1, after: .constant(30),
                                                  targets: [.init(.agentGroup("tier2"))])
        let handoffs = metrics(scenario).totalChats.handoffs
        #expect(handoffs.transfersOverCapacity > 0 && handoffs.transfersOverCapacity <= handoffs.transfersToAgent)
    }

    @Test func everyRequestReachesExactlyOneOutcome() throws {
        let scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("transfers-example.yaml"))
        for replication in 0..<4 {
            let handoffs = metrics(scenario, replication: replication).totalChats.handoffs
            #expect(handoffs.transferRequests > 0 && handoffs.conferenceRequests > 0 && handoffs.blockedByAgent > 0)
            #expect(handoffs.transferRequests == handoffs.transfers + handoffs.transfersDeclined + handoffs.transfersTimedOut
                    + handoffs.transfersFailed + handoffs.transfersCanceled)
            #expect(handoffs.conferenceRequests >= handoffs.conferencesJoined + handoffs.conferencesDeclined
                    + handoffs.conferencesFailed)
            #expect(handoffs.transfersDeclined + handoffs.transfersTimedOut > 0, "the example's agents decline and let time out")
            #expect(handoffs.transfersToAgent > 0 && handoffs.transfersToSkill > 0 && handoffs.transfersToButton > 0)
        }
    }

    @Test func theSameSeedGivesTheSameDayWithHandoffs() throws {
        let scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("transfers-example.yaml"))
        let simulation = Simulation(scenario: scenario)
        #expect(simulation.runReplication(2) == simulation.runReplication(2))
        #expect(simulation.runReplication(2) != simulation.runReplication(3))
    }

    @Test func everyInvitedColleagueJoinsAndStaysItsTime() {
        var scenario = twoTiers(tier2Count: 40)
        // Visitors come in the first three hours only, so every conference ends before the horizon.
        scenario.buttons[0].arrivals = .init(pieces: [.init(start: 0, ratePerSecond: 30.0 / 3600),
                                                      .init(start: 3 * 3600, ratePerSecond: 0)])
        scenario.agentGroups[0].conferences = .init(probability: 1, after: .constant(30),
                                                    targets: [.init(.skill("billing"))], stay: .constant(20))
        let result = metrics(scenario)
        let chats = result.totalChats
        #expect(chats.handoffs.conferenceRequests == chats.accepted && chats.handoffs.conferencesJoined == chats.accepted)
        // Each guest holds one unit of tier 2's capacity for 20 s.
        let tier2Load = result.groups[1].time.loadSeconds
        #expect(abs(tier2Load - 20 * Double(chats.accepted)) < 1e-6 * tier2Load, "\(tier2Load)")
        #expect(SummaryMetric.meanChatDuration.value(chats: chats, time: nil) == 120)
    }

    @Test func blockedVisitorsEndTheirChatsEarly() {
        var scenario = twoTiers()
        scenario.agentGroups[0].blockProbability = 1
        let chats = metrics(scenario).totalChats
        #expect(chats.handoffs.blockedByAgent == chats.accepted)
        let duration = SummaryMetric.meanChatDuration.value(chats: chats, time: nil)
        #expect(duration < 120 && duration > 30, "blocked at a uniform point of the conversation: \(duration)")
    }

    @Test func recordsAnAgentMayNotSeeDoNotOpenForItAndAreCounted() {
        var scenario = twoTiers(tier2Count: 40)
        scenario.buttons[0].attachedRecords = ["Case", "Contact", "Order"]
        scenario.agentGroups[1].recordAccess = ["Case"]
        scenario.agentGroups[0].transfers = .init(probability: 0.5, after: .constant(30),
                                                  targets: [.init(.agentGroup("tier2"))])
        scenario.agentGroups[0].conferences = .init(probability: 0.5, after: .constant(60),
                                                    targets: [.init(.skill("billing"))], stay: .constant(10))
        let handoffs = metrics(scenario).totalChats.handoffs
        #expect(handoffs.transfers > 10 && handoffs.conferencesJoined > 10)
        #expect(handoffs.recordsNotOpened == 2 * (handoffs.transfers + handoffs.conferencesJoined),
                "Contact and Order stay closed for tier 2 each time")
        scenario.agentGroups[1].recordAccess = nil
        #expect(metrics(scenario).totalChats.handoffs.recordsNotOpened == 0)
    }
}
