import Routing

/// Builds a router from a compact description and collects its decisions.
struct RouterHarness {
    var router: Router

    /// `agents` lists each agent's skills and capacity; every agent starts Online at time 0
    /// unless `online` is false.
    init(skillCount: Int = 1, buttons: [RouterConfiguration.Button] = [.init(skill: SkillID(0))],
         agents: [(skills: [Int], capacity: Int)], online: Bool = true, blocking: BlockingRules = BlockingRules()) {
        self.init(configuration: RouterConfiguration(
            skillCount: skillCount, buttons: buttons,
            agents: agents.map { .init(skills: $0.skills.map(SkillID.init), capacity: $0.capacity) },
            blocking: blocking), online: online)
    }

    init(configuration: RouterConfiguration, online: Bool = true) {
        router = Router(configuration: configuration)
        if online {
            for index in configuration.agents.indices { router.setPresence(.online, of: AgentID(index), at: 0) }
            _ = drain()
        }
    }

    mutating func drain() -> [RoutingDecision] {
        var decisions: [RoutingDecision] = []
        while let decision = router.nextDecision() { decisions.append(decision) }
        return decisions
    }

    /// Requests a chat and returns it with the decisions it caused.
    mutating func request(_ button: Int = 0, from address: IPAddress? = nil, at time: Double) -> (ChatID, [RoutingDecision]) {
        let chat = router.requestChat(on: ButtonID(button), from: address, at: time)
        return (chat, drain())
    }

    /// The agent a request was pushed to, or nil when it was not pushed.
    mutating func pushedAgent(_ button: Int = 0, at time: Double) -> Int? {
        let (_, decisions) = request(button, at: time)
        for case .offered(_, let agent) in decisions { return Int(agent.index) }
        return nil
    }

    /// The agent holding a pushed chat accepts it.
    mutating func acceptOffered(_ chat: ChatID, at time: Double) throws {
        guard let agent = router.agent(of: chat) else { throw RoutingError.unknownChat(chat) }
        try router.accept(chat, by: agent, at: time)
    }

    /// Ends an accepted chat and closes its work at once; returns the decisions.
    mutating func finish(_ chat: ChatID, at time: Double) throws -> [RoutingDecision] {
        try router.endChat(chat, by: .agent, at: time, closingWork: true)
        return drain()
    }
}
