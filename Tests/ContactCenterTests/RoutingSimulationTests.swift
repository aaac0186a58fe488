import ContactCenter
import Metrics
import Routing
import Stochastics
import Testing

/// The routing features driven by the simulation: push offers answered after a delay, declines,
/// time-outs, Choice, blocking, queue limits, shifts and after-chat work.
@Suite struct RoutingSimulationTests {
    func run(_ scenario: Scenario, replication: Int = 0) -> ReplicationMetrics {
        #expect(scenario.problems().isEmpty, "\(scenario.problems())")
        return Simulation(scenario: scenario).runReplication(replication)
    }

    /// Half-width of a 99.9 % normal interval for a proportion estimated from `trials`.
    func tolerance(_ probability: Double, trials: Int) -> Double {
        3.29 * (probability * (1 - probability) / Double(trials)).squareRoot()
    }

    @Test func pushOffersAcceptedWithoutDelayGiveTheSimpleModesResults() {
        let simple = ScenarioFixtures.erlang(agents: 12, ratePerHour: 300, meanPatience: 60)
        var pushed = simple
        pushed.agentGroups[0].acceptDelay = .constant(0)
        pushed.buttons[0].pushTimeout = 30
        for replication in 0..<3 {
            let expected = run(simple, replication: replication)
            let actual = run(pushed, replication: replication)
            #expect(actual.chats == expected.chats)
            #expect(actual.time == expected.time)
            #expect(actual.events > expected.events, "the pushed run schedules every acceptance as an event")
        }
    }

    @Test func declinesAreCountedAndReroutedToOtherAgents() {
        var scenario = ScenarioFixtures.erlang(agents: 10, ratePerHour: 200, warmup: 0)
        scenario.agentGroups[0].acceptDelay = .constant(5)
        scenario.agentGroups[0].declineProbability = 0.2
        scenario.buttons[0].pushTimeout = 30
        let metrics = run(scenario)
        let group = metrics.groups[0].counts
        let share = Double(group.declined) / Double(group.offers)
        #expect(abs(share - 0.2) < tolerance(0.2, trials: group.offers), "declined \(group.declined) of \(group.offers)")
        #expect(group.timedOut == 0)
        let chats = metrics.totalChats
        #expect(chats.declined == group.declined)
        #expect(chats.accepted == chats.offered, "every declined chat found another agent")
        #expect(group.accepted == chats.accepted)
    }

    @Test func offersSlowerThanThePushTimeOutTimeOutUntilTheReroutingLimit() {
        var scenario = ScenarioFixtures.erlang(agents: 4, ratePerHour: 30, warmup: 0)
        scenario.agentGroups[0].acceptDelay = .constant(40)
        scenario.buttons[0].pushTimeout = 30
        scenario.buttons[0].rerouteAttempts = 2
        let chats = run(scenario).totalChats
        #expect(chats.offered > 100)
        #expect(chats.accepted == 0)
        #expect(chats.canceledNoAgent == chats.offered)
        #expect(chats.timedOut == 2 * chats.offered)
    }

    @Test func choiceRequestsGoToWhoeverTakesThemFirst() {
        var scenario = ScenarioFixtures.erlang(agents: 5, ratePerHour: 20, warmup: 0)
        scenario.buttons[0].routing = .choice
        scenario.agentGroups[0].acceptDelay = .exponential(mean: 10)
        let metrics = run(scenario)
        let chats = metrics.totalChats
        #expect(chats.accepted == chats.offered)
        let meanWait = chats.waitSum / Double(chats.accepted)
        // With five idle viewers most of the time the first taker is the fastest of five: about 2 s.
        #expect(meanWait > 1 && meanWait < 4, "mean wait \(meanWait)")
        #expect(metrics.groups[0].counts.offers > 4 * chats.offered, "each request is shown to several agents")
    }

    @Test func visitorsFromBlockedAddressesAreRefused() throws {
        var scenario = ScenarioFixtures.erlang(agents: 10, ratePerHour: 300, warmup: 0)
        scenario.blocking = [try BlockingRule("203.0.113.0/24")]
        scenario.visitors.blockedShare = 0.1
        let chats = run(scenario).totalChats
        let share = Double(chats.blocked) / Double(chats.offered)
        #expect(abs(share - 0.1) < tolerance(0.1, trials: chats.offered))
        #expect(chats.accepted + chats.blocked == chats.offered)
    }

    @Test func fullQueuesRefuseRequests() {
        var scenario = ScenarioFixtures.erlang(agents: 3, ratePerHour: 150, warmup: 0)
        scenario.buttons[0].queueLimit = QueueLimit(overall: 2)
        let chats = run(scenario).totalChats
        #expect(chats.canceledNoQueue > 50)
        #expect(chats.accepted + chats.canceledNoQueue == chats.offered)
    }

    @Test func shiftsAndBreaksDecideWhenAgentsWork() {
        var scenario = ScenarioFixtures.erlang(agents: 4, ratePerHour: 60, horizon: 6 * 3600, warmup: 0)
        scenario.agentGroups[0].shift = Scenario.Shift(
            start: 3600, end: 5 * 3600, breaks: [Scenario.Break(start: 2 * 3600, length: 1800)])
        scenario.agentGroups[0].atShiftEnd = .endChats
        let metrics = run(scenario)
        #expect(metrics.time[0].loggedInSeconds == 0)
        #expect(metrics.chats(interval: 0).canceledNoAgent == metrics.chats(interval: 0).offered)
        #expect(abs(metrics.totalTime.loggedInSeconds - 4 * 4 * 3600) < 1e-6,
                "logged in from 1h to 5h; Away during the break still counts as logged in")
        #expect(metrics.chats(interval: 4).accepted > 0)
        #expect(metrics.chats(interval: 10).canceledNoAgent == metrics.chats(interval: 10).offered, "after the shift")
        // Draining instead: agents stay (Away) until their last chat at 5h is done.
        scenario.agentGroups[0].atShiftEnd = .drain
        let drained = run(scenario).totalTime.loggedInSeconds
        #expect(drained > 4 * 4 * 3600 && drained < 4 * 4 * 3600 + 4 * 1800)
    }

    @Test func afterChatWorkHoldsCapacityUnlessCountedByStatus() {
        var tabBased = ScenarioFixtures.erlang(agents: 10, ratePerHour: 150, warmup: 0)
        tabBased.agentGroups[0].wrapUp = .constant(60)
        var statusBased = tabBased
        statusBased.buttons[0].capacityModel = .statusBased
        let held = run(tabBased).totalTime
        let released = run(statusBased).totalTime
        let heldUtilization = held.loadSeconds / held.capacitySeconds
        let releasedUtilization = released.loadSeconds / released.capacitySeconds
        // 150 chats/h × (120 s + 60 s) over 10 agents, against 150 × 120 s.
        #expect(abs(heldUtilization - 0.75) < 0.08)
        #expect(abs(releasedUtilization - 0.5) < 0.06)
    }

    @Test func groupsAreMeasuredSeparately() {
        var scenario = ScenarioFixtures.erlang(agents: 6, ratePerHour: 150, warmup: 0)
        scenario.agentGroups.append(Scenario.AgentGroup(name: "tier2", count: 3, skills: ["support"], capacity: 2))
        let metrics = run(scenario)
        #expect(metrics.groups.count == 2)
        let first = metrics.groups[0].time
        let second = metrics.groups[1].time
        #expect(abs(first.capacitySeconds - 6 * 8 * 3600) < 1e-6)
        #expect(abs(second.capacitySeconds - 3 * 2 * 8 * 3600) < 1e-6)
        #expect(abs(first.loadSeconds + second.loadSeconds - metrics.totalTime.loadSeconds) < 1e-3)
        #expect(metrics.groups[0].counts.accepted + metrics.groups[1].counts.accepted == metrics.totalChats.accepted)
    }

    @Test func agentsSetAwayAfterATimeOutComeBack() {
        var scenario = ScenarioFixtures.erlang(agents: 3, ratePerHour: 60, warmup: 0)
        scenario.agentGroups[0].acceptDelay = .uniform(min: 0, max: 40)
        scenario.agentGroups[0].autoAway = Scenario.AutoAway(onTimeout: true, backAfter: .constant(120))
        scenario.buttons[0].pushTimeout = 30
        let metrics = run(scenario)
        let chats = metrics.totalChats
        #expect(chats.timedOut > 10)
        #expect(chats.accepted == chats.offered, "agents come back, so every chat is eventually answered")
        #expect(metrics.groups[0].counts.timedOut == chats.timedOut)
    }
}
