import Metrics
import Routing
import SimulationKernel
import Stochastics

/// One simulated day: visitors arrive on each button, the router places their chats, agents log
/// in and out by their shifts, answer offers, handle chats and do their after-chat work, and
/// waiting visitors abandon when their patience runs out.
///
/// Arrivals stop at the horizon; chats that arrived before it are followed until they reach their
/// outcome, so every offered chat has a known one.
///
/// Each chat's patience and handle time are drawn when it arrives, from its button's own streams,
/// so that the n-th visitor of a button brings the same demand whatever the staffing (common
/// random numbers when comparing configurations).
struct Replication {
    /// What the simulation keeps about a chat in progress, indexed by its router id.
    struct ChatInfo {
        var serial: UInt32 = 0
        var button: Int32 = 0
        var requestTime = 0.0
        /// Where the chat's outcomes are filed.
        var cell = ChatCell.warmUp
        var patience = Double.infinity
        var handleTime = 0.0
        /// The agent who accepted the chat, and when.
        var agent: Int32 = -1
        var acceptTime = 0.0
        /// The visitor who requested the chat (its number in the day's ``VisitorBook``, from 0).
        var visitor: Int32 = 0
        var patienceTimer: EventHandle?
        /// The pending answer to a push offer, and the offer's time-out.
        var answerTimer: EventHandle?
        var timeoutTimer: EventHandle?
        /// When the running conversation ends: infinite before acceptance, while a transfer to a
        /// button waits for the new agent, and once the conversation is over.
        var plannedEnd = Double.infinity
    }

    /// What the simulation keeps about the transfers and conferences of a chat whose agent's
    /// group has such plans (kept apart so that the common chat record stays small).
    struct HandoffProgress {
        /// The group whose transfer and conference plans the chat follows (its accepting agent's).
        let planningGroup: Int
        /// Transfer attempts still allowed (the first and the retries).
        var transferAttemptsLeft = 0
        /// The kind of the chat's pending transfer request or invitation, when it was made, and
        /// its time-out.
        var pending: HandoffKind?
        var start = 0.0
        var timer: EventHandle?
        /// Conversation time left while the chat waits for a transfer to a button.
        var remaining = 0.0
        /// Whether the chat has been transferred (for the share of chats transferred).
        var transferred = false
    }

    /// Where an agent stands in its working day.
    struct AgentSchedule {
        var onShift = false
        var onBreak = false
        var autoAway = false
        /// Breaks started so far.
        var breaksTaken = 0

        var presence: Presence { !onShift ? .offline : (onBreak || autoAway ? .away : .online) }
    }

    /// A Choice request shown to an agent, whose taking it is scheduled.
    struct ChoiceView: Hashable {
        let chat: Int32
        let agent: Int32
    }

    let setup: CompiledScenario
    var calendar = EventCalendar<SimulationEvent>()
    var router: Router
    var recorder: ReplicationRecorder
    var chats: [ChatInfo] = []
    /// Serial of the next chat; 0 marks a finished chat.
    var nextSerial: UInt32 = 1
    var schedules: [AgentSchedule]
    var choiceTimers: [ChoiceView: EventHandle] = [:]
    var timeReadings: TimeReadings
    let demand: [ButtonDemand]
    let behaviour: [GroupBehaviour]
    /// Each group's transfer, conference and block behaviour; `nil` for groups without any.
    let handoffBehaviour: [HandoffBehaviour?]
    /// Whether any group transfers, confers or blocks (else accepted chats have no such plans).
    let plansHandoffs: Bool
    /// Transfer and conference progress of the chats that have plans, by chat id.
    var handoffProgress: [Int32: HandoffProgress] = [:]
    /// Conversations in progress, by chat id, the agents' typing, and their draws (conversation
    /// mode only).
    var talks: [Talk] = []
    var typists: [Typist]
    let conversationStreams: ConversationStreams?
    /// Where this replication's records go, when they are kept.
    let recordKeeping: RecordKeeping?
    /// The records of the chats in progress, by chat id.
    var transcripts: [TranscriptRecord?] = []
    /// Chats requested so far (numbering the records).
    var requestsSoFar = 0
    /// Records created so far by the agents of recorded chats, per type (numbering them), in the
    /// order of ``CompiledScenario/recordTypes``).
    var createdRecords: [Int]
    let replicationIndex: Int
    /// Scheduled answers of agents shown a transfer request or an invitation.
    var handoffAnswers: [ChoiceView: EventHandle] = [:]
    /// Scheduled departures of conference guests.
    var guestDepartures: [ChoiceView: EventHandle] = [:]
    let pushSettings: [CompiledScenario.PushSettings]
    /// The day's visitors.
    var visitors: VisitorBook
    /// The open session of each agent, when records are kept.
    var sessions: [OpenSession?] = []
    /// Sessions opened so far (numbering the records).
    var sessionsSoFar = 0

    init(setup: CompiledScenario, replication: Int, records: RecordSink? = nil) {
        self.setup = setup
        let scenario = setup.scenario
        router = setup.router
        recorder = ReplicationRecorder(
            grid: IntervalGrid(length: scenario.interval, horizon: scenario.horizon, warmup: scenario.warmup),
            buttonSkills: setup.buttonSkills, groupCount: setup.groups.count, agentCount: setup.agentGroups.count,
            serviceLevelThreshold: scenario.serviceLevelThreshold)
        schedules = Array(repeating: AgentSchedule(), count: setup.agentGroups.count)
        timeReadings = TimeReadings(agentCount: setup.agentGroups.count)
        demand = setup.buttons.map { ButtonDemand($0, seed: scenario.seed, replication: replication) }
        behaviour = setup.groups.map { GroupBehaviour($0, seed: scenario.seed, replication: replication) }
        handoffBehaviour = setup.groups.map { group in
            group.handoffs.isEmpty ? nil
                : HandoffBehaviour(group.handoffs, group: group.name, seed: scenario.seed, replication: replication)
        }
        plansHandoffs = handoffBehaviour.contains { $0 != nil }
        pushSettings = setup.buttons.map(\.routing)
        replicationIndex = replication
        typists = setup.conversational ? Array(repeating: Typist(), count: setup.agentGroups.count) : []
        conversationStreams = setup.conversational ? ConversationStreams(setup: setup, replication: replication) : nil
        recordKeeping = RecordKeeping(records, setup: setup, replication: replication)
        createdRecords = Array(repeating: 0, count: setup.recordTypes.count)
        visitors = VisitorBook(setup.visitors, kept: recordKeeping != nil || setup.visitors.mayBeBlocked,
                               buttons: setup.buttonIDs, seed: scenario.seed, replication: replication)
        if recordKeeping != nil { sessions = Array(repeating: nil, count: setup.agentGroups.count) }
    }

    /// Runs the day and returns what it measured.
    mutating func run() -> ReplicationMetrics {
        planShifts()
        applyDecisions()
        planMeasurements()
        for button in setup.buttons.indices { scheduleArrival(after: 0, on: button, demand: demand[button]) }
        var events = 0
        while let event = calendar.next() {
            events += 1
            let now = calendar.now
            switch event {
            case .arrival(let button):
                arrive(on: Int(button), at: now)
            case .patienceExpired(let chat, let serial):
                guard isCurrent(chat, serial) else { break }
                chats[Int(chat.index)].patienceTimer = nil
                try! router.cancelByVisitor(chat, at: now)
            case .offerAccepted(let chat, let serial):
                guard isCurrent(chat, serial), let agent = router.agent(of: chat) else { break }
                chats[Int(chat.index)].answerTimer = nil
                try! router.accept(chat, by: agent, at: now)
            case .offerDeclined(let chat, let serial):
                guard isCurrent(chat, serial) else { break }
                chats[Int(chat.index)].answerTimer = nil
                try! router.decline(chat, at: now)
            case .pushTimeout(let chat, let serial):
                guard isCurrent(chat, serial) else { break }
                chats[Int(chat.index)].timeoutTimer = nil
                try! router.pushTimedOut(chat, at: now)
            case .choiceTaken(let chat, let agent):
                choiceTimers[ChoiceView(chat: chat.index, agent: agent)] = nil
                try! router.accept(chat, by: AgentID(Int(agent)), at: now)
            case .conversationEnded(let chat, let serial):
                guard isCurrent(chat, serial), chats[Int(chat.index)].plannedEnd == now else { break }
                endConversation(chat, by: .agent, at: now)
            case .workDone(let chat, let serial):
                guard isCurrent(chat, serial) else { break }
                try! router.closeWork(chat, at: now)
            case .schedule(let agent, let change):
                apply(change, to: Int(agent), at: now)
            case .measure:
                measure(at: now)
            case .transferStart(let chat, let serial):
                if isCurrent(chat, serial) { startTransfer(chat, at: now) }
            case .conferenceStart(let chat, let serial):
                if isCurrent(chat, serial) { startConference(chat, at: now) }
            case .handoffAnswer(let chat, let agent):
                answerHandoff(chat, by: agent, at: now)
            case .handoffTimeout(let chat, let serial):
                if isCurrent(chat, serial) { timeOutHandoff(chat, at: now) }
            case .guestLeaves(let chat, let agent):
                guestDepartures[ChoiceView(chat: chat.index, agent: agent)] = nil
                try! router.leaveConference(chat, by: AgentID(Int(agent)), at: now)
            case .agentBlocks(let chat, let serial):
                if isCurrent(chat, serial) { blockVisitor(of: chat, at: now) }
            case .visitorWrites(let chat, _):
                visitorWrites(chat, at: now)
            case .visitorIdle(let chat, _):
                visitorIdle(chat, at: now)
            case .idleWarning(let chat, _):
                idleWarning(chat, at: now)
            case .criticalWait(let chat, _):
                criticalWait(chat, at: now)
            case .replySent(let agent):
                replySent(by: Int(agent), at: now)
            case .visitorCloses(let chat, _):
                visitorCloses(chat, at: now)
            case .agentCloses(let chat, _):
                talks[Int(chat.index)].visitorTimer = nil
                closeConversation(chat, by: .agent, at: now)
            }
            applyDecisions()
        }
        if recordKeeping != nil { finishRecords(at: max(setup.scenario.horizon, calendar.now)) }
        var metrics = recorder.finish()
        metrics.events = events
        return metrics
    }

    /// Whether the chat under id `index` is recorded (its transcript is being written). Reads the
    /// slot in place: copying an optional record only to test it would copy the whole record.
    func isRecorded(_ index: Int) -> Bool {
        recordKeeping != nil && index < transcripts.count && transcripts.withUnsafeBufferPointer { $0[index] != nil }
    }

    /// Whether an event about `chat` still concerns the chat in progress under that id.
    func isCurrent(_ chat: ChatID, _ serial: UInt32) -> Bool {
        chats[Int(chat.index)].serial == serial
    }

    @inline(__always)
    mutating func scheduleArrival(after time: Double, on button: Int, demand: ButtonDemand) {
        guard let next = demand.nextArrival(after: time), next < setup.scenario.horizon else { return }
        calendar.setTimer(button, .arrival(button: Int32(button)), at: next)
    }

    mutating func arrive(on button: Int, at now: Double) {
        let visitor = demand[button]
        let patience = visitor.drawPatience()
        let handleTime = visitor.drawHandleTime()
        let visitorNumber = visitors.arrival(on: button, blocked: visitor.drawBlocked())
        let cell = recorder.cell(button: button, requestTime: now)
        recorder.recordOffered(cell)
        let chat = router.requestChat(on: ButtonID(button), from: visitors.address(of: visitorNumber), at: now)
        let index = Int(chat.index)
        if index >= chats.count { chats.append(contentsOf: repeatElement(ChatInfo(), count: index + 1 - chats.count)) }
        chats[index] = ChatInfo(serial: nextSerial, button: Int32(button), requestTime: now, cell: cell,
                                patience: patience, handleTime: handleTime, visitor: Int32(visitorNumber))
        if recordKeeping != nil { openRecord(of: chat, button: button, visitor: visitorNumber, at: now) }
        nextSerial = nextSerial == UInt32.max ? 1 : nextSerial + 1
        scheduleArrival(after: now, on: button, demand: visitor)
    }

    /// The conversation is over, ended by `party`: the chat ends, and the agent's after-chat work
    /// (if its group has any) is scheduled; without it the work is closed at once.
    mutating func endConversation(_ chat: ChatID, by party: EndedBy, at now: Double) {
        let index = Int(chat.index)
        chats[index].plannedEnd = .infinity
        let wrapUp = behaviour[Int(setup.agentGroups[Int(chats[index].agent)])].drawWrapUp()
        try! router.endChat(chat, by: party, at: now, closingWork: wrapUp == nil)
        if let wrapUp { calendar.schedule(.workDone(chat, serial: chats[index].serial), at: now + wrapUp) }
    }

}
