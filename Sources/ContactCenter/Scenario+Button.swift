import Routing

extension Scenario {
    /// A chat button (a deployment's entry point): the skill an agent needs to take its chats,
    /// its arrivals, and how it routes them (`LiveChatButton`, or an Omni-Channel routing
    /// configuration).
    public struct Button: Sendable, Equatable {
        /// Identifier, unique within the scenario.
        public var id: String
        /// Skill required to take chats from this button.
        public var skill: String
        /// Lowest level of the skill an agent needs; `nil` accepts any holder of the skill.
        public var minimumSkillLevel: Int?
        /// Arrival rates of chat requests over the day.
        public var arrivals: ArrivalRates
        /// How an agent is chosen among the qualified ones.
        public var routing: RoutingModel
        /// Routing priority: chats of buttons with a lower value are routed first.
        public var priority: Int
        /// Time an agent has to accept a pushed chat before it is offered to the next agent;
        /// `nil` means offers never time out.
        public var pushTimeout: Double?
        /// Whether pushed chats are accepted at once, without the agent's accept delay or declines.
        public var autoAccept: Bool
        /// Declines and time-outs after which the request is canceled; `nil` means no limit.
        public var rerouteAttempts: Int?
        /// Queue length limits; requests beyond them are canceled (`CancelNoQueue`).
        public var queueLimit: QueueLimit
        /// Capacity one chat of this button takes from its agent.
        public var capacityWeight: CapacityWeight
        /// When a chat gives its capacity back.
        public var capacityModel: CapacityModel
        /// Types of the records attached to each accepted chat (a case, a contact, …): they follow
        /// the chat when it is transferred, and open for a receiving or joining agent only if its
        /// group may see that type.
        public var attachedRecords: [String]
        /// The button's own visitor-side conversation settings (conversation service mode), each
        /// replacing the service's value for the chats requested on the button.
        public var conversation: [VisitorSetting]

        /// Creates a button; the routing settings default to a Least Active button with an
        /// unlimited queue, no push time-out, and chats that take one unit of capacity until the
        /// agent closes the work (tab-based).
        public init(
            id: String, skill: String, arrivals: ArrivalRates, minimumSkillLevel: Int? = nil,
            routing: RoutingModel = .leastActive, priority: Int = 0, pushTimeout: Double? = nil,
            autoAccept: Bool = false, rerouteAttempts: Int? = nil, queueLimit: QueueLimit = QueueLimit(),
            capacityWeight: CapacityWeight = .units(1), capacityModel: CapacityModel = .tabBased,
            attachedRecords: [String] = [], conversation: [VisitorSetting] = []
        ) {
            self.id = id
            self.skill = skill
            self.minimumSkillLevel = minimumSkillLevel
            self.arrivals = arrivals
            self.routing = routing
            self.priority = priority
            self.pushTimeout = pushTimeout
            self.autoAccept = autoAccept
            self.rerouteAttempts = rerouteAttempts
            self.queueLimit = queueLimit
            self.capacityWeight = capacityWeight
            self.capacityModel = capacityModel
            self.attachedRecords = attachedRecords
            self.conversation = conversation
        }
    }
}
