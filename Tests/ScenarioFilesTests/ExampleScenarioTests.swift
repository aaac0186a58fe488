import ContactCenter
import Testing
import ScenarioFiles

/// The example scenarios shipped under `Scenarios/` load to the M/M/c benchmark case, which writes
/// no transcripts (`records: none`).
struct ExampleScenarioTests {
    static let expected = Scenario(
        name: "mmc-12", seed: 1, horizon: 8 * 3600, warmup: 0, replications: 1000, interval: 30 * 60,
        serviceLevelThreshold: 20,
        buttons: [Scenario.Button(id: "support", skill: "support", arrivals: .init(constant: 4.2 / 60))],
        agentGroups: [Scenario.AgentGroup(name: "tier1", count: 12, skills: ["support"], capacity: 1)],
        visitors: Scenario.Visitors(patience: nil), service: .simple(handleTime: .exponential(mean: 120)),
        records: .none)

    @Test func yamlExampleLoadsToTheBenchmarkScenario() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Fixtures.scenariosDirectory.appendingPathComponent("mmc-12.yaml"))
        #expect(scenario == Self.expected)
    }

    @Test func jsonTwinLoadsToTheSameScenario() throws {
        let scenario = try ScenarioLoader.load(contentsOf: Fixtures.scenariosDirectory.appendingPathComponent("mmc-12.json"))
        #expect(scenario == Self.expected)
    }
}
