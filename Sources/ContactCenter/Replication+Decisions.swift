import Routing

extension Replication {
    /// Turns the router's decisions into scheduled events and recorded outcomes.
    mutating func applyDecisions() {
        while let decision = router.nextDecision() {
            let now = calendar.now
            if recordKeeping != nil {
                note(decision, at: now)
                followInSessions(decision, at: now)
            }
            switch decision {
            case .enqueued(let chat, _):
                pauseIfTransferred(chat, at: now)
                startPatience(of: chat, at: now)
            case .offered(let chat, let agent):
                pauseIfTransferred(chat, at: now)
                pushed(chat, to: agent, at: now)
            case .choiceOffered(let chat, let agent):
                shown(chat, to: agent, at: now)
            case .choiceWithdrawn(let chat, let agent):
                if let timer = choiceTimers.removeValue(forKey: ChoiceView(chat: chat.index, agent: agent.index)) {
                    calendar.cancel(timer)
                }
            case .accepted(let chat, let agent):
                stopTimers(of: chat, includingPatience: true)
                let index = Int(chat.index)
                chats[index].agent = agent.index
                chats[index].acceptTime = now
                recorder.recordAccepted(chats[index].cell, requestTime: chats[index].requestTime,
                                        at: now, agent: Int(agent.index), group: group(of: agent))
                if !setup.conversational {
                    chats[index].plannedEnd = now + chats[index].handleTime
                    calendar.schedule(.conversationEnded(chat, serial: chats[index].serial), at: chats[index].plannedEnd)
                } else {
                    chats[index].plannedEnd = 0  // finite while the conversation runs
                    startConversation(chat, at: now)
                }
                if plansHandoffs { planHandoffs(of: chat, acceptedBy: agent, at: now) }
            case .declined(let chat, let agent, let reason):
                stopTimers(of: chat, includingPatience: false)
                let info = chats[Int(chat.index)]
                recorder.recordDeclined(info.cell, agent: Int(agent.index),
                                        group: group(of: agent), timedOut: reason == .timeout, at: now)
            case .withdrawn(let chat, _):
                stopTimers(of: chat, includingPatience: false)
            case .canceled(let chat, let reason):
                stopTimers(of: chat, includingPatience: true)
                let info = chats[Int(chat.index)]
                if info.agent >= 0 {
                    // A chat transferred to a button that its visitor left, or whose agents all
                    // logged out, before a new agent took it: the conversation is over.
                    recorder.recordConversationEnded(info.cell,
                                                     duration: now - info.acceptTime)
                    if setup.conversational { finishConversation(chat, at: now) }
                } else {
                    recorder.recordCanceled(reason, info.cell, requestTime: info.requestTime, at: now)
                }
                chats[Int(chat.index)].serial = 0
                if !handoffProgress.isEmpty { handoffProgress[chat.index] = nil }
            case .workClosed(let chat, _):
                chats[Int(chat.index)].serial = 0
                if !handoffProgress.isEmpty { handoffProgress[chat.index] = nil }
            case .presenceChanged(let agent, .away):
                schedules[Int(agent.index)].autoAway = true
                let back = behaviour[group(of: agent)].drawBackFromAway()
                calendar.schedule(.schedule(agent: agent.index, .backFromAutoAway), at: now + back)
            case .ended(let chat, _, _):
                let index = Int(chat.index)
                if setup.conversational { finishConversation(chat, at: now) }
                recorder.recordConversationEnded(chats[index].cell,
                                                 duration: now - chats[index].acceptTime)
            case .presenceChanged:
                break
            case .transferRequested, .handoffOffered, .handoffWithdrawn, .transferDeclined, .transferEnded,
                 .transferred, .conferenceRequested, .conferenceDeclined, .conferenceEnded, .joinedConference,
                 .leftConference, .visitorBlocked:
                applyHandoff(decision, at: now)
            }
        }
    }

    /// A chat was pushed to an agent: unless the button or the agent accepts at once, the agent
    /// answers after its delay (accepting or declining), or the offer times out first.
    @inline(__always)
    mutating func pushed(_ chat: ChatID, to agent: AgentID, at now: Double) {
        // After a transfer to a button, that button's settings apply.
        let button = router.button(of: chat).map { Int($0.index) } ?? Int(chats[Int(chat.index)].button)
        let push = pushSettings[button]
        recorder.recordOffer(agent: Int(agent.index), group: group(of: agent), at: now)
        guard !push.autoAccept else { return }
        let serial = chats[Int(chat.index)].serial
        let agentBehaviour = behaviour[group(of: agent)]
        if agentBehaviour.answersAtOnce {
            try! router.accept(chat, by: agent, at: now)
            return
        }
        startPatience(of: chat, at: now)
        let delay = agentBehaviour.drawAnswerDelay()
        let declines = agentBehaviour.drawDeclines()
        if let timeout = push.timeout, delay >= timeout {
            chats[Int(chat.index)].timeoutTimer = calendar.scheduleCancellable(
                .pushTimeout(chat, serial: serial), at: now + timeout)
        } else {
            let answer: SimulationEvent = declines
                ? .offerDeclined(chat, serial: serial) : .offerAccepted(chat, serial: serial)
            chats[Int(chat.index)].answerTimer = calendar.scheduleCancellable(answer, at: now + delay)
        }
    }

    /// A Choice request was shown to an agent: unless the agent passes it over, it takes the
    /// request after its answer delay, if no one else took it first.
    mutating func shown(_ chat: ChatID, to agent: AgentID, at now: Double) {
        let agentBehaviour = behaviour[group(of: agent)]
        recorder.recordOffer(agent: Int(agent.index), group: group(of: agent), at: now)
        guard !agentBehaviour.drawDeclines() else { return }
        let delay = agentBehaviour.drawAnswerDelay()
        choiceTimers[ChoiceView(chat: chat.index, agent: agent.index)] = calendar.scheduleCancellable(
            .choiceTaken(chat, agent: agent.index), at: now + delay)
    }

    /// The visitor waits until an agent accepts, whether the chat is queued or offered: unless it
    /// already does, its patience starts counting from the request (running out at once if it
    /// already has, as for a chat declined after the visitor's patience). A visitor whose chat was
    /// transferred to a button, having been answered, waits for the new agent without abandoning.
    mutating func startPatience(of chat: ChatID, at now: Double) {
        let info = chats[Int(chat.index)]
        guard info.patience.isFinite && info.patienceTimer == nil && info.agent < 0 else { return }
        chats[Int(chat.index)].patienceTimer = calendar.scheduleCancellable(
            .patienceExpired(chat, serial: info.serial), at: max(now, info.requestTime + info.patience))
    }

    /// Cancels a chat's pending offer timers, and its patience timer when it no longer waits.
    @inline(__always)
    mutating func stopTimers(of chat: ChatID, includingPatience: Bool) {
        let index = Int(chat.index)
        if let timer = chats[index].answerTimer {
            calendar.cancel(timer)
            chats[index].answerTimer = nil
        }
        if let timer = chats[index].timeoutTimer {
            calendar.cancel(timer)
            chats[index].timeoutTimer = nil
        }
        if includingPatience, let timer = chats[index].patienceTimer {
            calendar.cancel(timer)
            chats[index].patienceTimer = nil
        }
    }

    func group(of agent: AgentID) -> Int { Int(setup.agentGroups[Int(agent.index)]) }
}
