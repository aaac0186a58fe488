import ContactCenter
import Routing
import Stochastics
import Testing
import ScenarioFiles

/// The routing keys of buttons and agent groups, `visitors.blockedShare` and `blocking` decode to
/// the scenario they describe, in YAML and in JSON, and take the model's defaults when left out.
struct RoutingKeysDecodingTests {
    private func load(_ text: String, format: ScenarioFormat = .yaml) throws -> Scenario {
        try ScenarioLoader.parse(text, fileName: format == .yaml ? "x.yaml" : "x.json", format: format)
    }

    /// What both `everyNewKeyYAML` and `everyNewKeyJSON` describe.
    static func everyNewKey() throws -> Scenario {
        let support = Scenario.Button(
            id: "support", skill: "support", arrivals: .init(constant: 120.0 / 3600), minimumSkillLevel: 5,
            routing: .mostAvailable, priority: 2, pushTimeout: 30, autoAccept: true, rerouteAttempts: 5,
            queueLimit: QueueLimit(overall: 20, perAgent: 2), capacityWeight: .units(2), capacityModel: .statusBased)
        let billing = Scenario.Button(
            id: "billing", skill: "billing", arrivals: .init(constant: 30.0 / 3600), routing: .choice,
            pushTimeout: nil, rerouteAttempts: nil, queueLimit: QueueLimit(), capacityWeight: .percentage(40))
        let shift = Scenario.Shift(
            start: 0, end: 8 * 3600,
            breaks: [Scenario.Break(start: 2 * 3600, length: 900), Scenario.Break(start: 4 * 3600, length: 1800)])
        let tier1 = Scenario.AgentGroup(
            name: "tier1", count: 12, skills: ["billing", Scenario.AgentSkill("support", level: 7)], capacity: 3,
            acceptDelay: .exponential(mean: 8), declineProbability: 0.05,
            autoAway: Scenario.AutoAway(onDecline: true, onTimeout: true, backAfter: .exponential(mean: 120)),
            shift: shift, atShiftEnd: .endChats, wrapUp: .lognormal(mean: 60, sd: 30))
        return Scenario(
            name: "routing", seed: 1, horizon: 8 * 3600, warmup: 0, replications: 1, interval: 1800,
            serviceLevelThreshold: 20, buttons: [support, billing], agentGroups: [tier1],
            visitors: Scenario.Visitors(patience: .exponential(mean: 60), blockedShare: 0.02),
            service: .simple(handleTime: .exponential(mean: 120)),
            blocking: [
                try BlockingRule("203.0.113.7"),
                try BlockingRule("198.51.100.0 - 198.51.100.255"),
                try BlockingRule("192.0.2.0/24", description: "spam network"),
            ])
    }

    static let everyNewKeyYAML = """
        name: routing
        horizon: 8h
        buttons:
          - id: support
            skill: {name: support, level: 5}
            arrivals: { rate: 120/h }
            routing: mostAvailable
            priority: 2
            pushTimeout: 30s
            autoAccept: true
            rerouteAttempts: 5
            queue: { overall: 20, perAgent: 2 }
            capacityWeight: 2
            capacityModel: statusBased
          - id: billing
            skill: billing
            arrivals: { rate: 30/h }
            routing: choice
            pushTimeout: none
            rerouteAttempts: none
            queue: none
            capacityPercentage: 40
        agents:
          - group: tier1
            count: 12
            skills: [billing, {name: support, level: 7}]
            capacity: 3
            acceptDelay: exponential(mean: 8s)
            declineProbability: 0.05
            autoAway: { onDecline: true, onTimeout: true, backAfter: exponential(mean: 2m) }
            shift: { start: 0h, end: 8h, breaks: [{at: 2h, length: 15m}, {at: 4h, length: 30m}] }
            atShiftEnd: endChats
            wrapUp: lognormal(mean: 1m, sd: 30s)
        visitors:
          patience: exponential(mean: 1m)
          blockedShare: 2%
        blocking:
          - 203.0.113.7
          - 198.51.100.0 - 198.51.100.255
          - { rule: 192.0.2.0/24, description: "spam network" }
        service:
          mode: simple
          handleTime: exponential(mean: 2m)
        """

    static let everyNewKeyJSON = """
        {
          "name": "routing", "horizon": "8h",
          "buttons": [
            {"id": "support", "skill": {"name": "support", "level": 5}, "arrivals": {"rate": "120/h"},
             "routing": "mostAvailable", "priority": 2, "pushTimeout": "30s", "autoAccept": true,
             "rerouteAttempts": 5, "queue": {"overall": 20, "perAgent": 2}, "capacityWeight": 2,
             "capacityModel": "statusBased"},
            {"id": "billing", "skill": "billing", "arrivals": {"rate": "30/h"}, "routing": "choice",
             "pushTimeout": "none", "rerouteAttempts": "none", "queue": "none", "capacityPercentage": 40}
          ],
          "agents": [
            {"group": "tier1", "count": 12, "skills": ["billing", {"name": "support", "level": 7}], "capacity": 3,
             "acceptDelay": "exponential(mean: 8s)", "declineProbability": 0.05,
             "autoAway": {"onDecline": true, "onTimeout": true, "backAfter": "exponential(mean: 2m)"},
             "shift": {"start": "0h", "end": "8h",
                       "breaks": [{"at": "2h", "length": "15m"}, {"at": "4h", "length": "30m"}]},
             "atShiftEnd": "endChats", "wrapUp": "lognormal(mean: 1m, sd: 30s)"}
          ],
          "visitors": {"patience": "exponential(mean: 1m)", "blockedShare": "2%"},
          "blocking": ["203.0.113.7", "198.51.100.0 - 198.51.100.255",
                       {"rule": "192.0.2.0/24", "description": "spam network"}],
          "service": {"mode": "simple", "handleTime": "exponential(mean: 2m)"}
        }
        """

    @Test func everyNewKeyIsReadFromYAML() throws {
        #expect(try load(Self.everyNewKeyYAML) == Self.everyNewKey())
    }

    @Test func everyNewKeyIsReadFromJSON() throws {
        #expect(try load(Self.everyNewKeyJSON, format: .json) == Self.everyNewKey())
    }

    @Test func omittedRoutingKeysTakeTheModelDefaults() throws {
        let scenario = try load(Fixtures.validYAML)
        let button = try #require(scenario.buttons.first)
        #expect(button.minimumSkillLevel == nil)
        #expect(button.routing == .leastActive)
        #expect(button.priority == 0)
        #expect(button.pushTimeout == nil)
        #expect(button.autoAccept == false)
        #expect(button.rerouteAttempts == nil)
        #expect(button.queueLimit == QueueLimit(overall: nil, perAgent: nil))
        #expect(button.capacityWeight == .units(1))
        #expect(button.capacityModel == .tabBased)
        let group = try #require(scenario.agentGroups.first)
        #expect(group.skills == [Scenario.AgentSkill("support", level: 0)])
        #expect(group.acceptDelay == nil)
        #expect(group.declineProbability == 0)
        #expect(group.autoAway == Scenario.AutoAway(onDecline: false, onTimeout: false, backAfter: .constant(60)))
        #expect(group.shift == nil)
        #expect(group.atShiftEnd == .drain)
        #expect(group.wrapUp == nil)
        #expect(scenario.visitors.blockedShare == 0)
        #expect(scenario.blocking.isEmpty)
    }

    @Test func optionalPartsOfMappingsTakeTheirDefaults() throws {
        let scenario = try load(Fixtures.yaml(
            button: "    skill: {name: support}\n    queue: {perAgent: 3}\n",
            agents: "    autoAway: {onTimeout: true}\n    shift: {start: 1h}\n"
        ).replacingOccurrences(of: "    skill: support\n", with: ""))
        #expect(scenario.buttons[0].skill == "support")
        #expect(scenario.buttons[0].minimumSkillLevel == nil)
        #expect(scenario.buttons[0].queueLimit == QueueLimit(overall: nil, perAgent: 3))
        #expect(scenario.agentGroups[0].autoAway == Scenario.AutoAway(onDecline: false, onTimeout: true))
        #expect(scenario.agentGroups[0].shift == Scenario.Shift(start: 3600, end: nil, breaks: []))
    }

    @Test func agentSkillWithoutLevelHasLevelZero() throws {
        let scenario = try load(Fixtures.yaml(replacing: "[support]", with: "[{name: support}, {name: chat, level: 10}]"))
        #expect(scenario.agentGroups[0].skills == [Scenario.AgentSkill("support"), .init("chat", level: 10)])
    }

    @Test func noneMeansNoValueWhereverAValueIsOptional() throws {
        let scenario = try load(Fixtures.yaml(
            button: "    pushTimeout: none\n    rerouteAttempts: none\n    queue: {overall: none, perAgent: none}\n",
            agents: "    acceptDelay: none\n    shift: none\n    wrapUp: none\n"))
        #expect(scenario.buttons[0].pushTimeout == nil)
        #expect(scenario.buttons[0].rerouteAttempts == nil)
        #expect(scenario.buttons[0].queueLimit == QueueLimit())
        #expect(scenario.agentGroups[0].acceptDelay == nil)
        #expect(scenario.agentGroups[0].shift == nil)
        #expect(scenario.agentGroups[0].wrapUp == nil)
        let shiftToTheEnd = try load(Fixtures.yaml(agents: "    shift: {start: 2h, end: none}\n"))
        #expect(shiftToTheEnd.agentGroups[0].shift == Scenario.Shift(start: 7200, end: nil))
    }

    @Test func queueLimitsMayBeZero() throws {
        let scenario = try load(Fixtures.yaml(button: "    queue: {overall: 0, perAgent: 0}\n"))
        #expect(scenario.buttons[0].queueLimit == QueueLimit(overall: 0, perAgent: 0))
    }

    @Test(arguments: [
        ("0", 0.0), ("1", 1.0), ("0.25", 0.25), ("0%", 0.0), ("5%", 0.05), ("12.5%", 0.125), ("100%", 1.0),
    ])
    func probabilitiesAreNumbersOrPercentages(text: String, probability: Double) throws {
        let scenario = try load(Fixtures.yaml(agents: "    declineProbability: \(text)\n"))
        #expect(scenario.agentGroups[0].declineProbability == probability)
    }

    @Test func booleansAreTrueOrFalse() throws {
        let on = try load(Fixtures.yaml(button: "    autoAccept: true\n", agents: "    autoAway: {onDecline: false}\n"))
        #expect(on.buttons[0].autoAccept == true)
        #expect(on.agentGroups[0].autoAway.onDecline == false)
        let quoted = try load(Fixtures.yaml(button: "    autoAccept: \"false\"\n"))
        #expect(quoted.buttons[0].autoAccept == false)
    }

    @Test func everyEnumeratedValueIsRead() throws {
        for model in RoutingModel.allCases {
            #expect(try load(Fixtures.yaml(button: "    routing: \(model.rawValue)\n")).buttons[0].routing == model)
        }
        for model in CapacityModel.allCases {
            let scenario = try load(Fixtures.yaml(button: "    capacityModel: \(model.rawValue)\n"))
            #expect(scenario.buttons[0].capacityModel == model)
        }
        for end in Scenario.ShiftEnd.allCases {
            #expect(try load(Fixtures.yaml(agents: "    atShiftEnd: \(end.rawValue)\n")).agentGroups[0].atShiftEnd == end)
        }
    }

    @Test func blockingRulesKeepTheirForms() throws {
        let scenario = try load(Fixtures.validYAML + """

            visitors:
              blockedShare: 0.5
            blocking:
              - 2001:db8::/32
              - "203.0.113.9"
              - rule: 198.51.100.1-198.51.100.9
            """)
        #expect(scenario.visitors.blockedShare == 0.5)
        #expect(scenario.blocking == [
            try BlockingRule("2001:db8::/32"), try BlockingRule("203.0.113.9"),
            try BlockingRule("198.51.100.1 - 198.51.100.9"),
        ])
        #expect(scenario.blocking[2].description == "")
    }
}
