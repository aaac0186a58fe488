import IndexedHeaps

/// The routing engine: a state machine that knows the agents' presence and load, the buttons'
/// queues and the chats in progress, and decides where each chat goes.
///
/// It has no clock and no randomness: every command carries its time, and every command appends
/// its consequences to a decision list that the caller drains with ``nextDecision()``. The same
/// engine can therefore be driven by the simulator in virtual time or by live traffic.
///
/// Rules implemented here:
/// - only Online agents receive chats; routing from buttons never exceeds an agent's capacity;
/// - a button pushes to the qualified agent chosen by its ``RoutingModel``; ties go to the agent
///   who was last assigned work longest ago, then to the lower agent index;
/// - a request that finds no free qualified agent waits in its button's queue, ordered by routing
///   priority, then original request time; with no qualified agent Online it is canceled
///   (`CancelNoAgent`);
/// - routing re-runs whenever an agent's status or load changes.
public struct Router: Sendable {
    struct AgentState: Sendable {
        var presence: Presence = .offline
        var capacity: Int32
        var load: Int32 = 0
        var activeChats: Int32 = 0
        /// Number of the agent's latest assignment (see ``SelectionKey``).
        var lastAssignment: UInt64
        /// Range of this agent's skills in `agentSkills`.
        var skillsStart: Int32
        var skillsEnd: Int32
        /// Range of the buttons this agent can serve in `agentButtons`.
        var buttonsStart: Int32
        var buttonsEnd: Int32

        var freeCapacity: Int32 { capacity - load }
    }

    enum ChatStatus: UInt8, Sendable {
        case free, queued, offered, active
    }

    struct ChatState: Sendable {
        var status: ChatStatus = .free
        var button: Int32 = -1
        var agent: Int32 = -1
        var requestTime: Double = 0
        var sequence: UInt64 = 0
    }

    struct ButtonState: Sendable {
        var queue = IndexedHeap<QueueKey>()
    }

    let configuration: RouterConfiguration
    var agents: [AgentState]
    var agentSkills: [Int32]
    var agentButtons: [Int32]
    var skills: [AgentSelectionIndex]
    var buttons: [ButtonState]
    var chats: [ChatState] = []
    var freeChatSlots: [Int32] = []
    var nextSequence: UInt64 = 0
    /// Number given to the next assignment of a chat to an agent.
    var nextAssignment: UInt64
    /// Decisions not yet read are `decisions[decisionCursor ..< decisionCount]`; the storage
    /// beyond `decisionCount` is kept for reuse.
    var decisions: [RoutingDecision] = []
    var decisionCount = 0
    var decisionCursor = 0

    /// Aggregate gauges, kept current for time-weighted metrics.
    public internal(set) var gauges = RouterGauges()

    /// Creates a router with every agent Offline and every queue empty.
    public init(configuration: RouterConfiguration) {
        self.configuration = configuration
        skills = Array(repeating: AgentSelectionIndex(), count: configuration.skillCount)
        for button in configuration.buttons {
            precondition(button.skill.index >= 0 && Int(button.skill.index) < configuration.skillCount,
                         "button skill out of range")
            precondition(button.weight >= 1, "button weight must be at least 1")
            skills[Int(button.skill.index)].use(button.model)
        }
        buttons = Array(repeating: ButtonState(), count: configuration.buttons.count)
        nextAssignment = UInt64(configuration.agents.count)
        agents = []
        agentSkills = []
        agentButtons = []
        agents.reserveCapacity(configuration.agents.count)
        for (index, agent) in configuration.agents.enumerated() {
            precondition(agent.capacity >= 0 && agent.capacity < SelectionKey.measureLimit,
                         "agent capacity must lie in 0 ..< \(SelectionKey.measureLimit)")
            let skillsStart = Int32(agentSkills.count)
            let buttonsStart = Int32(agentButtons.count)
            for skill in Set(agent.skills).sorted() {
                precondition(skill.index >= 0 && Int(skill.index) < configuration.skillCount,
                             "agent skill out of range")
                agentSkills.append(skill.index)
                skills[Int(skill.index)].holders.append(Int32(index))
            }
            for (buttonIndex, button) in configuration.buttons.enumerated()
            where agent.skills.contains(button.skill) {
                agentButtons.append(Int32(buttonIndex))
            }
            agents.append(AgentState(
                capacity: Int32(agent.capacity), lastAssignment: UInt64(index),
                skillsStart: skillsStart, skillsEnd: Int32(agentSkills.count),
                buttonsStart: buttonsStart, buttonsEnd: Int32(agentButtons.count)))
        }
    }

    /// Returns the next decision not yet read, or `nil` when all have been read. Decisions are
    /// produced by commands in order; reading them may interleave with further commands.
    public mutating func nextDecision() -> RoutingDecision? {
        guard decisionCursor < decisionCount else {
            decisionCount = 0
            decisionCursor = 0
            return nil
        }
        defer { decisionCursor += 1 }
        return decisions[decisionCursor]
    }

    /// Appends a decision for the caller to read, reusing the buffer's storage.
    mutating func decide(_ decision: RoutingDecision) {
        if decisionCount < decisions.count {
            decisions[decisionCount] = decision
        } else {
            decisions.append(decision)
        }
        decisionCount += 1
    }

    // MARK: Queries

    /// The agent's current status.
    public func presence(of agent: AgentID) -> Presence { agents[Int(agent.index)].presence }

    /// Capacity units the agent's chats occupy.
    public func load(of agent: AgentID) -> Int { Int(agents[Int(agent.index)].load) }

    /// Chats offered to or handled by the agent.
    public func activeChats(of agent: AgentID) -> Int { Int(agents[Int(agent.index)].activeChats) }

    /// Number of chats waiting in the button's queue.
    public func queueLength(of button: ButtonID) -> Int { buttons[Int(button.index)].queue.count }

    /// The agent a chat is offered to or handled by, if any.
    public func agent(of chat: ChatID) -> AgentID? {
        guard let state = chatState(chat), state.agent >= 0 else { return nil }
        return AgentID(Int(state.agent))
    }

    /// Whether the chat waits in a queue.
    public func isQueued(_ chat: ChatID) -> Bool { chatState(chat)?.status == .queued }

    func chatState(_ chat: ChatID) -> ChatState? {
        let index = Int(chat.index)
        guard index >= 0 && index < chats.count && chats[index].status != .free else { return nil }
        return chats[index]
    }
}

/// Totals over all agents, for time-weighted metrics (utilization, occupancy, staffing).
public struct RouterGauges: Sendable, Hashable {
    /// Capacity units in use (offered or active chats), over all agents.
    public var load = 0
    /// Agents holding at least one chat.
    public var busyAgents = 0
    /// Agents logged in (Online or Away).
    public var loggedInAgents = 0
    /// Capacity units of logged-in agents.
    public var loggedInCapacity = 0
}
