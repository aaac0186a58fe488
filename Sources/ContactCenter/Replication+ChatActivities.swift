import Routing
import Stochastics

/// The fate of an assistance flag, drawn for every conversation (flags are measured, whether or
/// not the chat is recorded).
struct FlagDraw {
    /// Where in the conversation the agent raises it, as a share of its length.
    let raisedAt: Double
    /// Time until it is lowered (cut short by the chat's end).
    let loweredAfter: Double
    /// Whether a supervisor lowers it, and then whether the supervisor whispers.
    let bySupervisor: Bool
    let whisper: Bool
}

extension Replication {
    /// The conversation of `chat`, accepted at `start`, ended at `end`: what happened inside it
    /// besides messages is drawn and placed within it, as the group of the agent handling the
    /// chat at its end does it (from the button's streams). Nothing here changes routing or timing,
    /// so it is drawn once the conversation is over: the flag (counted whether or not the chat is
    /// recorded), then, for a recorded chat, the attached records and the file transfer, which
    /// its record receives with their events.
    mutating func playChatActivities(of chat: ChatID, from start: Double, to end: Double) {
        let index = Int(chat.index)
        let button = Int(chats[index].button)
        let activities = agentSide(of: Int(chats[index].agent))
        let flag = drawFlag(button: button, as: activities)
        let length = end - start
        let recorded = isRecorded(index)
        var flagger: Int?
        if let flag {
            // Who raised it: for a recorded chat the agent handling it then, otherwise (its
            // handlers are not followed) the agent handling it at its end.
            let agent = (recorded ? handler(of: chat, at: start + flag.raisedAt * length) : nil)
                ?? Int(chats[index].agent)
            flagger = agent
            recorder.recordFlag(chats[index].cell, loweredBySupervisor: flag.bySupervisor)
            if recordKeeping != nil {
                countInSession(.flagRaised, of: agent)
                countInSession(flag.bySupervisor ? .flagLoweredSupervisor : .flagLoweredAgent, of: agent)
            }
        }
        guard recorded, var record = transcripts[index] else { return }
        transcripts[index] = nil
        var events: [TranscriptEvent] = []
        attachRecords(activities.records, to: &record, button: button, from: start, length: length)
        if let firstRecord = record.attachedRecords.map(\.time).min() {
            transferFile(in: chat, button: button, as: activities, from: firstRecord, to: end, into: &events)
        }
        if let flag, let agent = flagger {
            let raised = start + flag.raisedAt * length
            let lowered = min(raised + flag.loweredAfter, end)
            events.append(TranscriptEvent(time: raised, type: .flagRaised, agent: agent))
            events.append(TranscriptEvent(time: lowered, type: flag.bySupervisor ? .flagLoweredSupervisor : .flagLoweredAgent,
                                          agent: agent))
            if flag.whisper {
                events.append(TranscriptEvent(time: lowered, type: .other, agent: agent, detail: "Supervisor whisper"))
                record.whispers.append(lowered)
            }
        }
        record.events = Self.merged(record.events, events.sorted { $0.time < $1.time })
        transcripts[index] = record
    }

    /// Whether the agent (whose group's settings are `agents`) raises a flag in a conversation of
    /// `button`, and how it goes.
    func drawFlag(button: Int, as agents: CompiledConversation.Agents) -> FlagDraw? {
        guard let flags = agents.flags else { return nil }
        let stream = conversationStreams!.flags[button]
        guard stream.bernoulli(probability: flags.probability) else { return nil }
        let raisedAt = stream.uniform()
        let loweredAfter = agents.flagLoweredAfter!.sample(stream)
        let bySupervisor = stream.bernoulli(probability: flags.supervisorLowers)
        let whisper = stream.bernoulli(probability: flags.whisper)
        return FlagDraw(raisedAt: raisedAt, loweredAfter: loweredAfter, bySupervisor: bySupervisor,
                        whisper: bySupervisor && whisper)
    }

    /// The records the agent creates or finds, each type of `rules` with its probabilities, at a
    /// uniform moment of the conversation.
    mutating func attachRecords(_ rules: [Scenario.RecordAttachment], to record: inout TranscriptRecord, button: Int,
                                from start: Double, length: Double) {
        let stream = conversationStreams!.attachments[button]
        for rule in rules {
            let choice = stream.uniform()
            let moment = stream.uniform()
            let origin: AttachedRecord.Origin
            if choice < rule.create {
                let type = setup.recordTypes.firstIndex(of: rule.type)!
                origin = .created(createdRecords[type])
                createdRecords[type] += 1
            } else if choice < rule.create + rule.find {
                origin = .found(stream.uniformInt(below: rule.existing))
            } else {
                continue
            }
            record.attachedRecords.append(AttachedRecord(type: rule.type, time: start + moment * length, origin: origin))
        }
    }

    /// With its probability, the agent asks for a file once the first record is attached; the
    /// visitor uploads it (or cancels, or the agent does); a file over the limit fails. What has
    /// not happened by the chat's end happens then.
    mutating func transferFile(in chat: ChatID, button: Int, as agents: CompiledConversation.Agents,
                               from firstRecord: Double, to end: Double, into events: inout [TranscriptEvent]) {
        guard let files = agents.fileTransfers else { return }
        let stream = conversationStreams!.attachments[button]
        guard stream.bernoulli(probability: files.probability) else { return }
        let requested = firstRecord + stream.uniform() * (end - firstRecord)
        let size = max(0, agents.fileSize!.sample(stream))
        let arrived = min(requested + agents.uploadTime!.sample(stream), end)
        let visitorCancels = stream.bernoulli(probability: files.visitorCancels)
        let agentCancels = stream.bernoulli(probability: files.agentCancels)
        let canceledAt = requested + stream.uniform() * (arrived - requested)
        let agent = handler(of: chat, at: requested)
        events.append(TranscriptEvent(time: requested, type: .fileTransferRequested, agent: agent))
        let detail = Self.megabytes(size)
        if visitorCancels {
            events.append(TranscriptEvent(time: canceledAt, type: .fileTransferCanceledByVisitor, agent: nil, detail: detail))
        } else if agentCancels {
            events.append(TranscriptEvent(time: canceledAt, type: .fileTransferCanceledByAgent,
                                          agent: handler(of: chat, at: canceledAt), detail: detail))
        } else {
            let type: TranscriptEventType = size > Scenario.FileTransfers.limit ? .fileTransferFailed : .fileTransferSucceeded
            events.append(TranscriptEvent(time: arrived, type: type, agent: nil, detail: detail))
        }
    }

    /// A file size as the `Detail` of a file-transfer event: `2.41 MB`.
    static func megabytes(_ size: Double) -> String {
        let hundredths = Int((size * 100).rounded())
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100).\(fraction.count < 2 ? "0" + fraction : fraction) MB"
    }

    /// The agent handling the chat at `time`.
    func handler(of chat: ChatID, at time: Double) -> Int? {
        let handlers = talks[Int(chat.index)].handlers
        return (handlers.last { $0.since <= time } ?? handlers.first)?.agent
    }

    /// The chat's current agent starts handling it now (recorded chats only).
    mutating func noteHandler(of chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        guard isRecorded(index) else { return }
        talks[index].handlers.append((since: now, agent: Int(chats[index].agent)))
    }

    /// The visitor has read the last reply and ends the chat: by closing the window, with the
    /// button's share (drawn for recorded chats, where it shows).
    mutating func visitorCloses(_ chat: ChatID, at now: Double) {
        let index = Int(chat.index)
        talks[index].visitorTimer = nil
        let leaves = visitorSide(of: chat).visitorLeaves
        if leaves > 0, isRecorded(index) {
            talks[index].closesWindow = conversationStreams!.leaving[Int(chats[index].button)]
                .bernoulli(probability: leaves)
        }
        closeConversation(chat, by: .visitor, at: now)
    }

    /// Events that end a conversation: what happens inside it at the same moment comes before them.
    static let endings: Set<TranscriptEventType> = [
        .endAgent, .endVisitor, .leaveAgent, .leaveVisitor, .agentBlocked, .chasitorIdleTimeout,
    ]

    /// Two time-ordered event lists as one; at equal times `inside`'s events come after the
    /// recorded ones, except before the conversation's end (a flag lowered as the chat ends
    /// precedes its end).
    static func merged(_ recorded: [TranscriptEvent], _ inside: [TranscriptEvent]) -> [TranscriptEvent] {
        guard !inside.isEmpty else { return recorded }
        var result: [TranscriptEvent] = []
        result.reserveCapacity(recorded.count + inside.count)
        var next = 0
        for event in recorded {
            while next < inside.count
                && (inside[next].time < event.time || (inside[next].time == event.time && endings.contains(event.type))) {
                result.append(inside[next])
                next += 1
            }
            result.append(event)
        }
        result.append(contentsOf: inside[next...])
        return result
    }
}
