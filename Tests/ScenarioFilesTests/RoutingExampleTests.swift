import ContactCenter
import Routing
import Testing
import ScenarioFiles

/// `Scenarios/routing-example.yaml`, the example of the routing keys, loads to the scenario its
/// comments describe.
struct RoutingExampleTests {
    @Test func loadsToTheDescribedScenario() throws {
        let url = Fixtures.scenariosDirectory.appendingPathComponent("routing-example.yaml")
        let scenario = try ScenarioLoader.load(contentsOf: url)

        let orders = Scenario.Button(
            id: "orders", skill: "orders",
            arrivals: Scenario.ArrivalRates(pieces: [
                Scenario.RatePiece(start: 0, ratePerSecond: 60.0 / 3600),
                Scenario.RatePiece(start: 2 * 3600, ratePerSecond: 110.0 / 3600),
                Scenario.RatePiece(start: 5 * 3600, ratePerSecond: 80.0 / 3600),
            ]),
            routing: .mostAvailable, priority: 0, pushTimeout: 30, autoAccept: false, rerouteAttempts: 3,
            queueLimit: QueueLimit(overall: 25, perAgent: 3), capacityWeight: .units(1), capacityModel: .tabBased)
        let presales = Scenario.Button(
            id: "presales", skill: "presales", arrivals: Scenario.ArrivalRates(constant: 20.0 / 3600),
            minimumSkillLevel: 5, routing: .choice, priority: 1, queueLimit: QueueLimit(overall: 10),
            capacityWeight: .percentage(50))
        let dayShift = Scenario.AgentGroup(
            name: "day-shift", count: 8, skills: ["orders", Scenario.AgentSkill("presales", level: 6)], capacity: 3,
            acceptDelay: .exponential(mean: 8), declineProbability: 0.04,
            autoAway: Scenario.AutoAway(onDecline: true, onTimeout: true, backAfter: .exponential(mean: 120)),
            shift: Scenario.Shift(
                start: 0, end: 8 * 3600,
                breaks: [Scenario.Break(start: 9000, length: 900), Scenario.Break(start: 4 * 3600, length: 1800)]),
            atShiftEnd: .drain, wrapUp: .lognormal(mean: 60, sd: 30))
        let specialists = Scenario.AgentGroup(
            name: "specialists", count: 2, skills: [Scenario.AgentSkill("presales", level: 9), "orders"], capacity: 2,
            acceptDelay: .constant(5))
        let expected = Scenario(
            name: "routing-example", seed: 7, horizon: 8 * 3600, warmup: 0, replications: 20, interval: 1800,
            serviceLevelThreshold: 30, buttons: [orders, presales], agentGroups: [dayShift, specialists],
            visitors: Scenario.Visitors(patience: .exponential(mean: 120), blockedShare: 0.01),
            service: .simple(handleTime: .lognormal(mean: 540, sd: 360)),
            blocking: [
                try BlockingRule("203.0.113.0/24"), try BlockingRule("198.51.100.23", description: "abusive visitor"),
            ])
        #expect(scenario == expected)
    }
}
