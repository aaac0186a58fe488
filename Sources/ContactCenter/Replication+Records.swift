import Routing
import Stochastics

/// Which chats of a replication get a record, and where records go.
struct RecordKeeping {
    let sink: RecordSink
    /// Per button, the stream drawing whether a chat is recorded (only when sampling).
    let sampling: [RandomStream]?
    let probability: Double

    init?(_ sink: RecordSink?, setup: CompiledScenario, replication: Int) {
        let selection = setup.scenario.records
        guard let sink, selection != .none else { return nil }
        self.sink = sink
        if case .sample(let share) = selection {
            probability = share
            sampling = setup.buttons.map {
                RandomStream(seed: setup.scenario.seed, name: StreamNames.records($0.id), replication: replication)
            }
        } else {
            probability = 1
            sampling = nil
        }
    }

    /// Whether the next chat of `button` is recorded.
    func selects(button: Int) -> Bool {
        sampling?[button].bernoulli(probability: probability) ?? true
    }
}

extension Replication {
    /// Visitor `visitor` requested chat `chat` on `button`: its record starts if the scenario
    /// selects it.
    mutating func openRecord(of chat: ChatID, button: Int, visitor: Int, at now: Double) {
        requestsSoFar += 1
        guard let recordKeeping else { return }
        let index = Int(chat.index)
        if index >= transcripts.count { transcripts.append(contentsOf: repeatElement(nil, count: index + 1 - transcripts.count)) }
        guard recordKeeping.selects(button: button) else {
            transcripts[index] = nil
            return
        }
        var record = TranscriptRecord(replication: replicationIndex, number: requestsSoFar, button: button, requestTime: now)
        record.visitor = visitors.chatVisitor(visitor)
        transcripts[index] = record
    }

    /// The day is over: the agents still logged in end their sessions at `end`, and the day's
    /// visitors are written.
    mutating func finishRecords(at end: Double) {
        for agent in sessions.indices where sessions[agent] != nil { closeSession(of: agent, at: end) }
        for visitor in 0..<visitors.count {
            recordKeeping!.sink.write(VisitorRecord(replication: replicationIndex, number: visitor + 1,
                                                    chats: visitors.chats(of: visitor)))
        }
    }

    /// Follows a routing decision in its chat's record; a finished chat's record is written.
    mutating func note(_ decision: RoutingDecision, at now: Double) {
        guard let chat = decision.chat, Int(chat.index) < transcripts.count,
              var record = transcripts[Int(chat.index)] else { return }
        let agent = decision.agent.map { Int($0.index) }
        if let type = recordedType(of: decision) {
            record.events.append(TranscriptEvent(time: now, type: type, agent: agent, detail: detail(of: decision)))
        }
        var finished = false
        switch decision {
        case .accepted:
            record.startTime = now
            record.owner = agent
            record.status = .completed
        case .transferred:
            record.owner = agent
        case .visitorBlocked:
            record.status = .blocked
        case .ended(_, _, let party):
            record.endTime = now
            record.endedBy = party == .agent ? .agent : .visitor
        case .canceled(_, let reason):
            record.endTime = now
            record.endedBy = reason == .visitor ? .visitor : .system
            if record.startTime == nil { record.status = reason == .blocked ? .blocked : .missed }
            finished = true
        case .workClosed:
            finished = true
        default:
            break
        }
        if finished {
            recordKeeping!.sink.write(record)
            transcripts[Int(chat.index)] = nil
        } else {
            transcripts[Int(chat.index)] = record
        }
    }

    /// The event type that records `decision`: an agent who ended a chat by going Offline (at
    /// shift end, ending its chats) left it (`LeaveAgent`); a visitor who closed the window left
    /// it (`LeaveVisitor`).
    func recordedType(of decision: RoutingDecision) -> TranscriptEventType? {
        switch decision {
        case .ended(_, let agent, .agent) where router.presence(of: agent) == .offline:
            .leaveAgent
        case .ended(let chat, _, .visitor) where Int(chat.index) < talks.count && talks[Int(chat.index)].closesWindow:
            .leaveVisitor
        default:
            decision.eventType
        }
    }

    /// The `Detail` of an event: where a transfer or an invitation goes, whom a chat came from.
    func detail(of decision: RoutingDecision) -> String {
        switch decision {
        case .transferRequested(_, _, let target), .transferEnded(_, _, let target, _):
            describe(target)
        case .transferred(_, let from, _, let target, _):
            "\(describe(target)), from \(setup.agentNames[Int(from.index)])"
        case .conferenceRequested(_, _, let target), .conferenceEnded(_, _, let target, _):
            switch target {
            case .agent(let agent): "Agent \(setup.agentNames[Int(agent.index)])"
            case .skill(let skill): "Skill \(setup.skillNames[Int(skill.index)])"
            }
        default:
            ""
        }
    }

    func describe(_ target: TransferTarget) -> String {
        switch target {
        case .agent(let agent): "Agent \(setup.agentNames[Int(agent.index)])"
        case .skill(let skill): "Skill \(setup.skillNames[Int(skill.index)])"
        case .button(let button): "Button \(setup.buttonIDs[Int(button.index)])"
        }
    }
}
