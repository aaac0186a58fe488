import Metrics
import Routing
import SimulationKernel
import Stochastics

/// The conversation of one chat in progress (conversation service mode).
struct Talk {
    /// Visitor messages still to come.
    var messagesLeft = 0
    /// Since when a visitor message awaits the agent's reply (NaN: none).
    var owedSince = Double.nan
    /// When the agent last wrote (NaN: not yet), for the visitor's response times.
    var lastAgentMessage = Double.nan
    var agentResponses = ResponseTimes()
    var visitorResponses = ResponseTimes()
    var operatorMessages = 0
    var visitorMessages = 0
    /// The visitor's next step: its next message, its idle time-out or its closing the chat.
    var visitorTimer: EventHandle?
    var idleWarningTimer: EventHandle?
    var warned = false
    var criticalWaitTimer: EventHandle?
    var alerted = false
    var idleTimedOut = false
    /// The visitor ends the chat by closing its window (`LeaveVisitor`); drawn for recorded chats.
    var closesWindow = false
    /// Who handled the chat since when (recorded chats only): the acceptor, then each agent it
    /// passed to, for placing what happens inside the chat.
    var handlers: [(since: Double, agent: Int)] = []
}

/// What an agent types: the chats owing a reply, in the order their messages came, and the
/// reply it is typing now.
struct Typist {
    var queue: [ChatID] = []
    var typing: ChatID?
    /// What the reply being typed is (typed, quick text, article).
    var kind = TranscriptMessage.Kind.reply
    var done: EventHandle?
}

/// The draws of conversations: each button's visitors think from the button's stream, each
/// group's agents type from the group's; what happens inside a button's chats besides messages
/// (attached records and files, flags, visitors closing the window) draws from the button's own
/// streams.
final class ConversationStreams {
    let visitors: [RandomStream]
    let agents: [RandomStream]
    let attachments: [RandomStream]
    let flags: [RandomStream]
    let leaving: [RandomStream]

    init(setup: CompiledScenario, replication: Int) {
        let seed = setup.scenario.seed
        func streams(_ name: (String) -> String) -> [RandomStream] {
            setup.buttons.map { RandomStream(seed: seed, name: name($0.id), replication: replication) }
        }
        visitors = streams(StreamNames.visitorThink)
        agents = setup.groups.map { RandomStream(seed: seed, name: StreamNames.typing($0.name), replication: replication) }
        attachments = streams(StreamNames.attachments)
        flags = streams(StreamNames.flags)
        leaving = streams(StreamNames.leaving)
    }
}

extension Replication {
    /// The visitor side of the chat's conversation: that of the button it was requested on.
    func visitorSide(of chat: ChatID) -> CompiledConversation.Visitors {
        setup.buttons[Int(chats[Int(chat.index)].button)].conversation!
    }

    /// The agent side of what `agent` does in chats: that of its group.
    func agentSide(of agent: Int) -> CompiledConversation.Agents {
        setup.groups[group(of: AgentID(agent))].conversation!
    }

    /// Mean length of one exchange of the chat, handled by group `group`: the visitor's mean
    /// think time and the agent's mean typing time; a yardstick for placing an agent's block at a
    /// moment of the chat.
    func meanExchange(of chat: ChatID, handledBy group: Int) -> Double {
        visitorSide(of: chat).meanThinkTime + setup.groups[group].conversation!.meanTypingTime
    }

    /// An agent accepted the chat: the greeting goes out if automatic for the agent's group, and
    /// the visitor writes.
    mutating func startConversation(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        if index >= talks.count { talks.append(contentsOf: repeatElement(Talk(), count: index + 1 - talks.count)) }
        talks[index] = Talk(messagesLeft: max(1, Int(chats[index].handleTime.rounded())))
        noteHandler(of: chat, at: now)
        if agentSide(of: Int(chats[index].agent)).autoGreeting {
            talks[index].operatorMessages = 1
            talks[index].lastAgentMessage = now
            noteMessage(.greeting, of: chat, agent: Int(chats[index].agent), at: now)
        }
        awaitVisitor(chat, at: now)
    }

    /// The visitor thinks, then writes; unless it stays silent past the idle time-out, which
    /// ends the chat (after a warning, if configured).
    mutating func awaitVisitor(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        let serial = chats[index].serial
        let visitor = visitorSide(of: chat)
        let think = visitor.thinkTime.sample(conversationStreams!.visitors[Int(chats[index].button)])
        if let timeout = visitor.idleTimeout, think >= timeout {
            talks[index].visitorTimer = calendar.scheduleCancellable(.visitorIdle(chat, serial: serial), at: now + timeout)
        } else {
            talks[index].visitorTimer = calendar.scheduleCancellable(.visitorWrites(chat, serial: serial), at: now + think)
        }
        if let warning = visitor.idleWarning, think > warning {
            talks[index].idleWarningTimer = calendar.scheduleCancellable(.idleWarning(chat, serial: serial), at: now + warning)
        }
    }

    /// The visitor's message arrives: its agent owes a reply (and is alerted after its group's
    /// critical wait).
    mutating func visitorWrites(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        talks[index].visitorTimer = nil
        if talks[index].warned {
            talks[index].warned = false
            noteEvent(.chasitorIdleTimeoutWarningCleared, of: chat, at: now)
        }
        talks[index].visitorMessages += 1
        if !talks[index].lastAgentMessage.isNaN { talks[index].visitorResponses.add(now - talks[index].lastAgentMessage) }
        talks[index].messagesLeft -= 1
        talks[index].owedSince = now
        noteMessage(.visitor, of: chat, agent: nil, at: now)
        if let critical = agentSide(of: Int(chats[index].agent)).criticalWait {
            talks[index].criticalWaitTimer = calendar.scheduleCancellable(
                .criticalWait(chat, serial: chats[index].serial), at: now + critical)
        }
        owe(chat, at: now)
    }

    /// The chat's agent adds the owed reply to what it has to type (a chat waiting for a new
    /// agent after a transfer to a button is owed once that agent takes it).
    mutating func owe(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard !talks[index].owedSince.isNaN, chats[index].plannedEnd.isFinite else { return }
        let agent = Int(chats[index].agent)
        typists[agent].queue.append(chat)
        if typists[agent].typing == nil { startTyping(agent, at: now) }
    }

    /// The agent turns to the oldest owed reply and types it, as its group does (a quick text is
    /// faster; an article lookup adds time).
    mutating func startTyping(_ agent: Int, at now: Double) {
        while !typists[agent].queue.isEmpty {
            let chat = typists[agent].queue.removeFirst()
            guard chats[Int(chat.index)].agent == Int32(agent), !talks[Int(chat.index)].owedSince.isNaN else { continue }
            let stream = conversationStreams!.agents[group(of: AgentID(agent))]
            let typist = agentSide(of: agent)
            let quickText = stream.bernoulli(probability: typist.quickTextShare)
            var duration = quickText ? typist.quickTextTime.sample(stream) : typist.typingTime.sample(stream)
            let article = stream.bernoulli(probability: typist.articleProbability)
            if article { duration += typist.articleLookupTime.sample(stream) }
            typists[agent].typing = chat
            typists[agent].kind = article ? .article : (quickText ? .quickText : .reply)
            typists[agent].done = calendar.scheduleCancellable(.replySent(agent: Int32(agent)), at: now + duration)
            return
        }
    }

    /// The agent's reply goes out: the visitor reads it and writes again, or the chat closes.
    mutating func replySent(by agent: Int, at now: Double) {
        let chat = typists[agent].typing!
        typists[agent].typing = nil
        typists[agent].done = nil
        let index = Int(chat.index)
        talks[index].operatorMessages += 1
        talks[index].agentResponses.add(now - talks[index].owedSince)
        talks[index].owedSince = .nan
        talks[index].lastAgentMessage = now
        noteMessage(typists[agent].kind, of: chat, agent: agent, at: now)
        if let timer = talks[index].criticalWaitTimer {
            calendar.cancel(timer)
            talks[index].criticalWaitTimer = nil
        }
        if talks[index].alerted {
            talks[index].alerted = false
            noteEvent(.clearCriticalWaitChat, of: chat, agent: agent, at: now)
        }
        if talks[index].messagesLeft > 0 {
            awaitVisitor(chat, at: now)
        } else {
            let stream = conversationStreams!.visitors[Int(chats[index].button)]
            let visitor = visitorSide(of: chat)
            let byVisitor = stream.bernoulli(probability: visitor.visitorEnds)
            let serial = chats[index].serial
            talks[index].visitorTimer = calendar.scheduleCancellable(
                byVisitor ? .visitorCloses(chat, serial: serial) : .agentCloses(chat, serial: serial),
                at: now + visitor.thinkTime.sample(stream))
        }
        startTyping(agent, at: now)
    }

    /// The visitor stayed silent too long: the chat ends.
    mutating func visitorIdle(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        talks[index].visitorTimer = nil
        talks[index].idleTimedOut = true
        noteEvent(.chasitorIdleTimeout, of: chat, at: now)
        closeConversation(chat, by: .visitor, at: now)
    }

    /// The visitor was warned that it is about to be timed out.
    mutating func idleWarning(_ chat: ChatID, at now: Double) {
        talks[Int(chat.index)].idleWarningTimer = nil
        talks[Int(chat.index)].warned = true
        noteEvent(.chasitorIdleTimeoutWarningTriggered, of: chat, at: now)
    }

    /// The visitor has waited for a reply longer than the critical wait: the agent is alerted.
    mutating func criticalWait(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        talks[index].criticalWaitTimer = nil
        talks[index].alerted = true
        noteEvent(.alertCriticalWaitChat, of: chat, agent: Int(chats[index].agent), at: now)
        recorder.recordCriticalWaitAlert(chats[index].cell)
    }

    /// The conversation is over: the chat ends (after-chat work may follow).
    mutating func closeConversation(_ chat: ChatID, by party: EndedBy, at now: Double) {
        guard router.isActive(chat) else {
            // Transferred to a button and not yet taken: the visitor leaves the queue.
            try! router.cancelByVisitor(chat, at: now)
            return
        }
        endConversation(chat, by: party, at: now)
    }

    /// The chat ended, however (closed, idle, blocked, its agent logged out): its pending steps go
    /// and its messages and response times are recorded.
    mutating func finishConversation(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard index < talks.count else { return }
        chats[index].plannedEnd = .infinity
        for timer in [talks[index].visitorTimer, talks[index].idleWarningTimer, talks[index].criticalWaitTimer] {
            if let timer { calendar.cancel(timer) }
        }
        releaseReply(of: chat, at: now)
        let talk = talks[index]
        if isRecorded(index) {
            transcripts[index]?.agentResponses = talk.agentResponses
            transcripts[index]?.visitorResponses = talk.visitorResponses
        }
        playChatActivities(of: chat, from: chats[index].acceptTime, to: now)
        recorder.recordConversation(chats[index].cell,
                                    operatorMessages: talk.operatorMessages, visitorMessages: talk.visitorMessages,
                                    agentResponses: talk.agentResponses, visitorResponses: talk.visitorResponses,
                                    idleTimeout: talk.idleTimedOut)
        talks[index] = Talk()
    }

    /// The chat's agent stops owing it a reply (the chat ended or moved to another agent): it
    /// leaves the agent's list, and a reply being typed is dropped.
    mutating func releaseReply(of chat: ChatID, at now: Double) {
        let agent = Int(chats[Int(chat.index)].agent)
        guard agent >= 0 else { return }
        typists[agent].queue.removeAll { $0 == chat }
        if typists[agent].typing == chat {
            if let done = typists[agent].done { calendar.cancel(done) }
            typists[agent].typing = nil
            typists[agent].done = nil
            startTyping(agent, at: now)
        }
    }

    /// Adds a message to the chat's record.
    mutating func noteMessage(_ kind: TranscriptMessage.Kind, of chat: ChatID, agent: Int?, at now: Double) {
        guard isRecorded(Int(chat.index)) else { return }
        transcripts[Int(chat.index)]?.messages.append(TranscriptMessage(time: now, kind: kind, agent: agent))
    }

    /// Records an event the simulation itself produces (idle warnings, alerts) in the chat's record.
    mutating func noteEvent(_ type: TranscriptEventType, of chat: ChatID, agent: Int? = nil, at now: Double) {
        guard isRecorded(Int(chat.index)) else { return }
        transcripts[Int(chat.index)]?.events.append(TranscriptEvent(time: now, type: type, agent: agent))
    }
}
