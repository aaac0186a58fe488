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
        let blockedShare: Double
        let routing: PushSettings
        /// What the visitors of the button's chats do (conversation service mode).
        let conversation: CompiledConversation.Visitors?
    }

    /// How a button's push offers are answered.
    struct PushSettings: Sendable {
        /// Offers are accepted the moment they are made.
        let autoAccept: Bool
        /// Offers not answered within this time go back; `nil` means never.
        let timeout: Double?
    }

    /// Run-time form of an agent group's behaviour.
    struct Group: Sendable {
        let name: String
        let acceptDelay: Sampler?
        let declineProbability: Double
        let backFromAway: Sampler
        let shift: Scenario.Shift?
        let atShiftEnd: Scenario.ShiftEnd
        let wrapUp: Sampler?
        /// Whether the router sets the group's agents Away after declines or time-outs.
        let setAway: Bool
        /// Transfers, conference invitations and blocks.
        let handoffs: CompiledHandoffs
        /// The group's agents' numbers.
        let members: Range<Int>
        /// What the group's agents do in chats (conversation service mode).
        let conversation: CompiledConversation.Agents?

        /// Whether the group's agents accept every push offer the moment it arrives.
        var answersAtOnce: Bool { acceptDelay == nil && declineProbability == 0 }
    }

    /// The scenario this was compiled from.
    public let scenario: Scenario
    /// Skill names by skill number.
    public let skillNames: [String]
    let buttons: [Button]
    let groups: [Group]
    /// Group of each agent (agents are numbered group after group, in scenario order).
    public let agentGroups: [Int32]
    /// Skill number of each button.
    public let buttonSkills: [Int]
    /// The record types agents may attach (``Scenario/attachableRecordTypes``).
    public let recordTypes: [Scenario.AttachableRecord]
    /// Name of each agent: its group's name and its number in the group, from 1 (`tier1-3`).
    public let agentNames: [String]
    /// The router as every day starts (agents Offline, queues empty): each replication routes
    /// with a copy, so the routing tables are built once per run.
    let router: Router
    /// Returning visitors, addresses and attributes.
    let visitors: CompiledVisitors
    /// Whether chats are conversations (the conversation service mode), whose settings each
    /// button and group compiled.
    let conversational: Bool
    /// For each button, then each agent group: how many of the records attached to the button's
    /// chats the group's agents may not see.
    let hiddenRecords: [[Int]]

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
        switch scenario.service {
        case .simple: conversational = false
        case .conversation: conversational = true
        }
        buttons = scenario.buttons.map { button in
            // A chat's demand, drawn when it arrives: its handle time, or its number of visitor
            // messages (the button's own, if it sets them).
            let conversation = scenario.conversation(of: button)
            let handleTime: Distribution
            switch scenario.service {
            case .simple(let distribution): handleTime = distribution
            case .conversation: handleTime = conversation!.visitorMessages
            }
            return Button(
                id: button.id,
                arrivals: RateProfile(pieces: button.arrivals.pieces.map { ($0.start, $0.ratePerSecond) }),
                patience: scenario.visitors.patience.map(Sampler.init),
                handleTime: Sampler(handleTime), blockedShare: scenario.visitors.blockedShare,
                routing: PushSettings(autoAccept: Self.acceptsAtOnce(button, in: scenario), timeout: button.pushTimeout),
                conversation: conversation.map(CompiledConversation.Visitors.init))
        }
        let routedButtons = scenario.buttons.map { button in
            RouterConfiguration.Button(
                skill: skill(button.skill), minimumLevel: button.minimumSkillLevel, model: button.routing,
                priority: button.priority, weight: button.capacityWeight, capacityModel: button.capacityModel,
                autoAccept: Self.acceptsAtOnce(button, in: scenario), queueLimit: button.queueLimit,
                rerouteAttempts: button.rerouteAttempts)
        }
        var agents: [RouterConfiguration.Agent] = []
        var agentGroups: [Int32] = []
        for (number, group) in scenario.agentGroups.enumerated() {
            let agent = RouterConfiguration.Agent(
                heldSkills: group.skills.map { RouterConfiguration.HeldSkill(skill($0.name), level: $0.level) },
                capacity: group.capacity, group: number,
                awayOnDecline: group.autoAway.onDecline, awayOnTimeout: group.autoAway.onTimeout)
            agents.append(contentsOf: repeatElement(agent, count: group.count))
            agentGroups.append(contentsOf: repeatElement(Int32(number), count: group.count))
        }
        let groupNumbers = Dictionary(uniqueKeysWithValues: scenario.agentGroups.enumerated().map { ($1.name, $0) })
        let buttonNumbers = Dictionary(uniqueKeysWithValues: scenario.buttons.enumerated().map { ($1.id, $0) })
        var firstMember = 0
        groups = scenario.agentGroups.map { group in
            let handoffs = CompiledHandoffs(group, group: { groupNumbers[$0]! }, skill: skill,
                                            button: { buttonNumbers[$0]! })
            defer { firstMember += group.count }
            return Group(name: group.name, acceptDelay: group.acceptDelay.map(Sampler.init),
                         declineProbability: group.declineProbability, backFromAway: Sampler(group.autoAway.backAfter),
                         shift: group.shift, atShiftEnd: group.atShiftEnd, wrapUp: group.wrapUp.map(Sampler.init),
                         setAway: group.autoAway.onDecline || group.autoAway.onTimeout, handoffs: handoffs,
                         members: firstMember..<(firstMember + group.count),
                         conversation: scenario.conversation(of: group).map(CompiledConversation.Agents.init))
        }
        self.skillNames = skillNames
        self.agentGroups = agentGroups
        agentNames = scenario.agentGroups.flatMap { group in (0..<group.count).map { "\(group.name)-\($0 + 1)" } }
        recordTypes = scenario.attachableRecordTypes
        buttonSkills = routedButtons.map { Int($0.skill.index) }
        visitors = CompiledVisitors(scenario)
        hiddenRecords = scenario.buttons.map { button in
            scenario.agentGroups.map { group in
                guard let access = group.recordAccess else { return 0 }
                return button.attachedRecords.filter { !access.contains($0) }.count
            }
        }
        router = Router(configuration: RouterConfiguration(
            skillCount: skillNames.count, buttons: routedButtons, agents: agents,
            blocking: BlockingRules(scenario.blocking)))
    }

    /// Whether a push button's offers are accepted the moment they are made: the button says so, or
    /// every agent who can take its chats answers at once (no answer delay, never declines), in
    /// which case letting the router accept them is the same and saves a command per chat.
    static func acceptsAtOnce(_ button: Scenario.Button, in scenario: Scenario) -> Bool {
        guard button.routing != .choice else { return false }
        if button.autoAccept { return true }
        let minimum = button.minimumSkillLevel ?? Int.min
        return scenario.agentGroups.allSatisfy { group in
            !group.skills.contains { $0.name == button.skill && $0.level >= minimum }
                || (group.acceptDelay == nil && group.declineProbability == 0)
        }
    }

    /// Button identifiers, in scenario order.
    public var buttonIDs: [String] { buttons.map(\.id) }

    /// Agent group names, in scenario order.
    public var groupNames: [String] { groups.map(\.name) }
}
