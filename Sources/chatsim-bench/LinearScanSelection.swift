import Routing

/// BASELINE ONLY — not how chatsim routes. The naive agent selection that the router's indexes
/// replace: for each push decision, a scan of every agent for the best Online, qualified one with
/// room (fewest chats for Least Active, most free capacity for Most Available, then the oldest
/// last assignment), avoiding the chat's recent decliners while another agent has room.
///
/// It follows the router's decisions and the load's presence commands to mirror what selection
/// depends on, so that it scans for exactly the router's decisions, timing each scan and counting
/// how often it picks the router's agent. It assumes what the routing benchmark's configuration
/// guarantees: chats of one unit held until the work is closed, no minimum skill levels, at most
/// 64 skills, no Choice buttons.
struct LinearScanSelection {
    /// Offers scanned for, offers where the scan picked the router's agent, and time spent scanning.
    private(set) var selections = 0
    private(set) var agreements = 0
    private(set) var seconds = 0.0
    /// Whether offers are scanned for (else only mirrored).
    var isScanning = false

    private var online: [Bool]
    private var held: [Int32]
    private let capacity: [Int32]
    private let skills: [UInt64]
    private var lastAssignment: [UInt64]
    private var nextAssignment: UInt64
    private let buttonSkill: [UInt64]
    private let buttonIsMostAvailable: [Bool]
    /// By chat slot: its button, the agent it is pushed to or held by (-1 when none), and its last
    /// four decliners (-1 for none) with the place of the next one.
    private var chatButton: [Int32] = []
    private var chatAgent: [Int32] = []
    private var decliners: [SIMD4<Int32>] = []
    private var nextDecliner: [Int32] = []

    init(configuration: RouterConfiguration) {
        precondition(configuration.skillCount <= 64, "skills are kept as a 64-bit mask")
        online = Array(repeating: false, count: configuration.agents.count)
        held = Array(repeating: 0, count: configuration.agents.count)
        capacity = configuration.agents.map { Int32($0.capacity) }
        skills = configuration.agents.map { $0.skills.reduce(0) { $0 | 1 << UInt64($1.skill.index) } }
        lastAssignment = configuration.agents.indices.map(UInt64.init)
        nextAssignment = UInt64(configuration.agents.count)
        buttonSkill = configuration.buttons.map { 1 << UInt64($0.skill.index) }
        buttonIsMostAvailable = configuration.buttons.map { $0.model == .mostAvailable }
    }

    /// A new request: its slot's mirror starts afresh.
    mutating func requested(_ chat: ChatID, on button: ButtonID) {
        let slot = Int(chat.index)
        if slot >= chatButton.count {
            let added = slot + 1 - chatButton.count
            chatButton.append(contentsOf: repeatElement(-1, count: added))
            chatAgent.append(contentsOf: repeatElement(-1, count: added))
            decliners.append(contentsOf: repeatElement(SIMD4(repeating: -1), count: added))
            nextDecliner.append(contentsOf: repeatElement(0, count: added))
        }
        chatButton[slot] = button.index
        chatAgent[slot] = -1
        decliners[slot] = SIMD4(repeating: -1)
        nextDecliner[slot] = 0
    }

    mutating func setPresence(_ presence: Presence, of agent: AgentID) {
        online[Int(agent.index)] = presence == .online
    }

    /// Follows a decision of the router; an offer is first scanned for, when scanning.
    mutating func observe(_ decision: RoutingDecision) {
        switch decision {
        case .offered(let chat, let agent):
            if isScanning { scan(for: chat, pickedBy: agent) }
            held[Int(agent.index)] += 1
            lastAssignment[Int(agent.index)] = nextAssignment
            nextAssignment += 1
            chatAgent[Int(chat.index)] = agent.index
        case .declined(let chat, let agent, _):
            let slot = Int(chat.index)
            decliners[slot][Int(nextDecliner[slot])] = agent.index
            nextDecliner[slot] = (nextDecliner[slot] + 1) % 4
            release(chat)
        case .withdrawn(let chat, _), .canceled(let chat, _), .workClosed(let chat, _):
            release(chat)
        case .presenceChanged(let agent, let presence):
            online[Int(agent.index)] = presence == .online
        case .enqueued, .accepted, .ended, .choiceOffered, .choiceWithdrawn:
            break
        default:
            break  // the load makes no transfers, conferences or blocks
        }
    }

    /// The chat gives its agent's capacity back, if it held any.
    private mutating func release(_ chat: ChatID) {
        let agent = Int(chatAgent[Int(chat.index)])
        guard agent >= 0 else { return }
        held[agent] -= 1
        chatAgent[Int(chat.index)] = -1
    }

    private mutating func scan(for chat: ChatID, pickedBy agent: AgentID) {
        let clock = ContinuousClock()
        let start = clock.now
        let button = Int(chatButton[Int(chat.index)])
        let avoided = decliners[Int(chat.index)]
        var choice = best(for: button, avoiding: avoided)
        if choice < 0 { choice = best(for: button, avoiding: SIMD4(repeating: -1)) }
        let elapsed = clock.now - start
        seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        selections += 1
        if choice == agent.index { agreements += 1 }
    }

    /// The best agent for the button among all agents but `avoided`, or -1.
    private func best(for button: Int, avoiding avoided: SIMD4<Int32>) -> Int32 {
        let skill = buttonSkill[button]
        let mostAvailable = buttonIsMostAvailable[button]
        var chosen: Int32 = -1
        var chosenKey = UInt64.max
        for agent in 0..<online.count
        where online[agent] && held[agent] < capacity[agent] && skills[agent] & skill != 0
            && !any(avoided .== SIMD4(repeating: Int32(agent))) {
            let measure = mostAvailable ? held[agent] - capacity[agent] : held[agent]
            let key = UInt64(measure + (1 << 19)) << 44 | lastAssignment[agent]
            if key < chosenKey {
                chosen = Int32(agent)
                chosenKey = key
            }
        }
        return chosen
    }
}
