import Routing
import Stochastics

/// Run-time form of an agent group's transfers, conference invitations and blocks: targets
/// resolved to group numbers, skill and button ids, and ready-to-draw samplers.
struct CompiledHandoffs: Sendable {
    /// A resolved target.
    enum Target: Sendable, Equatable {
        /// One Online agent of the group with this number.
        case group(Int)
        /// Every Online agent with the skill.
        case skill(SkillID)
        /// The button's queue.
        case button(ButtonID)
    }

    /// Transfers or conferences of the group.
    struct Plan: Sendable {
        let probability: Double
        let after: Sampler
        let targets: [Target]
        /// Running sums of the targets' weights, for drawing one by weight.
        let cumulativeWeights: [Double]
        let timeout: Double?
        /// Further attempts after a request fails (transfers only).
        let retries: Int
        /// How long a guest stays (conferences only).
        let stay: Sampler?

        /// The target whose weight interval holds `uniform` (in 0 ..< 1) times the total weight.
        func target(at uniform: Double) -> Target {
            let point = uniform * cumulativeWeights.last!
            let index = cumulativeWeights.firstIndex { point < $0 } ?? targets.count - 1
            return targets[index]
        }
    }

    let transfers: Plan?
    let conferences: Plan?
    let blockProbability: Double

    /// Whether the group ever transfers, invites or blocks.
    var isEmpty: Bool { transfers == nil && conferences == nil && blockProbability == 0 }

    /// Compiles a group's behaviour, resolving names with `group`, `skill` and `button`.
    init(_ group: Scenario.AgentGroup, group groupNumber: (String) -> Int, skill: (String) -> SkillID,
         button buttonNumber: (String) -> Int) {
        func plan(_ probability: Double, _ after: Distribution, _ targets: [Scenario.WeightedTarget],
                  _ timeout: Double?, retries: Int, stay: Distribution?) -> Plan {
            var sum = 0.0
            return Plan(
                probability: probability, after: Sampler(after),
                targets: targets.map { weighted in
                    switch weighted.target {
                    case .agentGroup(let name): .group(groupNumber(name))
                    case .skill(let name): .skill(skill(name))
                    case .button(let name): .button(ButtonID(buttonNumber(name)))
                    }
                },
                cumulativeWeights: targets.map { sum += $0.weight; return sum },
                timeout: timeout, retries: retries, stay: stay.map(Sampler.init))
        }
        transfers = group.transfers.map {
            plan($0.probability, $0.after, $0.targets, $0.timeout, retries: $0.retries, stay: nil)
        }
        conferences = group.conferences.map {
            plan($0.probability, $0.after, $0.targets, $0.timeout, retries: 0, stay: $0.stay)
        }
        blockProbability = group.blockProbability
    }
}
