import Routing
import Stochastics

/// A saturating random load on the router, driven directly (no simulator): a fixed-seed stream of
/// commands — chat requests on random buttons, answers to pushed offers (mostly accepts, some
/// declines and time-outs), ends that close the work, visitor cancels of queued chats, agents
/// going Away and back — each drawn from where the router's decisions say the chats stand.
///
/// Requests outnumber what the agents can serve, so that they stay at capacity and every queue
/// fills; the visitors who give up (one per request once `queueTarget` chats wait) keep the
/// queues at that length. Pushed offers are answered ten times sooner than chats end, so that
/// about one chat in eleven holding capacity is an offer awaiting its answer.
struct RoutingLoad {
    private(set) var router: Router
    /// BASELINE ONLY: a naive selection that follows the same decisions, when it is measured.
    var reference: LinearScanSelection?
    /// Commands issued, decisions read and, among them, offers (agent selections) since the
    /// counters were last reset.
    private(set) var commands = 0
    private(set) var decisions = 0
    private(set) var offers = 0

    private var random: SplitMix64
    private var queued = SampledSet<ChatID>()
    private var offered = SampledSet<ChatID>()
    private var active = SampledSet<ChatID>()
    private var away = SampledSet<AgentID>()
    private let agentCount: Int
    private let buttonCount: Int
    private let queueTarget: Int
    private var now = 0.0

    /// Share of steps that request a chat; answers and ends share the rest but for presence changes.
    private static let requestShare = 0.36
    private static let presenceShare = 0.01
    /// How much sooner an offer is answered than an active chat ends.
    private static let answerSpeedUp = 10

    init(configuration: RouterConfiguration, queueTarget: Int, seed: UInt64, reference: LinearScanSelection? = nil) {
        router = Router(configuration: configuration)
        random = SplitMix64(seed: seed)
        agentCount = configuration.agents.count
        buttonCount = configuration.buttons.count
        self.queueTarget = queueTarget
        self.reference = reference
    }

    /// The set-up: logs every agent in, fills the agents and the queues with requests and accepts
    /// every pushed offer; then resets the counters.
    mutating func saturate() throws(RoutingError) {
        for agent in 0..<agentCount { setPresence(.online, of: AgentID(agent)) }
        while queued.count < queueTarget { request() }
        while let chat = offered.randomElement(using: &random) { try accept(chat) }
        commands = 0
        decisions = 0
        offers = 0
    }

    /// Issues one command (two when a request makes a waiting visitor give up).
    mutating func step() throws(RoutingError) {
        let draw = random.unit()
        if draw < Self.requestShare {
            request()
            if queued.count > queueTarget, let chat = queued.randomElement(using: &random) {
                try router.cancelByVisitor(chat, at: tick())
                readDecisions()
            }
        } else if draw < 1 - Self.presenceShare {
            try serve()
        } else {
            changePresence()
        }
    }

    /// Answers a pushed offer or ends an active chat, picked with offers weighted by `answerSpeedUp`.
    private mutating func serve() throws(RoutingError) {
        let offers = Self.answerSpeedUp * offered.count
        guard offers + active.count > 0 else { return }
        let pick = random.below(offers + active.count)
        guard pick < offers else {
            let chat = active[pick - offers]
            let party: EndedBy = random.below(2) == 0 ? .agent : .visitor
            try router.endChat(chat, by: party, at: tick(), closingWork: true)
            readDecisions()
            return
        }
        let chat = offered[pick / Self.answerSpeedUp]
        let answer = random.unit()
        if answer < 0.92 {
            try accept(chat)
        } else if answer < 0.96 {
            try router.decline(chat, at: tick())
            readDecisions()
        } else {
            try router.pushTimedOut(chat, at: tick())
            readDecisions()
        }
    }

    private mutating func request() {
        let button = ButtonID(random.below(buttonCount))
        let chat = router.requestChat(on: button, at: tick())
        reference?.requested(chat, on: button)
        readDecisions()
    }

    private mutating func accept(_ chat: ChatID) throws(RoutingError) {
        guard let agent = router.agent(of: chat) else { throw .notPending(chat) }
        try router.accept(chat, by: agent, at: tick())
        readDecisions()
    }

    /// Keeps about one agent in fifty Away: sets a random Online agent Away, or brings one back.
    private mutating func changePresence() {
        if away.count >= agentCount / 50, let agent = away.randomElement(using: &random) {
            setPresence(.online, of: agent)
        } else {
            let agent = AgentID(random.below(agentCount))
            if !away.contains(agent) { setPresence(.away, of: agent) }
        }
    }

    private mutating func setPresence(_ presence: Presence, of agent: AgentID) {
        if presence == .away { away.insert(agent) } else { away.remove(agent) }
        reference?.setPresence(presence, of: agent)
        router.setPresence(presence, of: agent, at: tick())
        readDecisions()
    }

    /// Counts a command about to be issued and returns its time.
    private mutating func tick() -> Double {
        now += 0.001
        commands += 1
        return now
    }

    /// Reads every pending decision and moves the chats it concerns to where they now stand.
    private mutating func readDecisions() {
        while let decision = router.nextDecision() {
            decisions += 1
            reference?.observe(decision)
            switch decision {
            case .enqueued(let chat, _):
                queued.insert(chat)
            case .offered(let chat, _):
                offers += 1
                queued.remove(chat)
                offered.insert(chat)
            case .accepted(let chat, _):
                queued.remove(chat)
                offered.remove(chat)
                active.insert(chat)
            case .declined(let chat, _, _), .withdrawn(let chat, _):
                offered.remove(chat)
            case .canceled(let chat, _):
                queued.remove(chat)
                offered.remove(chat)
            case .ended(let chat, _, _):
                active.remove(chat)
            case .presenceChanged(let agent, let presence):
                if presence == .away { away.insert(agent) } else { away.remove(agent) }
            case .choiceOffered, .choiceWithdrawn, .workClosed:
                break
            default:
                break  // the load makes no transfers, conferences or blocks
            }
        }
    }
}
