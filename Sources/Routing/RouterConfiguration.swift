/// The fixed set-up of a router: skills, buttons and the agent roster.
public struct RouterConfiguration: Sendable {
    /// A chat button and its queue.
    public struct Button: Sendable {
        /// Skill an agent needs to take this button's chats.
        public var skill: SkillID
        /// Lowest skill level an agent needs; `nil` accepts any holder of the skill.
        public var minimumLevel: Int?
        /// How the button picks an agent.
        public var model: RoutingModel
        /// Routing priority of the button's chats: lower values are routed first.
        public var priority: Int
        /// Capacity one chat of this button takes.
        public var weight: CapacityWeight
        /// When a chat gives its capacity back.
        public var capacityModel: CapacityModel
        /// Whether a pushed chat is accepted at once, without an accept command.
        public var autoAccept: Bool
        /// Queue length limits.
        public var queueLimit: QueueLimit
        /// Declines and time-outs after which a request is canceled; `nil` means no limit.
        public var rerouteAttempts: Int?

        /// Creates a button.
        public init(skill: SkillID, minimumLevel: Int? = nil, model: RoutingModel = .leastActive, priority: Int = 0,
                    weight: CapacityWeight = .units(1), capacityModel: CapacityModel = .tabBased,
                    autoAccept: Bool = false, queueLimit: QueueLimit = QueueLimit(), rerouteAttempts: Int? = nil) {
            self.skill = skill
            self.minimumLevel = minimumLevel
            self.model = model
            self.priority = priority
            self.weight = weight
            self.capacityModel = capacityModel
            self.autoAccept = autoAccept
            self.queueLimit = queueLimit
            self.rerouteAttempts = rerouteAttempts
        }
    }

    /// A skill an agent holds, at a level.
    public struct HeldSkill: Sendable, Hashable {
        /// The skill.
        public var skill: SkillID
        /// The agent's level in it.
        public var level: Int

        /// Creates a held skill.
        public init(_ skill: SkillID, level: Int = 0) {
            self.skill = skill
            self.level = level
        }
    }

    /// An agent of the roster.
    public struct Agent: Sendable {
        /// Skills the agent holds.
        public var skills: [HeldSkill]
        /// Capacity in units (the number of chats for Live Agent-style capacity), below
        /// ``RouterConfiguration/capacityLimit``.
        public var capacity: Int
        /// Group the agent's time account is added to (``Router/timeAccount(ofGroup:at:)``).
        public var group: Int
        /// Whether the router sets the agent Away when it declines an offer.
        public var awayOnDecline: Bool
        /// Whether the router sets the agent Away when it lets an offer time out.
        public var awayOnTimeout: Bool

        /// Creates an agent holding skills at levels.
        public init(heldSkills: [HeldSkill], capacity: Int, group: Int = 0,
                    awayOnDecline: Bool = false, awayOnTimeout: Bool = false) {
            self.skills = heldSkills
            self.capacity = capacity
            self.group = group
            self.awayOnDecline = awayOnDecline
            self.awayOnTimeout = awayOnTimeout
        }

        /// Creates an agent holding skills without levels.
        public init(skills: [SkillID], capacity: Int, group: Int = 0) {
            self.init(heldSkills: skills.map { HeldSkill($0) }, capacity: capacity, group: group)
        }
    }

    /// Largest agent capacity, in units.
    public static let capacityLimit = 5_000

    /// Number of distinct skills; skill ids run from 0 to `skillCount - 1`.
    public var skillCount: Int
    /// Buttons, addressed by ``ButtonID``.
    public var buttons: [Button]
    /// Agents, addressed by ``AgentID``.
    public var agents: [Agent]
    /// Addresses refused before they reach an agent.
    public var blocking: BlockingRules

    /// Creates a configuration.
    public init(skillCount: Int, buttons: [Button], agents: [Agent], blocking: BlockingRules = BlockingRules()) {
        self.skillCount = skillCount
        self.buttons = buttons
        self.agents = agents
        self.blocking = blocking
    }

    /// Number of agent groups (one more than the highest group number).
    public var groupCount: Int { (agents.map(\.group).max() ?? -1) + 1 }
}
