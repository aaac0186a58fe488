import ContactCenter
import Testing
import ScenarioFiles

/// `Scenarios/transfers-example.yaml`, the example of transfers, conferences, agent blocking and
/// attached records, loads to the scenario its comments describe.
struct TransfersExampleTests {
    @Test func loadsToTheDescribedScenario() throws {
        let url = Fixtures.scenariosDirectory.appendingPathComponent("transfers-example.yaml")
        let scenario = try ScenarioLoader.load(contentsOf: url)

        let tier1 = Scenario.AgentGroup(
            name: "tier1", count: 6, skills: ["support"], capacity: 2,
            transfers: Scenario.Transfers(
                probability: 0.12, after: .exponential(mean: 240),
                targets: [
                    Scenario.WeightedTarget(.agentGroup("tier2"), weight: 3),
                    Scenario.WeightedTarget(.skill("billing")),
                    Scenario.WeightedTarget(.button("billing")),
                ],
                timeout: 45, retries: 1),
            blockProbability: 0.5 / 100)
        let tier2 = Scenario.AgentGroup(
            name: "tier2", count: 2, skills: ["support", "billing"], capacity: 2,
            acceptDelay: .exponential(mean: 20), declineProbability: 0.1,
            conferences: Scenario.Conferences(
                probability: 0.05, after: .exponential(mean: 180),
                targets: [Scenario.WeightedTarget(.agentGroup("billing-desk"))], timeout: 60,
                stay: .exponential(mean: 240)),
            blockProbability: 0.01)
        let billingDesk = Scenario.AgentGroup(
            name: "billing-desk", count: 3, skills: ["billing"], capacity: 2, recordAccess: ["Case", "Invoice"])
        let expected = Scenario(
            name: "transfers-example", seed: 11, horizon: 8 * 3600, warmup: 0, replications: 20, interval: 1800,
            serviceLevelThreshold: 30,
            buttons: [
                Scenario.Button(
                    id: "support", skill: "support", arrivals: .init(constant: 90.0 / 3600),
                    attachedRecords: ["Case", "Contact"]),
                Scenario.Button(
                    id: "billing", skill: "billing", arrivals: .init(constant: 25.0 / 3600),
                    attachedRecords: ["Case", "Invoice"]),
            ],
            agentGroups: [tier1, tier2, billingDesk],
            visitors: Scenario.Visitors(patience: .exponential(mean: 120)),
            service: .simple(handleTime: .lognormal(mean: 480, sd: 300)))
        #expect(scenario == expected)
    }
}
