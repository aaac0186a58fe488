import ContactCenter
import Stochastics
import Testing
import ScenarioFiles

/// `agents[].transfers`, `agents[].conferences` and `agents[].blockProbability` decode to the
/// agent group they describe, in YAML and in JSON, and take the model's defaults when left out.
struct HandoffKeysTests {
    private func load(_ text: String, format: ScenarioFormat = .yaml) throws -> Scenario {
        try ScenarioLoader.parse(text, fileName: format == .yaml ? "x.yaml" : "x.json", format: format)
    }

    /// What both `everyKeyYAML` and `everyKeyJSON` describe.
    static let everyKey = Scenario(
        name: "handoffs", seed: 1, horizon: 8 * 3600, warmup: 0, replications: 1, interval: 1800,
        serviceLevelThreshold: 20,
        buttons: [
            Scenario.Button(id: "support", skill: "support", arrivals: .init(constant: 120.0 / 3600)),
            Scenario.Button(id: "billing", skill: "billing", arrivals: .init(constant: 30.0 / 3600)),
        ],
        agentGroups: [
            Scenario.AgentGroup(
                name: "tier1", count: 5, skills: ["support"], capacity: 1,
                transfers: Scenario.Transfers(
                    probability: 0.1, after: .exponential(mean: 180),
                    targets: [
                        Scenario.WeightedTarget(.agentGroup("tier2"), weight: 2),
                        Scenario.WeightedTarget(.skill("billing")),
                        Scenario.WeightedTarget(.button("billing"), weight: 0.5),
                    ],
                    timeout: 30, retries: 1),
                conferences: Scenario.Conferences(
                    probability: 0.05, after: .exponential(mean: 120),
                    targets: [
                        Scenario.WeightedTarget(.skill("billing")), Scenario.WeightedTarget(.agentGroup("tier2")),
                    ],
                    timeout: 45, stay: .lognormal(mean: 180, sd: 60)),
                blockProbability: 0.5 / 100),
            Scenario.AgentGroup(name: "tier2", count: 2, skills: ["support", "billing"], capacity: 1),
        ],
        visitors: Scenario.Visitors(patience: nil), service: .simple(handleTime: .exponential(mean: 120)))

    static let everyKeyYAML = """
        name: handoffs
        horizon: 8h
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 120/h }
          - id: billing
            skill: billing
            arrivals: { rate: 30/h }
        agents:
          - group: tier1
            count: 5
            skills: [support]
            transfers:
              probability: 10%
              after: exponential(mean: 3m)
              to:
                - {group: tier2, weight: 2}
                - {skill: billing}
                - button: billing
                  weight: 0.5
              timeout: 30s
              retries: 1
            conferences:
              probability: 0.05
              after: exponential(mean: 2m)
              to: [{skill: billing}, {group: tier2, weight: 1}]
              timeout: 45s
              stay: lognormal(mean: 3m, sd: 1m)
            blockProbability: 0.5%
          - group: tier2
            count: 2
            skills: [support, billing]
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    static let everyKeyJSON = """
        {
          "name": "handoffs", "horizon": "8h",
          "buttons": [
            {"id": "support", "skill": "support", "arrivals": {"rate": "120/h"}},
            {"id": "billing", "skill": "billing", "arrivals": {"rate": "30/h"}}
          ],
          "agents": [
            {"group": "tier1", "count": 5, "skills": ["support"],
             "transfers": {"probability": "10%", "after": "exponential(mean: 3m)",
                           "to": [{"group": "tier2", "weight": 2}, {"skill": "billing"},
                                  {"button": "billing", "weight": 0.5}],
                           "timeout": "30s", "retries": 1},
             "conferences": {"probability": 0.05, "after": "exponential(mean: 2m)",
                             "to": [{"skill": "billing"}, {"group": "tier2", "weight": 1}],
                             "timeout": "45s", "stay": "lognormal(mean: 3m, sd: 1m)"},
             "blockProbability": "0.5%"},
            {"group": "tier2", "count": 2, "skills": ["support", "billing"]}
          ],
          "service": {"mode": "simple", "handleTime": "exponential(mean: 2m)"}
        }
        """

    @Test func everyKeyIsReadFromYAML() throws {
        #expect(try load(Self.everyKeyYAML) == Self.everyKey)
    }

    @Test func everyKeyIsReadFromJSON() throws {
        #expect(try load(Self.everyKeyJSON, format: .json) == Self.everyKey)
    }

    @Test func omittedHandoffKeysTakeTheModelDefaults() throws {
        let group = try #require(try load(Fixtures.validYAML).agentGroups.first)
        #expect(group.transfers == nil)
        #expect(group.conferences == nil)
        #expect(group.blockProbability == 0)
    }

    @Test func optionalKeysOfTransfersAndConferencesTakeTheirDefaults() throws {
        let scenario = try load(Fixtures.yaml(agents: """
                transfers: {probability: 1, after: constant(1m), to: [{group: tier1}]}
                conferences: {probability: 0, after: constant(2m), to: [{skill: support}], stay: constant(5m)}

            """))
        let group = try #require(scenario.agentGroups.first)
        #expect(group.transfers == Scenario.Transfers(
            probability: 1, after: .constant(60), targets: [Scenario.WeightedTarget(.agentGroup("tier1"), weight: 1)],
            timeout: nil, retries: 0))
        #expect(group.conferences == Scenario.Conferences(
            probability: 0, after: .constant(120), targets: [Scenario.WeightedTarget(.skill("support"), weight: 1)],
            timeout: nil, stay: .constant(300)))
    }

    @Test func noneMeansNoTransfersNoConferencesOrNoTimeout() throws {
        let off = try load(Fixtures.yaml(agents: "    transfers: none\n    conferences: none\n"))
        #expect(off.agentGroups[0].transfers == nil)
        #expect(off.agentGroups[0].conferences == nil)
        let untimed = try load(Fixtures.yaml(agents: """
                transfers: {probability: 5%, after: constant(1m), to: [{button: support}], timeout: none}
                conferences: {probability: 5%, after: constant(1m), to: [{group: tier1}], timeout: none, stay: constant(1m)}

            """))
        #expect(untimed.agentGroups[0].transfers?.timeout == nil)
        #expect(untimed.agentGroups[0].conferences?.timeout == nil)
    }

    @Test(arguments: [("0", 0.0), ("1", 1.0), ("0.02", 0.02), ("2%", 0.02), ("100%", 1.0)])
    func blockProbabilityIsANumberOrAPercentage(text: String, probability: Double) throws {
        let scenario = try load(Fixtures.yaml(agents: "    blockProbability: \(text)\n"))
        #expect(scenario.agentGroups[0].blockProbability == probability)
    }

    @Test(arguments: [("1", 1.0), ("2", 2.0), ("0.25", 0.25), ("10.5", 10.5)])
    func weightsAreDecimalNumbers(text: String, weight: Double) throws {
        let scenario = try load(Fixtures.yaml(agents: """
                transfers: {probability: 5%, after: constant(1m), to: [{group: tier1, weight: \(text)}]}

            """))
        let targets = scenario.agentGroups[0].transfers?.targets
        #expect(targets == [Scenario.WeightedTarget(.agentGroup("tier1"), weight: weight)])
    }

    @Test func retriesMayBeZeroOrMore() throws {
        for retries in [0, 1, 7] {
            let scenario = try load(Fixtures.yaml(agents: """
                    transfers: {probability: 5%, after: constant(1m), to: [{skill: support}], retries: \(retries)}

                """))
            #expect(scenario.agentGroups[0].transfers?.retries == retries)
        }
    }
}
