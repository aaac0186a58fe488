/// How a button chooses among qualified agents with room.
public enum RoutingModel: Sendable, Hashable {
    /// Push to the qualified agent with the fewest active chats.
    case leastActive
    /// Push to the qualified agent with the most free capacity (capacity − load).
    case mostAvailable
}

/// The fixed set-up of a router: skills, buttons and the agent roster.
public struct RouterConfiguration: Sendable {
    /// A chat button and its queue.
    public struct Button: Sendable {
        /// Skill an agent needs to take this button's chats.
        public var skill: SkillID
        /// How the button picks an agent.
        public var model: RoutingModel
        /// Routing priority of the button's chats: lower values are routed first.
        public var priority: Int
        /// Capacity units one chat of this button occupies (1 for Live Agent-style capacity).
        public var weight: Int
        /// Whether an offer is accepted by the agent at once, without an accept command.
        public var autoAccept: Bool

        /// Creates a button.
        public init(skill: SkillID, model: RoutingModel = .leastActive, priority: Int = 0,
                    weight: Int = 1, autoAccept: Bool = false) {
            self.skill = skill
            self.model = model
            self.priority = priority
            self.weight = weight
            self.autoAccept = autoAccept
        }
    }

    /// An agent of the roster.
    public struct Agent: Sendable {
        /// Skills the agent holds.
        public var skills: [SkillID]
        /// Capacity in units: the number of chats for Live Agent-style capacity.
        public var capacity: Int

        /// Creates an agent.
        public init(skills: [SkillID], capacity: Int) {
            self.skills = skills
            self.capacity = capacity
        }
    }

    /// Number of distinct skills; skill ids run from 0 to `skillCount - 1`.
    public var skillCount: Int
    /// Buttons, addressed by ``ButtonID``.
    public var buttons: [Button]
    /// Agents, addressed by ``AgentID``.
    public var agents: [Agent]

    /// Creates a configuration.
    public init(skillCount: Int, buttons: [Button], agents: [Agent]) {
        self.skillCount = skillCount
        self.buttons = buttons
        self.agents = agents
    }
}
