import Metrics
import Routing

extension Replication {
    /// Draws what the accepting agent's group will do with a chat — transfer it, invite a
    /// colleague, block its visitor — and schedules it.
    mutating func planHandoffs(of chat: ChatID, acceptedBy agent: AgentID, at now: Double) {
        let group = group(of: agent)
        guard let handoffs = handoffBehaviour[group] else { return }
        let index = Int(chat.index)
        let length = setup.conversational
            ? chats[index].handleTime * meanExchange(of: chat, handledBy: group) : chats[index].handleTime
        let plan = handoffs.plan(handleTime: length)
        let serial = chats[index].serial
        var progress = HandoffProgress(planningGroup: group)
        if let after = plan.transferAfter {
            progress.transferAttemptsLeft = handoffs.handoffs.transfers!.retries + 1
            calendar.schedule(.transferStart(chat, serial: serial), at: now + after)
        }
        handoffProgress[chat.index] = progress
        if let after = plan.conferenceAfter { calendar.schedule(.conferenceStart(chat, serial: serial), at: now + after) }
        if let after = plan.blockAfter { calendar.schedule(.agentBlocks(chat, serial: serial), at: now + after) }
    }

    /// Whether the chat's conversation is going on with no request pending, so its agent may
    /// transfer it, invite a colleague or block its visitor.
    func isFreeToHandOff(_ chat: ChatID) -> Bool {
        chats[Int(chat.index)].plannedEnd.isFinite && handoffProgress[chat.index]?.pending == nil
    }

    /// One of the Online agents of group `group` not already in the chat, drawn uniformly; `nil`
    /// when there is none.
    func pickAgent(ofGroup group: Int, for chat: ChatID, using handoffs: HandoffBehaviour,
                   forTransfer: Bool) -> AgentID? {
        let participants = router.participants(of: chat)
        let candidates = setup.groups[group].members.compactMap { member in
            router.presence(of: AgentID(member)) == .online && !participants.contains(AgentID(member)) ? Int32(member) : nil
        }
        return candidates.isEmpty ? nil : AgentID(Int(handoffs.pick(candidates, forTransfer: forTransfer)))
    }

    /// The agent handling a chat asks for a transfer to a target drawn from its group's plan; a
    /// group target with nobody Online fails at once (and may be retried). No transfer is asked
    /// while a conference is going on or a request is pending.
    mutating func startTransfer(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard isFreeToHandOff(chat), let progress = handoffProgress[chat.index], progress.transferAttemptsLeft > 0,
              let handoffs = handoffBehaviour[progress.planningGroup] else { return }
        handoffProgress[chat.index]!.transferAttemptsLeft -= 1
        let target: TransferTarget
        switch handoffs.drawTransferTarget() {
        case .group(let group):
            guard let agent = pickAgent(ofGroup: group, for: chat, using: handoffs, forTransfer: true) else {
                let info = chats[index]
                recorder.recordTransferRequested(info.cell)
                recorder.recordTransferEnded(info.cell, .failed)
                retryTransfer(chat, at: now)
                return
            }
            target = .agent(agent)
        case .skill(let skill):
            target = .skill(skill)
        case .button(let button):
            target = .button(button)
        }
        do {
            try router.requestTransfer(chat, to: target, at: now)
        } catch {
            return  // a conference is going on: the agent keeps the chat
        }
    }

    /// Tries the transfer again, at once, if the plan allows another attempt.
    mutating func retryTransfer(_ chat: ChatID, at now: Double) {
        guard handoffProgress[chat.index]!.transferAttemptsLeft > 0 else { return }
        calendar.schedule(.transferStart(chat, serial: chats[Int(chat.index)].serial), at: now)
    }

    /// The agent handling a chat invites a colleague drawn from its group's plan.
    mutating func startConference(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard isFreeToHandOff(chat), let progress = handoffProgress[chat.index],
              let handoffs = handoffBehaviour[progress.planningGroup] else { return }
        let target: ConferenceTarget
        switch handoffs.drawConferenceTarget() {
        case .group(let group):
            guard let agent = pickAgent(ofGroup: group, for: chat, using: handoffs, forTransfer: false) else {
                let info = chats[index]
                recorder.recordConferenceRequested(info.cell)
                recorder.recordConferenceEnded(info.cell, .failed)
                return
            }
            target = .agent(agent)
        case .skill(let skill):
            target = .skill(skill)
        case .button:
            preconditionFailure("conferences invite agents, not buttons (checked with the scenario)")
        }
        try! router.requestConference(chat, to: target, at: now)
    }

    /// An agent shown a request answers it: it declines with its group's decline probability,
    /// else accepts.
    mutating func answerHandoff(_ chat: ChatID, by agent: Int32, at now: Double) {
        handoffAnswers[ChoiceView(chat: chat.index, agent: agent)] = nil
        let declines = behaviour[group(of: AgentID(Int(agent)))].drawDeclines()
        let answering = AgentID(Int(agent))
        switch (handoffProgress[chat.index]!.pending, declines) {
        case (.transfer?, false): try! router.acceptTransfer(chat, by: answering, at: now)
        case (.transfer?, true): try! router.declineTransfer(chat, by: answering, at: now)
        case (.conference?, false): try! router.acceptConference(chat, by: answering, at: now)
        case (.conference?, true): try! router.declineConference(chat, by: answering, at: now)
        case (nil, _): preconditionFailure("an answer to a request that has ended (its timer is cancelled)")
        }
    }

    /// A pending request has waited its time-out.
    mutating func timeOutHandoff(_ chat: ChatID, at now: Double) {
        handoffProgress[chat.index]!.timer = nil
        switch handoffProgress[chat.index]!.pending {
        case .transfer?: try! router.transferTimedOut(chat, at: now)
        case .conference?: try! router.conferenceTimedOut(chat, at: now)
        case nil: break
        }
    }

    /// The agent handling the chat blocks its visitor: the chat ends for everyone in it, a rule
    /// refuses the visitor's address from then on, and the agent's after-chat work follows.
    mutating func blockVisitor(of chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard chats[index].plannedEnd.isFinite else { return }
        let agent = chats[index].agent
        chats[index].plannedEnd = .infinity
        let rule = visitors.address(of: Int(chats[index].visitor)).map {
            BlockingRule(blocking: $0, description: "blocked by \(setup.agentNames[Int(agent)])")
        }
        try! router.blockVisitor(of: chat, by: AgentID(Int(agent)), adding: rule, at: now)
        let wrapUp = behaviour[Int(setup.agentGroups[Int(agent)])].drawWrapUp()
        if let wrapUp {
            calendar.schedule(.workDone(chat, serial: chats[index].serial), at: now + wrapUp)
        } else {
            try! router.closeWork(chat, at: now)
        }
    }

    /// A chat transferred to a button left its agent (it is queued or pushed on the button): its
    /// conversation pauses until the new agent takes it.
    mutating func pauseIfTransferred(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard chats[index].agent >= 0, chats[index].plannedEnd.isFinite else { return }
        if setup.conversational { releaseReply(of: chat, at: now) }
        handoffProgress[chat.index]!.remaining = max(0, chats[index].plannedEnd - now)
        chats[index].plannedEnd = .infinity
    }

    /// Follows the router's transfer, conference and block decisions: schedules answers,
    /// time-outs and guests' departures, and records outcomes.
    mutating func applyHandoff(_ decision: RoutingDecision, at now: Double) {
        switch decision {
        case .transferRequested(let chat, _, let target):
            let info = chats[Int(chat.index)]
            recorder.recordTransferRequested(info.cell)
            handoffProgress[chat.index]!.start = now
            if case .button = target { break }
            let plan = handoffBehaviour[handoffProgress[chat.index]!.planningGroup]!.handoffs
            opened(.transfer, for: chat, timeout: plan.transfers!.timeout, at: now)
        case .conferenceRequested(let chat, _, _):
            let info = chats[Int(chat.index)]
            recorder.recordConferenceRequested(info.cell)
            let plan = handoffBehaviour[handoffProgress[chat.index]!.planningGroup]!.handoffs
            opened(.conference, for: chat, timeout: plan.conferences!.timeout, at: now)
        case .handoffOffered(let chat, let agent, _):
            let delay = behaviour[group(of: agent)].drawAnswerDelay()
            handoffAnswers[ChoiceView(chat: chat.index, agent: agent.index)] = calendar.scheduleCancellable(
                .handoffAnswer(chat, agent: agent.index), at: now + delay)
        case .handoffWithdrawn(let chat, let agent, _):
            if let timer = handoffAnswers.removeValue(forKey: ChoiceView(chat: chat.index, agent: agent.index)) {
                calendar.cancel(timer)
            }
        case .transferEnded(let chat, _, _, let outcome):
            closed(chat)
            let info = chats[Int(chat.index)]
            recorder.recordTransferEnded(info.cell, Self.end(outcome))
            if outcome != .canceled { retryTransfer(chat, at: now) }
        case .transferred(let chat, _, let agent, let target, let exceeded):
            closed(chat)
            let index = Int(chat.index)
            let kind: TransferKind
            switch target {
            case .agent: kind = .agent
            case .skill: kind = .skill
            case .button: kind = .button
            }
            let progress = handoffProgress[chat.index]!
            recorder.recordTransferred(chats[index].cell, kind: kind,
                                       seconds: now - progress.start, exceededCapacity: exceeded,
                                       firstOfChat: !progress.transferred)
            handoffProgress[chat.index]!.transferred = true
            let paused = !chats[index].plannedEnd.isFinite
            if setup.conversational && !paused { releaseReply(of: chat, at: now) }
            chats[index].agent = agent.index
            recordHiddenRecords(of: chat, for: agent)
            if setup.conversational {
                noteHandler(of: chat, at: now)
                chats[index].plannedEnd = 0
                owe(chat, at: now)
            } else if case .button = target {
                chats[index].plannedEnd = now + progress.remaining
                calendar.schedule(.conversationEnded(chat, serial: chats[index].serial), at: chats[index].plannedEnd)
            }
        case .conferenceEnded(let chat, _, _, let outcome):
            closed(chat)
            let info = chats[Int(chat.index)]
            recorder.recordConferenceEnded(info.cell, Self.end(outcome))
        case .joinedConference(let chat, let agent, _):
            closed(chat)
            let info = chats[Int(chat.index)]
            recorder.recordConferenceJoined(info.cell)
            recordHiddenRecords(of: chat, for: agent)
            let stay = handoffBehaviour[handoffProgress[chat.index]!.planningGroup]!.drawStay()
            guestDepartures[ChoiceView(chat: chat.index, agent: agent.index)] = calendar.scheduleCancellable(
                .guestLeaves(chat, agent: agent.index), at: now + stay)
        case .leftConference(let chat, let agent):
            if let timer = guestDepartures.removeValue(forKey: ChoiceView(chat: chat.index, agent: agent.index)) {
                calendar.cancel(timer)
            }
            tookOver(chat, from: agent, at: now)
        case .visitorBlocked(let chat, _):
            let info = chats[Int(chat.index)]
            recorder.recordBlockedByAgent(info.cell)
        default:
            break
        }
    }

    /// A request was shown to agents: it waits for answers, and for its time-out if it has one.
    mutating func opened(_ kind: HandoffKind, for chat: ChatID, timeout: Double?, at now: Double) {
        handoffProgress[chat.index]!.pending = kind
        if let timeout {
            handoffProgress[chat.index]!.timer = calendar.scheduleCancellable(
                .handoffTimeout(chat, serial: chats[Int(chat.index)].serial), at: now + timeout)
        }
    }

    /// The chat's request ended (its answers were withdrawn already): its time-out goes too.
    mutating func closed(_ chat: ChatID) {
        handoffProgress[chat.index]!.pending = nil
        if let timer = handoffProgress[chat.index]!.timer {
            calendar.cancel(timer)
            handoffProgress[chat.index]!.timer = nil
        }
    }

    /// When the agent handling a chat left its conference, the guest who took it over handles it
    /// now, until the chat ends.
    mutating func tookOver(_ chat: ChatID, from agent: AgentID, at now: Double) {
        let index = Int(chat.index)
        guard chats[index].agent == agent.index, let successor = router.agent(of: chat), successor != agent else { return }
        if setup.conversational { releaseReply(of: chat, at: now) }
        chats[index].agent = successor.index
        if setup.conversational {
            noteHandler(of: chat, at: now)
            owe(chat, at: now)
        }
        if let timer = guestDepartures.removeValue(forKey: ChoiceView(chat: chat.index, agent: successor.index)) {
            calendar.cancel(timer)
        }
    }

    /// The chat's attached records (those of the button it was requested on) that the agent's
    /// group may not see do not open in its workspace: counted.
    mutating func recordHiddenRecords(of chat: ChatID, for agent: AgentID) {
        let info = chats[Int(chat.index)]
        recorder.recordRecordsNotOpened(setup.hiddenRecords[Int(info.button)][group(of: agent)], info.cell)
    }

    static func end(_ outcome: HandoffOutcome) -> HandoffEnd {
        switch outcome {
        case .declined: .declined
        case .timedOut: .timedOut
        case .canceled: .canceled
        case .noAgent, .noQueue: .failed
        }
    }
}
