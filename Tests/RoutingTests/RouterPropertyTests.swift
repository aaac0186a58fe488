import Routing
import Stochastics
import Testing

/// Tracks, from the decisions alone, where every chat is, and checks that the decisions tell a
/// consistent story: each request reaches exactly one final outcome.
struct ChatLedger {
    var waiting: Set<ChatID> = []
    var pushed: [ChatID: AgentID] = [:]
    var shown: [ChatID: Set<AgentID>] = [:]
    var active: Set<ChatID> = []
    var wrapUp: Set<ChatID> = []
    var outcomes: [String: Int] = [:]
    var problems: [String] = []

    var inProgress: Int { waiting.count + pushed.count + active.count + wrapUp.count }

    mutating func apply(_ decision: RoutingDecision) {
        switch decision {
        case .enqueued(let chat, _):
            waiting.insert(chat)
        case .offered(let chat, let agent):
            waiting.remove(chat)
            pushed[chat] = agent
        case .choiceOffered(let chat, let agent):
            if !waiting.contains(chat) { problems.append("\(chat) shown while not waiting") }
            shown[chat, default: []].insert(agent)
        case .choiceWithdrawn(let chat, let agent):
            if shown[chat]?.remove(agent) == nil { problems.append("\(chat) withdrawn from \(agent), who never saw it") }
        case .accepted(let chat, let agent):
            if pushed.removeValue(forKey: chat) == nil && waiting.remove(chat) == nil {
                problems.append("\(chat) accepted while neither pushed nor waiting")
            }
            shown[chat]?.remove(agent)
            if !(shown[chat]?.isEmpty ?? true) { problems.append("\(chat) accepted but still shown to others") }
            shown[chat] = nil
            active.insert(chat)
        case .declined(let chat, _, let reason):
            if pushed.removeValue(forKey: chat) == nil { problems.append("\(chat) declined while not pushed") }
            outcomes["\(reason)", default: 0] += 1
        case .withdrawn(let chat, _):
            if pushed.removeValue(forKey: chat) == nil { problems.append("\(chat) withdrawn while not pushed") }
        case .canceled(let chat, let reason):
            if pushed.removeValue(forKey: chat) == nil && waiting.remove(chat) == nil {
                outcomes["refused", default: 0] += 1  // canceled on arrival
            }
            if !(shown[chat]?.isEmpty ?? true) { problems.append("\(chat) canceled but still shown") }
            shown[chat] = nil
            outcomes["canceled \(reason)", default: 0] += 1
        case .ended(let chat, _, _):
            if active.remove(chat) == nil { problems.append("\(chat) ended while not active") }
            wrapUp.insert(chat)
        case .workClosed(let chat, _):
            if wrapUp.remove(chat) == nil { problems.append("\(chat) closed while not in after-chat work") }
            outcomes["closed", default: 0] += 1
        case .presenceChanged:
            break
        }
    }
}

/// Drives the router with long random command sequences — requests (some from blocked addresses),
/// accepts, declines, time-outs, visitor cancels, ends, closes, presence changes and logouts —
/// and checks after every command its invariants and the story its decisions tell.
@Test(arguments: [1, 2, 3, 4, 5, 6])
func randomCommandSequencesKeepTheInvariants(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let skillCount = 3
    let models: [RoutingModel] = [.leastActive, .mostAvailable, .choice, .leastActive, .mostAvailable]
    let buttons = models.enumerated().map { index, model in
        RouterConfiguration.Button(
            skill: SkillID(index % skillCount), minimumLevel: index == 4 ? 2 : nil, model: model,
            priority: index % 2, weight: index == 3 ? .units(2) : (index == 4 ? .percentage(50) : .units(1)),
            capacityModel: index == 1 ? .statusBased : .tabBased, autoAccept: index == 1,
            queueLimit: QueueLimit(overall: index == 0 ? 6 : nil, perAgent: index == 3 ? 2 : nil),
            rerouteAttempts: index == 0 ? 3 : nil)
    }
    let agents = (0..<12).map { index in
        RouterConfiguration.Agent(
            heldSkills: (0..<skillCount).filter { ($0 + index) % 3 != 0 || $0 == index % skillCount }
                .map { RouterConfiguration.HeldSkill(SkillID($0), level: index % 4) },
            capacity: 1 + index % 3, group: index % 2, awayOnDecline: index == 5, awayOnTimeout: index == 7)
    }
    let blocked = try BlockingRule("10.0.0.0/8")
    var router = Router(configuration: RouterConfiguration(
        skillCount: skillCount, buttons: buttons, agents: agents, blocking: BlockingRules([blocked])))
    var ledger = ChatLedger()
    var requests = 0
    var time = 0.0
    for _ in 0..<6_000 {
        time += Double.random(in: 0..<1, using: &generator)
        switch Int.random(in: 0..<14, using: &generator) {
        case 0...3:
            let address = Int.random(in: 0..<20, using: &generator) == 0 ? IPAddress("10.1.2.3") : IPAddress("192.0.2.1")
            _ = router.requestChat(on: ButtonID(Int.random(in: 0..<buttons.count, using: &generator)), from: address, at: time)
            requests += 1
        case 4:
            if let (chat, agent) = ledger.pushed.randomElement(using: &generator) { try router.accept(chat, by: agent, at: time) }
        case 5:
            if let (chat, viewers) = ledger.shown.filter({ !$0.value.isEmpty }).randomElement(using: &generator) {
                try router.accept(chat, by: viewers.randomElement(using: &generator)!, at: time)
            }
        case 6:
            if let chat = ledger.pushed.keys.randomElement(using: &generator) {
                if Bool.random(using: &generator) { try router.decline(chat, at: time) } else { try router.pushTimedOut(chat, at: time) }
            }
        case 7, 8:
            if let chat = ledger.active.randomElement(using: &generator) {
                try router.endChat(chat, by: Bool.random(using: &generator) ? .agent : .visitor, at: time,
                                   closingWork: Bool.random(using: &generator))
            }
        case 9:
            if let chat = ledger.wrapUp.randomElement(using: &generator) { try router.closeWork(chat, at: time) }
        case 10:
            if let chat = ledger.waiting.union(ledger.pushed.keys).randomElement(using: &generator) {
                try router.cancelByVisitor(chat, at: time)
            }
        default:
            let presence: [Presence] = [.online, .online, .online, .away, .offline]
            router.setPresence(presence.randomElement(using: &generator)!,
                               of: AgentID(Int.random(in: 0..<agents.count, using: &generator)), at: time,
                               endingChats: Bool.random(using: &generator))
        }
        while let decision = router.nextDecision() { ledger.apply(decision) }
        let violations = router.invariantViolations() + ledger.problems
        #expect(violations.isEmpty, "\(violations)")
        if !violations.isEmpty { return }
    }
    let finished = ledger.outcomes.filter { $0.key == "closed" || $0.key.hasPrefix("canceled") }.values.reduce(0, +)
    #expect(finished + ledger.inProgress == requests, "every request is in progress or finished exactly once")
    for path in ["closed", "canceled visitor", "canceled noAgent", "canceled blocked", "manual", "timeout"] {
        #expect(ledger.outcomes[path, default: 0] > 5, "the sequence exercised \(path): \(ledger.outcomes)")
    }
}
