import ContactCenter
import Metrics
import Testing

@Suite struct SimulationTests {
    @Test func sameSeedGivesIdenticalReplications() {
        let simulation = Simulation(scenario: ScenarioFixtures.erlang(agents: 4, ratePerHour: 100, meanPatience: 60))
        #expect(simulation.runReplication(3) == simulation.runReplication(3))
        #expect(simulation.runReplication(3) != simulation.runReplication(4))
    }

    @Test func resultsDoNotDependOnTheNumberOfJobs() async {
        let simulation = Simulation(scenario: ScenarioFixtures.erlang(agents: 4, ratePerHour: 100, meanPatience: 60))
        let single = await simulation.run(replications: 8, jobs: 1)
        let parallel = await simulation.run(replications: 8, jobs: 4)
        for metric in SummaryMetric.allCases {
            #expect(single.statistic(metric, in: .total) == parallel.statistic(metric, in: .total))
            #expect(single.statistic(metric, in: .interval(5)) == parallel.statistic(metric, in: .interval(5)))
        }
        var sequential = simulation.emptyAggregate()
        for index in 0..<8 { sequential.add(simulation.runReplication(index)) }
        #expect(sequential.statistic(.meanWait, in: .total) == single.statistic(.meanWait, in: .total))
    }

    @Test func everyOfferedChatIsAcceptedOrAbandoned() {
        for patience in [nil, 30.0] {
            let scenario = ScenarioFixtures.erlang(agents: 3, ratePerHour: 120, meanPatience: patience, warmup: 0)
            let metrics = Simulation(scenario: scenario).runReplication(0)
            let total = metrics.totalChats
            #expect(total.offered > 800)
            #expect(total.offered == total.accepted + total.abandoned)
            #expect((total.abandoned > 0) == (patience != nil))
        }
    }

    /// Demand is drawn per button in arrival order, so staffing changes leave it unchanged: the
    /// same visitors arrive, whatever the number of agents (common random numbers).
    @Test func staffingChangesLeaveTheArrivalsUnchanged() {
        func offeredPerInterval(agents: Int) -> [Int] {
            let scenario = ScenarioFixtures.erlang(agents: agents, ratePerHour: 150, meanPatience: 45, warmup: 0)
            let metrics = Simulation(scenario: scenario).runReplication(2)
            return (0..<metrics.grid.count).map { metrics.chats(interval: $0).offered }
        }
        #expect(offeredPerInterval(agents: 3) == offeredPerInterval(agents: 7))
    }

    @Test func warmUpChatsAndTimeAreExcluded() {
        let scenario = ScenarioFixtures.erlang(agents: 5, ratePerHour: 120, horizon: 4 * 3600, warmup: 5400)
        let metrics = Simulation(scenario: scenario).runReplication(0)
        #expect(metrics.chats(interval: 0).offered == 0 && metrics.chats(interval: 2).offered == 0)
        #expect(metrics.chats(interval: 3).offered > 0)
        #expect(metrics.time[2].loggedInSeconds == 0)
        // Sums of many small spans: equal up to rounding.
        #expect(abs(metrics.time[3].loggedInSeconds - 5 * 1800) < 1e-6)
        #expect(abs(metrics.totalTime.capacitySeconds - 5 * (4 * 3600 - 5400)) < 1e-6)
    }

    @Test func capacityCountsSlotsAndOccupancyCountsAgents() {
        let scenario = ScenarioFixtures.erlang(agents: 4, capacity: 3, ratePerHour: 200)
        let metrics = Simulation(scenario: scenario).runReplication(0)
        let time = metrics.totalTime
        #expect(abs(time.capacitySeconds - 3 * time.loggedInSeconds) < 1e-6)
        let utilization = SummaryMetric.utilization.value(chats: metrics.totalChats, time: time)
        let occupancy = SummaryMetric.occupancy.value(chats: metrics.totalChats, time: time)
        #expect(occupancy > utilization, "with 3 slots an agent is occupied more often than each slot is busy")
    }
}
