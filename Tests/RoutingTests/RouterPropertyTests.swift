import Routing
import Testing

/// SplitMix64, so that the random command sequences replay exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Drives the router with long random command sequences and checks, after every command, its
/// invariants and that every request reaches exactly one final outcome.
@Test(arguments: [1, 2, 3, 4])
func randomCommandSequencesKeepTheInvariants(seed: UInt64) throws {
    var generator = SeededGenerator(state: seed)
    let skillCount = 3
    let buttons = (0..<4).map { index in
        RouterConfiguration.Button(
            skill: SkillID(index % skillCount), model: index.isMultiple(of: 2) ? .leastActive : .mostAvailable,
            priority: index % 2, weight: index == 3 ? 2 : 1, autoAccept: index == 1)
    }
    let agents = (0..<12).map { index in
        RouterConfiguration.Agent(
            skills: (0..<skillCount).filter { ($0 + index) % 3 != 0 || $0 == index % skillCount }.map(SkillID.init),
            capacity: 1 + index % 3)
    }
    var router = Router(configuration: RouterConfiguration(skillCount: skillCount, buttons: buttons, agents: agents))
    var offered: Set<ChatID> = []
    var active: Set<ChatID> = []
    var waiting: Set<ChatID> = []
    var outcomes: [String: Int] = [:]
    var requests = 0
    var time = 0.0
    func apply(_ decision: RoutingDecision) {
        switch decision {
        case .enqueued(let chat, _):
            waiting.insert(chat)
        case .offered(let chat, _):
            waiting.remove(chat)
            offered.insert(chat)
        case .accepted(let chat, _):
            offered.remove(chat)
            active.insert(chat)
        case .canceled(let chat, let reason):
            waiting.remove(chat)
            offered.remove(chat)
            outcomes["\(reason)", default: 0] += 1
        case .ended(let chat, _, _):
            active.remove(chat)
            outcomes["ended", default: 0] += 1
        }
    }
    for _ in 0..<5_000 {
        time += Double.random(in: 0..<1, using: &generator)
        switch Int.random(in: 0..<10, using: &generator) {
        case 0...3:
            _ = router.requestChat(on: ButtonID(Int.random(in: 0..<buttons.count, using: &generator)), at: time)
            requests += 1
        case 4:
            if let chat = offered.randomElement(using: &generator) { try router.accept(chat, at: time) }
        case 5, 6:
            if let chat = active.randomElement(using: &generator) {
                try router.endChat(chat, by: Bool.random(using: &generator) ? .agent : .visitor, at: time)
            }
        case 7:
            if let chat = waiting.union(offered).randomElement(using: &generator) {
                try router.cancelByVisitor(chat, at: time)
            }
        default:
            let presence: [Presence] = [.online, .online, .away, .offline]
            router.setPresence(presence.randomElement(using: &generator)!,
                               of: AgentID(Int.random(in: 0..<agents.count, using: &generator)), at: time)
        }
        while let decision = router.nextDecision() { apply(decision) }
        let violations = router.invariantViolations()
        #expect(violations.isEmpty, "\(violations)")
        if !violations.isEmpty { return }
        #expect(waiting.isDisjoint(with: offered) && offered.isDisjoint(with: active))
    }
    let finished = outcomes.values.reduce(0, +)
    #expect(finished + waiting.count + offered.count + active.count == requests,
            "every request is waiting, offered, active or finished exactly once")
    #expect(outcomes["ended", default: 0] > 100 && outcomes["visitor", default: 0] > 100,
            "the sequence exercised the paths: \(outcomes)")
}
