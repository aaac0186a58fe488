import Routing
import Stochastics

/// A scenario turned into what the simulation needs at run time: skill numbers, the router's
/// configuration, ready-to-draw samplers and arrival profiles. Built once per run and shared,
/// read-only, by every replication.
public struct CompiledScenario: Sendable {
    /// Run-time form of a button.
    struct Button: Sendable {
        let id: String
        let arrivals: RateProfile
        let patience: Sampler?
        let handleTime: Sampler
    }

    /// The scenario this was compiled from.
    public let scenario: Scenario
    /// Skill names by skill number.
    public let skillNames: [String]
    let buttons: [Button]
    let router: RouterConfiguration

    /// Compiles a scenario, which must have no ``Scenario/problems()``.
    public init(_ scenario: Scenario) {
        precondition(scenario.problems().isEmpty, "compile only scenarios without problems")
        self.scenario = scenario
        var skillNumbers: [String: Int] = [:]
        var skillNames: [String] = []
        func skill(_ name: String) -> SkillID {
            if let number = skillNumbers[name] { return SkillID(number) }
            skillNumbers[name] = skillNames.count
            skillNames.append(name)
            return SkillID(skillNames.count - 1)
        }
        let handleTime: Distribution
        switch scenario.service {
        case .simple(let distribution): handleTime = distribution
        }
        buttons = scenario.buttons.map { button in
            Button(
                id: button.id,
                arrivals: RateProfile(pieces: button.arrivals.pieces.map { ($0.start, $0.ratePerSecond) }),
                patience: scenario.visitors.patience.map(Sampler.init),
                handleTime: Sampler(handleTime))
        }
        let routedButtons = scenario.buttons.map { button in
            RouterConfiguration.Button(skill: skill(button.skill), autoAccept: true)
        }
        var agents: [RouterConfiguration.Agent] = []
        for group in scenario.agentGroups {
            let agent = RouterConfiguration.Agent(skills: group.skills.map(skill), capacity: group.capacity)
            agents.append(contentsOf: repeatElement(agent, count: group.count))
        }
        self.skillNames = skillNames
        router = RouterConfiguration(skillCount: skillNames.count, buttons: routedButtons, agents: agents)
    }

    /// Button identifiers, in scenario order.
    public var buttonIDs: [String] { buttons.map(\.id) }
}
