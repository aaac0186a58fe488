import ContactCenter
import Stochastics
import Testing
import ScenarioFiles

/// Valid files decode to the scenario they describe.
struct ScenarioDecodingTests {
    private func load(_ text: String, format: ScenarioFormat = .yaml) throws -> Scenario {
        try ScenarioLoader.parse(text, fileName: "x.yaml", format: format)
    }

    @Test func omittedKeysTakeTheirDefaults() throws {
        let scenario = try load(Fixtures.yaml(replacing: "    capacity: 2\n", with: ""))
        #expect(scenario.seed == 1)
        #expect(scenario.warmup == 0)
        #expect(scenario.replications == 1)
        #expect(scenario.interval == 1800)
        #expect(scenario.serviceLevelThreshold == 20)
        #expect(scenario.serviceLevelTarget == 0.8)
        #expect(scenario.visitors.patience == nil)
        #expect(scenario.agentGroups[0].capacity == 1)
    }

    @Test func everyKeyIsRead() throws {
        let scenario = try load("""
            name: full
            seed: 18446744073709551615
            horizon: 1d
            warmup: 1h30m
            replications: 20
            interval: 15m
            serviceLevel: 45s
            serviceLevelTarget: 90%
            buttons:
              - id: web
                skill: sales
                arrivals: { rate: 2/m }
            agents:
              - group: a
                count: 0
                skills: [sales, support]
              - group: b
                count: 7
                skills:
                  - sales
                capacity: 3
            visitors:
              patience: lognormal(mean: 90s, sd: 60s)   # impatient
            service:
              mode: simple
              handleTime: "gamma(shape: 2, mean: 3m)"
            """)
        #expect(scenario == Scenario(
            name: "full", seed: .max, horizon: 86_400, warmup: 5400, replications: 20, interval: 900,
            serviceLevelThreshold: 45,
            buttons: [Scenario.Button(id: "web", skill: "sales", arrivals: .init(constant: 2.0 / 60))],
            agentGroups: [
                Scenario.AgentGroup(name: "a", count: 0, skills: ["sales", "support"], capacity: 1),
                Scenario.AgentGroup(name: "b", count: 7, skills: ["sales"], capacity: 3),
            ],
            visitors: Scenario.Visitors(patience: .lognormal(mean: 90, sd: 60)),
            service: .simple(handleTime: .gamma(shape: 2, mean: 180)),
            serviceLevelTarget: 0.9))
    }

    @Test func plainTextWithParenthesesIsKeptAsWritten() throws {
        let scenario = try load(Fixtures.yaml(replacing: "name: small", with: "name: Team (EMEA) West  # f(x: 1)"))
        #expect(scenario.name == "Team (EMEA) West")
    }

    @Test func profileArrivalsBecomeRatePieces() throws {
        let scenario = try load(Fixtures.yaml(replacing: "{ rate: 120/h }", with: """

                  profile:
                    - {at: 0h, rate: 120/h}
                    - at: 2h30m
                      rate: 300/h
            """))
        #expect(scenario.buttons[0].arrivals == Scenario.ArrivalRates(pieces: [
            Scenario.RatePiece(start: 0, ratePerSecond: 120.0 / 3600),
            Scenario.RatePiece(start: 9000, ratePerSecond: 300.0 / 3600),
        ]))
    }

    @Test func jsonWithTabsAndNoSpacesLoads() throws {
        let json = """
            {"name":"tabs","horizon":"2h",
            \t"buttons":[{"id":"b","skill":"s","arrivals":{"profile":[{"at":"0s","rate":"1/s"}]}}],
            \t"agents":[{"group":"g","count":1,"skills":["s"]}],
            \t"visitors":{"patience":"empirical([1s, 2s])"},
            \t"service":{"mode":"simple","handleTime":"constant(45s)"}}
            """
        let scenario = try load(json, format: .json)
        #expect(scenario.buttons[0].arrivals == Scenario.ArrivalRates(pieces: [.init(start: 0, ratePerSecond: 1)]))
        #expect(scenario.visitors.patience == .empirical([1, 2]))
        #expect(scenario.service == .simple(handleTime: .constant(45)))
    }
}
