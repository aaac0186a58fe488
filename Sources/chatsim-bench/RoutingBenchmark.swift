import Routing
import Stochastics

/// Routing decisions per second under a saturating random load (``RoutingLoad``), driving the
/// router directly. Its baselines: the same load on a tenth of the agents (selection that scanned
/// the agents would cost ten times as much per decision there), and a naive scan of every agent
/// for the same offers (``LinearScanSelection``).
enum RoutingBenchmark {
    struct Figures {
        let agents: Int
        let buttons: Int
        let skills: Int
        let commands: Int
        let decisions: Int
        let offers: Int
        let seconds: Double
        /// At the end: share of the logged-in capacity in use, and chats waiting in the queues.
        let occupancy: Double
        let queued: Int
        /// The naive scans, when measured: offers scanned for, scans that picked the router's
        /// agent, and their total time.
        let selections: Int
        let agreements: Int
        let scanSeconds: Double

        var decisionsPerSecond: Double { Double(decisions) / seconds }
        var commandsPerSecond: Double { Double(commands) / seconds }
        var secondsPerDecision: Double { seconds / Double(decisions) }
        var secondsPerOffer: Double { seconds / Double(offers) }
        var secondsPerScan: Double { scanSeconds / Double(selections) }
    }

    static let buttons = 50
    static let skills = 20

    /// `agents` agents holding 1–3 of the skills with capacity 2–4, and buttons of one skill each,
    /// Least Active and Most Available mixed (every pool serves both), some with priority, a queue
    /// limit or a rerouting limit; one agent in ten goes Away when it declines. Agents are drawn in
    /// order from a fixed seed, so a smaller roster is the start of a larger one.
    static func configuration(agents: Int) -> RouterConfiguration {
        let buttons = (0..<Self.buttons).map { index in
            RouterConfiguration.Button(
                skill: SkillID(index % skills), model: index % 3 == 0 ? .mostAvailable : .leastActive,
                priority: index % 10 == 0 ? 0 : 1,
                queueLimit: QueueLimit(overall: index % 5 == 1 ? 30 : nil),
                rerouteAttempts: index % 4 == 0 ? 3 : nil)
        }
        var random = SplitMix64(seed: 2_024)
        let roster = (0..<agents).map { index in
            var held: [SkillID] = []
            let count = 1 + random.below(3)
            while held.count < count {
                let skill = SkillID(random.below(skills))
                if !held.contains(skill) { held.append(skill) }
            }
            return RouterConfiguration.Agent(
                heldSkills: held.map { RouterConfiguration.HeldSkill($0) }, capacity: 2 + random.below(3),
                group: index % 10, awayOnDecline: index % 10 == 0)
        }
        return RouterConfiguration(skillCount: skills, buttons: buttons, agents: roster)
    }

    /// Saturates a router of `agents` agents (untimed), then times `commands` commands of the
    /// load and checks the router's invariants; with `scanning`, also times the naive scans.
    static func run(agents: Int, commands: Int, scanning: Bool = false) async throws -> Figures {
        let configuration = configuration(agents: agents)
        var load = RoutingLoad(
            configuration: configuration, queueTarget: agents / 10, seed: 7,
            reference: scanning ? LinearScanSelection(configuration: configuration) : nil)
        try load.saturate()
        load.reference?.isScanning = true
        let ((), seconds) = try await Stopwatch.time {
            while load.commands < commands { try load.step() }
        }
        let violations = load.router.invariantViolations()
        precondition(violations.isEmpty, "the router broke its invariants: \(violations.prefix(5))")
        let loggedIn = configuration.agents.indices.filter { load.router.presence(of: AgentID($0)) != .offline }
        let inUse = loggedIn.reduce(0.0) { $0 + load.router.load(of: AgentID($1)) }
        let capacity = loggedIn.reduce(0.0) { $0 + Double(configuration.agents[$1].capacity) }
        return Figures(
            agents: agents, buttons: Self.buttons, skills: skills, commands: load.commands, decisions: load.decisions,
            offers: load.offers, seconds: seconds,
            occupancy: inUse / capacity,
            queued: (0..<Self.buttons).reduce(0) { $0 + load.router.queueLength(of: ButtonID($1)) },
            selections: load.reference?.selections ?? 0, agreements: load.reference?.agreements ?? 0,
            scanSeconds: load.reference?.seconds ?? 0)
    }
}
