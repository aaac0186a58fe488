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
    /// Pending transfer requests and conference invitations, with the agents they are shown to.
    var handoffs: [ChatID: (kind: HandoffKind, offerees: Set<AgentID>)] = [:]
    /// Chats transferred to a button that no new agent has taken yet.
    var transferringToButton: Set<ChatID> = []
    /// Conference guests of each chat, in joining order.
    var guests: [ChatID: [AgentID]] = [:]
    var outcomes: [String: Int] = [:]
    var problems: [String] = []

    var inProgress: Int { waiting.count + pushed.count + active.count + wrapUp.count }

    mutating func apply(_ decision: RoutingDecision) {
        switch decision {
        case .enqueued(let chat, _):
            leaveAgentForButton(chat)
            waiting.insert(chat)
        case .offered(let chat, let agent):
            leaveAgentForButton(chat)
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
            transferringToButton.remove(chat)
            if pushed.removeValue(forKey: chat) == nil && waiting.remove(chat) == nil {
                outcomes["refused", default: 0] += 1  // canceled on arrival
            }
            if !(shown[chat]?.isEmpty ?? true) { problems.append("\(chat) canceled but still shown") }
            shown[chat] = nil
            outcomes["canceled \(reason)", default: 0] += 1
        case .ended(let chat, _, _):
            if active.remove(chat) == nil { problems.append("\(chat) ended while not active") }
            if !(guests[chat]?.isEmpty ?? true) { problems.append("\(chat) ended with guests left") }
            if handoffs[chat] != nil { problems.append("\(chat) ended with a pending request") }
            wrapUp.insert(chat)
        case .workClosed(let chat, _):
            if wrapUp.remove(chat) == nil { problems.append("\(chat) closed while not in after-chat work") }
            outcomes["closed", default: 0] += 1
        case .presenceChanged:
            break
        default:
            applyHandoff(decision)
        }
    }

    /// A chat transferred to a button leaves its agent when it is queued or pushed on the button.
    mutating func leaveAgentForButton(_ chat: ChatID) {
        guard active.remove(chat) != nil else { return }
        if !transferringToButton.contains(chat) { problems.append("\(chat) routed again while active") }
    }

    mutating func applyHandoff(_ decision: RoutingDecision) {
        switch decision {
        case .transferRequested(let chat, _, let target):
            if !active.contains(chat) { problems.append("\(chat) transfer requested while not active") }
            if case .button = target { transferringToButton.insert(chat) }
        case .conferenceRequested(let chat, _, _):
            if !active.contains(chat) { problems.append("\(chat) conference requested while not active") }
        case .handoffOffered(let chat, let agent, let kind):
            handoffs[chat, default: (kind, [])].offerees.insert(agent)
        case .handoffWithdrawn(let chat, let agent, _), .transferDeclined(let chat, let agent),
             .conferenceDeclined(let chat, let agent):
            if handoffs[chat]?.offerees.remove(agent) == nil { problems.append("\(chat) request not shown to \(agent)") }
        case .transferEnded(let chat, _, let target, let outcome):
            if case .button = target {
                transferringToButton.remove(chat)
            } else if !(handoffs.removeValue(forKey: chat)?.offerees.isEmpty ?? true) {
                problems.append("\(chat) transfer ended while still shown")
            }
            outcomes["transfer \(outcome)", default: 0] += 1
        case .conferenceEnded(let chat, _, _, let outcome):
            if !(handoffs.removeValue(forKey: chat)?.offerees.isEmpty ?? true) {
                problems.append("\(chat) invitation ended while still shown")
            }
            outcomes["conference \(outcome)", default: 0] += 1
        case .transferred(let chat, _, let agent, let target, _):
            if case .button = target {
                if transferringToButton.remove(chat) == nil { problems.append("\(chat) resumed without a transfer") }
                if pushed.removeValue(forKey: chat) == nil && waiting.remove(chat) == nil {
                    problems.append("\(chat) resumed while neither pushed nor waiting")
                }
                shown[chat] = nil
                active.insert(chat)
            } else if handoffs.removeValue(forKey: chat)?.offerees != [agent] {
                problems.append("\(chat) transferred to \(agent) while shown to others or not to it")
            }
            switch target {
            case .agent: outcomes["transferred to agent", default: 0] += 1
            case .skill: outcomes["transferred to skill", default: 0] += 1
            case .button: outcomes["transferred to button", default: 0] += 1
            }
        case .joinedConference(let chat, let agent, _):
            if handoffs.removeValue(forKey: chat)?.offerees != [agent] {
                problems.append("\(chat) joined by \(agent) while shown to others or not to it")
            }
            guests[chat, default: []].append(agent)
            outcomes["joined", default: 0] += 1
        case .leftConference(let chat, let agent):
            if let position = guests[chat]?.firstIndex(of: agent) {
                guests[chat]?.remove(at: position)
            } else if guests[chat]?.isEmpty ?? true {
                problems.append("\(chat) left by \(agent) with no conference")
            } else {
                guests[chat]?.removeFirst()  // the chat's agent left; its longest-attending guest took over
            }
            outcomes["left", default: 0] += 1
        case .visitorBlocked(let chat, _):
            if !active.contains(chat) { problems.append("\(chat) blocked while not active") }
            outcomes["blocked by agent", default: 0] += 1
        default:
            problems.append("unexpected \(decision)")
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
    for _ in 0..<20_000 {
        time += Double.random(in: 0..<1, using: &generator)
        switch Int.random(in: 0..<22, using: &generator) {
        case 0...3:
            let address = Int.random(in: 0..<20, using: &generator) == 0 ? IPAddress("10.1.2.3") : IPAddress("192.0.2.1")
            _ = router.requestChat(on: ButtonID(Int.random(in: 0..<buttons.count, using: &generator)), from: address, at: time)
            requests += 1
        case 4:
            if let chat = ledger.pushed.keys.randomChat(using: &generator) { try router.accept(chat, by: ledger.pushed[chat]!, at: time) }
        case 5:
            if let chat = ledger.shown.filter({ !$0.value.isEmpty }).keys.randomChat(using: &generator) {
                try router.accept(chat, by: ledger.shown[chat]!.randomAgent(using: &generator)!, at: time)
            }
        case 6:
            if let chat = ledger.pushed.keys.randomChat(using: &generator) {
                if Bool.random(using: &generator) { try router.decline(chat, at: time) } else { try router.pushTimedOut(chat, at: time) }
            }
        case 7, 8:
            if let chat = ledger.active.randomChat(using: &generator) {
                try router.endChat(chat, by: Bool.random(using: &generator) ? .agent : .visitor, at: time,
                                   closingWork: Bool.random(using: &generator))
            }
        case 9:
            if let chat = ledger.wrapUp.randomChat(using: &generator) { try router.closeWork(chat, at: time) }
        case 10:
            if let chat = ledger.waiting.union(ledger.pushed.keys).randomChat(using: &generator) {
                try router.cancelByVisitor(chat, at: time)
            }
        case 14...20:
            try handoffCommand(Int.random(in: 0..<13, using: &generator), &router, ledger, agents: agents.count,
                               buttons: buttons.count, skills: skillCount, at: time, using: &generator)
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
    for path in ["closed", "canceled visitor", "canceled noAgent", "canceled blocked", "manual", "timeout",
                 "transferred to agent", "transferred to skill", "transferred to button", "transfer declined",
                 "transfer timedOut", "transfer canceled", "transfer noQueue", "joined", "left",
                 "conference declined", "conference timedOut", "conference canceled", "blocked by agent"] {
        #expect(ledger.outcomes[path, default: 0] > 5, "the sequence exercised \(path): \(ledger.outcomes.sorted { $0.key < $1.key })")
    }
}

/// One random transfer, conference or blocking command on the chats the ledger knows; commands
/// the router refuses for a reason the ledger cannot foresee (the target is not Online, a request
/// is already pending, a conference is going on) are allowed to fail, any other error is not.
func handoffCommand(_ kind: Int, _ router: inout Router, _ ledger: ChatLedger, agents: Int, buttons: Int, skills: Int,
                    at time: Double, using generator: inout SplitMix64) throws {
    func tolerating(_ command: (inout Router) throws(RoutingError) -> Void) throws {
        do {
            try command(&router)
        } catch .targetUnavailable, .handoffPending, .conferenceInProgress, .lastParticipant {
            return
        }
    }
    let anyAgent = AgentID(Int.random(in: 0..<agents, using: &generator))
    let anySkill = SkillID(Int.random(in: 0..<skills, using: &generator))
    switch kind {
    case 0, 1:
        guard let chat = ledger.active.randomChat(using: &generator) else { return }
        let targets: [TransferTarget] = [.agent(anyAgent), .skill(anySkill),
                                         .button(ButtonID(Int.random(in: 0..<buttons, using: &generator)))]
        try tolerating { router throws(RoutingError) in
            try router.requestTransfer(chat, to: targets.randomElement(using: &generator)!, at: time)
        }
    case 2, 12:
        guard let chat = ledger.active.randomChat(using: &generator) else { return }
        let target: ConferenceTarget = Bool.random(using: &generator) ? .agent(anyAgent) : .skill(anySkill)
        try tolerating { router throws(RoutingError) in try router.requestConference(chat, to: target, at: time) }
    case 3...6, 10:
        guard let chat = ledger.handoffs.filter({ !$0.value.offerees.isEmpty }).keys.randomChat(using: &generator)
        else { return }
        let request = ledger.handoffs[chat]!
        let agent = request.offerees.randomAgent(using: &generator)!
        switch (request.kind, kind.isMultiple(of: 2)) {
        case (.transfer, true): try router.acceptTransfer(chat, by: agent, at: time)
        case (.transfer, false): try router.declineTransfer(chat, by: agent, at: time)
        case (.conference, true): try router.acceptConference(chat, by: agent, at: time)
        case (.conference, false): try router.declineConference(chat, by: agent, at: time)
        }
    case 7:
        guard let chat = ledger.handoffs.keys.randomChat(using: &generator) else { return }
        let request = ledger.handoffs[chat]!
        switch (request.kind, Bool.random(using: &generator)) {
        case (.transfer, true): try router.transferTimedOut(chat, at: time)
        case (.transfer, false): try router.cancelTransfer(chat, at: time)
        case (.conference, true): try router.conferenceTimedOut(chat, at: time)
        case (.conference, false): try router.cancelConference(chat, at: time)
        }
    case 8, 9:
        guard let chat = ledger.guests.filter({ !$0.value.isEmpty }).keys.randomChat(using: &generator) else { return }
        let agent = router.participants(of: chat).randomElement(using: &generator)!
        try router.leaveConference(chat, by: agent, at: time)
    default:
        guard let chat = ledger.active.randomChat(using: &generator) else { return }
        let agent = router.participants(of: chat).randomElement(using: &generator)!
        try router.blockVisitor(of: chat, by: agent, adding: nil, at: time)
    }
}

extension Collection where Element == ChatID {
    /// A random chat, drawn in a fixed order: sets and dictionaries iterate in an order that
    /// changes from one process to the next, which would make the sequence differ between runs.
    func randomChat(using generator: inout SplitMix64) -> ChatID? {
        sorted { $0.index < $1.index }.randomElement(using: &generator)
    }
}

extension Collection where Element == AgentID {
    /// A random agent, drawn in agent order (see ``randomChat(using:)``).
    func randomAgent(using generator: inout SplitMix64) -> AgentID? {
        sorted().randomElement(using: &generator)
    }
}
