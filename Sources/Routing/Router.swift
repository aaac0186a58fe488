import IndexedHeaps

/// The routing engine: a state machine that knows the agents' presence and load, the buttons'
/// queues and the chats in progress, and decides where each chat goes.
///
/// It has no clock and no randomness: every command carries its time, and every command appends
/// its consequences to a decision list that the caller drains with ``nextDecision()``. The same
/// engine can therefore be driven by the simulator in virtual time or by live traffic.
///
/// A chat's life: requested → (queued) → offered (pushed, or shown to Choice agents) → accepted →
/// ended → work closed. Rules:
/// - **Presence.** Online agents receive chats; Away agents keep theirs and receive nothing;
///   logging out either ends the agent's chats at once or lets it finish them first (drain).
/// - **Capacity.** Agents have capacity units; a chat takes its button's weight (units, or a
///   percentage of the agent's capacity) from pushing until the work is closed (tab-based) or
///   the chat ends (status-based). Routing from buttons never exceeds capacity.
/// - **Skills.** A button needs a skill, optionally at a minimum level.
/// - **Models.** Least Active pushes to the fewest chats held, Most Available to the most free
///   capacity; ties go to the agent whose last assignment is oldest, then to the lower index.
///   Choice shows the request to every qualified Online agent with room; the first to accept
///   takes it and it is withdrawn from the others.
/// - **Push offers** may be declined or time out: the chat is routed again (to another agent when
///   one has room), keeping its original request time, until the button's rerouting attempts are
///   used up (`CancelNoAgent`); agents may be set Away on declines or time-outs.
/// - **Queues** are ordered by routing priority, then original request time; overall and
///   per-agent length limits refuse requests (`CancelNoQueue`); requests with no qualified agent
///   logged in are refused, and waiting ones canceled when the last logs out (`CancelNoAgent`).
/// - **Blocking.** Requests from blocked addresses never reach an agent (`CancelBlocked`); an
///   agent blocking a visitor ends the chat for everyone in it and may add a rule.
/// - **Transfers** of an active chat: to one Online agent or to every Online agent with a skill
///   (the first to accept takes it, beyond its capacity if need be), or into a button's queue by
///   the chat's original request time (respecting capacity). A declined, timed-out or canceled
///   request leaves the chat with its agent.
/// - **Conferences**: one invitation at a time, to an agent or a skill; a guest takes a chat's
///   worth of its capacity; guests may leave, the agent handling the chat may hand it to the
///   longest-attending guest, and the chat's end (or a block) ends it for everyone.
/// - Routing re-runs whenever an agent's status or load changes.
public struct Router: Sendable {
    struct AgentState: Sendable {
        var presence: Presence = .offline
        /// Logging out: Away until its last chat is finished, then Offline.
        var loggingOut = false
        /// Capacity and load in hundredths of a unit, so that percentage weights stay exact.
        let capacity: Int32
        /// The capacity in units, as the time account integrates it.
        let capacityUnits: Double
        var load: Int32 = 0
        /// Chats holding capacity on the agent.
        var heldChats: Int32 = 0
        /// Number of the agent's latest assignment (see ``SelectionKey``).
        var lastAssignment: UInt64
        /// Time up to which the agent's time account is complete.
        var accountedUntil = 0.0
        /// First chat of the agent's list (offered, active or in after-chat work), or -1.
        var firstChat: Int32 = -1
        var group: Int32
        var awayOnDecline: Bool
        var awayOnTimeout: Bool
        /// Whether the agent serves a Choice button (and so needs its offers tracked).
        var servesChoice = false
        /// Ranges of this agent's pools in `agentPools` and buttons in `agentButtons`.
        var poolsStart: Int32 = 0
        var poolsEnd: Int32 = 0
        var buttonsStart: Int32 = 0
        var buttonsEnd: Int32 = 0

        var freeCapacity: Int32 { capacity - load }
    }

    @usableFromInline
    enum ChatStatus: UInt8, Sendable {
        /// `guest`: an internal slot holding a conference guest's share of a chat (its agent and
        /// capacity); it never appears as a chat id outside the router.
        case free, queued, offered, active, wrapUp, guest
    }

    @usableFromInline
    struct ChatState: Sendable {
        @usableFromInline var status: ChatStatus = .free
        @usableFromInline var button: Int32 = -1
        @usableFromInline var agent: Int32 = -1
        var requestTime: Double = 0
        var sequence: UInt64 = 0
        /// Capacity the chat holds on its agent, in hundredths of a unit (0 when none).
        var load: Int32 = 0
        /// Declines and time-outs so far.
        var attempts: Int32 = 0
        /// The latest agents who declined or missed the chat, avoided while others have room.
        var decliners = DeclinerRing()
        /// Neighbours in the agent's chat list.
        var previousOfAgent: Int32 = -1
        var nextOfAgent: Int32 = -1
    }

    /// A button's queue, its pool, and the settings routing reads on every chat (copied out of the
    /// configuration so that the hot path reads a few words, not the whole button).
    struct ButtonState: Sendable {
        var queue = IndexedHeap<QueueKey>()
        let pool: Int32
        let model: RoutingModel
        let autoAccept: Bool
        let priority: Int
        /// Weight in hundredths of a unit, or 0 when the weight is a percentage of the agent's capacity.
        let weight: Int32
        /// Weight as a percentage of the agent's capacity (when `weight` is 0).
        let percentage: Int32

        init(pool: Int32, settings: RouterConfiguration.Button) {
            self.pool = pool
            model = settings.model
            autoAccept = settings.autoAccept
            priority = settings.priority
            switch settings.weight {
            case .units(let units):
                weight = Int32(units * 100)
                percentage = 0
            case .percentage(let share):
                weight = 0
                percentage = Int32(share)
            }
        }
    }

    let configuration: RouterConfiguration
    var agents: [AgentState] = []
    var agentPools: [Int32] = []
    var agentButtons: [Int32] = []
    var pools: [AgentPool] = []
    var buttons: [ButtonState] = []
    @usableFromInline var chats: [ChatState] = []
    var freeChatSlots: [Int32] = []
    var blocking: BlockingRules
    var nextSequence: UInt64 = 0
    /// Chats waiting in the queues of push buttons (routing re-runs only when some wait).
    var waitingPushChats = 0
    /// Number given to the next assignment of a chat to an agent.
    var nextAssignment: UInt64
    /// Decisions not yet read are `decisions[decisionCursor ..< decisionCount]`; the storage
    /// beyond `decisionCount` is kept for reuse.
    @usableFromInline var decisions: [RoutingDecision] = []
    @usableFromInline var decisionCount = 0
    @usableFromInline var decisionCursor = 0
    /// Cumulative time in each state of each agent, complete up to its `accountedUntil`.
    var accounts: [TimeAccount]
    /// Chats waiting in queues (push and Choice), and their time integral up to `queueAccountedUntil`.
    var queuedChats = 0
    var queuedChatSeconds = 0.0
    var queueAccountedUntil = 0.0
    /// Most chats waiting at once since the last ``takeQueuePeak(at:)``.
    var queuePeak = 0
    /// Pending transfer requests (to agents or skills) and conference invitations, by chat slot.
    var handoffs: [Int32: HandoffRequest] = [:]
    /// Chats transferred to a button and not yet taken by a new agent, with the agent they left.
    /// (Transfers and conferences are rare next to routing, so their state lives in side tables
    /// that the hot path only tests for emptiness, keeping the chat record small.)
    var buttonTransfers: [Int32: Int32] = [:]
    /// The messages that travel with pending transfers, by chat slot.
    var transferMessages: [Int32: String] = [:]
    /// The guest slots of each chat in conference, in joining order, and each guest's chat.
    var conferenceGuests: [Int32: [Int32]] = [:]
    var guestHosts: [Int32: Int32] = [:]
    /// Chats and guest slots that reached their agent by a transfer or a conference, which may
    /// exceed the agent's capacity.
    var handoffSlots: Set<Int32> = []
    /// The agents holding each skill (at any level), in agent order.
    var skillMembers: [[Int32]]

    /// Creates a router with every agent Offline and every queue empty.
    public init(configuration: RouterConfiguration) {
        self.configuration = configuration
        blocking = configuration.blocking
        nextAssignment = UInt64(configuration.agents.count)
        accounts = Array(repeating: TimeAccount(), count: configuration.agents.count)
        skillMembers = Array(repeating: [], count: configuration.skillCount)
        for (index, agent) in configuration.agents.enumerated() {
            for skill in Set(agent.skills.map(\.skill.index)) { skillMembers[Int(skill)].append(Int32(index)) }
        }
        var poolNumbers: [PoolKey: Int32] = [:]
        for button in configuration.buttons {
            precondition(button.skill.index >= 0 && Int(button.skill.index) < configuration.skillCount,
                         "button skill out of range")
            if case .units(let units) = button.weight { precondition(units >= 1, "a chat weighs at least one unit") }
            if case .percentage(let share) = button.weight { precondition(1...100 ~= share, "percentage weights lie in 1...100") }
            let key = PoolKey(skill: button.skill.index, minimumLevel: button.minimumLevel)
            let pool: Int32
            if let known = poolNumbers[key] {
                pool = known
            } else {
                pool = Int32(pools.count)
                pools.append(AgentPool(skill: key.skill, minimumLevel: key.minimumLevel))
                poolNumbers[key] = pool
            }
            pools[Int(pool)].use(button.model)
            pools[Int(pool)].buttons.append(Int32(buttons.count))
            buttons.append(ButtonState(pool: pool, settings: button))
        }
        for (index, agent) in configuration.agents.enumerated() {
            precondition(agent.capacity >= 0 && agent.capacity <= RouterConfiguration.capacityLimit,
                         "agent capacity must lie in 0...\(RouterConfiguration.capacityLimit)")
            var state = AgentState(
                capacity: Int32(agent.capacity * 100), capacityUnits: Double(agent.capacity),
                lastAssignment: UInt64(index), group: Int32(agent.group),
                awayOnDecline: agent.awayOnDecline, awayOnTimeout: agent.awayOnTimeout)
            state.poolsStart = Int32(agentPools.count)
            state.buttonsStart = Int32(agentButtons.count)
            for (number, pool) in pools.enumerated()
            where agent.skills.contains(where: { $0.skill.index == pool.skill && pool.admits(level: $0.level) }) {
                agentPools.append(Int32(number))
                pools[number].members.append(Int32(index))
                for button in pool.buttons {
                    agentButtons.append(button)
                    if configuration.buttons[Int(button)].model == .choice { state.servesChoice = true }
                }
            }
            state.poolsEnd = Int32(agentPools.count)
            state.buttonsEnd = Int32(agentButtons.count)
            agents.append(state)
        }
    }

    struct PoolKey: Hashable {
        let skill: Int32
        let minimumLevel: Int?
    }

    /// Returns the next decision not yet read, or `nil` when all have been read. Decisions are
    /// produced by commands in order; reading them may interleave with further commands.
    @inlinable
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
    @inline(__always)
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

    /// Whether the agent is logging out: Away until it has finished its chats.
    public func isLoggingOut(_ agent: AgentID) -> Bool { agents[Int(agent.index)].loggingOut }

    /// Capacity units the agent's chats occupy.
    public func load(of agent: AgentID) -> Double { Double(agents[Int(agent.index)].load) / 100 }

    /// Chats holding capacity on the agent.
    public func heldChats(of agent: AgentID) -> Int { Int(agents[Int(agent.index)].heldChats) }

    /// Number of chats waiting in the button's queue.
    public func queueLength(of button: ButtonID) -> Int { buttons[Int(button.index)].queue.count }

    /// The agent a chat is pushed to or handled by, if any.
    @inlinable @inline(__always)
    public func agent(of chat: ChatID) -> AgentID? {
        guard isLive(chat), chats[Int(chat.index)].agent >= 0 else { return nil }
        return AgentID(Int(chats[Int(chat.index)].agent))
    }

    /// The button the chat is routed on now: the one it was requested on, or the one it was last
    /// transferred to.
    @inlinable @inline(__always)
    public func button(of chat: ChatID) -> ButtonID? {
        isLive(chat) ? ButtonID(Int(chats[Int(chat.index)].button)) : nil
    }

    /// Whether an agent has accepted the chat and its conversation is going on.
    public func isActive(_ chat: ChatID) -> Bool { isLive(chat) && chats[Int(chat.index)].status == .active }

    /// Whether the chat waits in a queue.
    public func isQueued(_ chat: ChatID) -> Bool { isLive(chat) && chats[Int(chat.index)].status == .queued }

    /// The blocking rules in force, including those added while running.
    public var blockingRules: BlockingRules { blocking }

    /// The agents in an accepted chat: the one handling it, then its conference guests in the
    /// order they joined; empty when the chat is not accepted.
    public func participants(of chat: ChatID) -> [AgentID] {
        guard isLive(chat), chats[Int(chat.index)].status == .active || chats[Int(chat.index)].status == .wrapUp else {
            return []
        }
        let guests = conferenceGuests[chat.index] ?? []
        return [AgentID(Int(chats[Int(chat.index)].agent))] + guests.map { AgentID(Int(chats[Int($0)].agent)) }
    }

    /// The message the agent wrote for whoever takes the chat, while its transfer is pending
    /// (shown to agents, or waiting in a button's queue); `nil` when none was written.
    public func transferMessage(of chat: ChatID) -> String? {
        transferMessages[chat.index]
    }

    /// The agents a pending transfer request or conference invitation of the chat is shown to.
    public func handoffOfferees(of chat: ChatID) -> [AgentID] {
        handoffs[chat.index]?.offerees.map { AgentID(Int($0)) } ?? []
    }

    /// Whether the id names a chat in progress.
    @inlinable @inline(__always)
    func isLive(_ chat: ChatID) -> Bool {
        let index = Int(chat.index)
        return index >= 0 && index < chats.count && chats[index].status != .free && chats[index].status != .guest
    }
}

