import Metrics
import Routing
import SimulationKernel
import Stochastics

/// One simulated day: visitors arrive on each button, the router places their chats, agents
/// handle them for a drawn handle time, and waiting visitors abandon when their patience runs out.
///
/// Arrivals stop at the horizon; chats that arrived before it are followed until they are accepted
/// and handled or abandoned, so every offered chat has a known outcome.
///
/// Each chat's patience and handle time are drawn when it arrives, from its button's own streams,
/// so that the n-th visitor of a button brings the same demand whatever the staffing (common
/// random numbers when comparing configurations).
struct Replication {
    /// What the simulation keeps about a chat in progress, indexed by its router id.
    struct ChatInfo {
        var button: Int32 = 0
        var requestTime = 0.0
        var patience = Double.infinity
        var handleTime = 0.0
        var patienceTimer: EventHandle?
    }

    let setup: CompiledScenario
    var calendar = EventCalendar<SimulationEvent>()
    var router: Router
    var recorder: ReplicationRecorder
    var chats: [ChatInfo] = []
    let demand: [ButtonDemand]

    init(setup: CompiledScenario, replication: Int) {
        self.setup = setup
        let scenario = setup.scenario
        router = Router(configuration: setup.router)
        recorder = ReplicationRecorder(
            grid: IntervalGrid(length: scenario.interval, horizon: scenario.horizon, warmup: scenario.warmup),
            buttonCount: setup.buttons.count,
            serviceLevelThreshold: scenario.serviceLevelThreshold)
        demand = setup.buttons.map { ButtonDemand($0, seed: scenario.seed, replication: replication) }
    }

    /// Runs the day and returns what it measured.
    mutating func run() -> ReplicationMetrics {
        for agent in setup.router.agents.indices {
            router.setPresence(.online, of: AgentID(agent), at: 0)
        }
        applyDecisions()
        recordStaffing()
        for button in setup.buttons.indices { scheduleArrival(after: 0, on: button, demand: demand[button]) }
        var events = 0
        while let event = calendar.next() {
            events += 1
            let now = calendar.now
            switch event {
            case .arrival(let button):
                arrive(on: Int(button), at: now)
            case .patienceExpired(let chat):
                chats[Int(chat.index)].patienceTimer = nil
                try! router.cancelByVisitor(chat, at: now)
            case .serviceCompleted(let chat):
                try! router.endChat(chat, by: .agent, at: now)
            }
            applyDecisions()
            recordStaffing()
        }
        var metrics = recorder.finish()
        metrics.events = events
        return metrics
    }

    mutating func scheduleArrival(after time: Double, on button: Int, demand: ButtonDemand) {
        guard let next = demand.nextArrival(after: time), next < setup.scenario.horizon else { return }
        calendar.schedule(.arrival(button: Int32(button)), at: next)
    }

    mutating func arrive(on button: Int, at now: Double) {
        let visitor = demand[button]
        let patience = visitor.drawPatience()
        let handleTime = visitor.drawHandleTime()
        recorder.recordOffered(button: button, requestTime: now)
        let chat = router.requestChat(on: ButtonID(button), at: now)
        let index = Int(chat.index)
        if index >= chats.count { chats.append(contentsOf: repeatElement(ChatInfo(), count: index + 1 - chats.count)) }
        chats[index] = ChatInfo(button: Int32(button), requestTime: now, patience: patience, handleTime: handleTime)
        scheduleArrival(after: now, on: button, demand: visitor)
    }

    /// Turns the router's decisions into scheduled events and recorded outcomes.
    mutating func applyDecisions() {
        while let decision = router.nextDecision() {
            let now = calendar.now
            switch decision {
            case .enqueued(let chat, _):
                let info = chats[Int(chat.index)]
                if info.patience.isFinite {
                    chats[Int(chat.index)].patienceTimer = calendar.scheduleCancellable(
                        .patienceExpired(chat), at: info.requestTime + info.patience)
                }
            case .offered:
                break  // simple-mode buttons auto-accept: `.accepted` follows at once
            case .accepted(let chat, _):
                let info = chats[Int(chat.index)]
                if let timer = info.patienceTimer {
                    calendar.cancel(timer)
                    chats[Int(chat.index)].patienceTimer = nil
                }
                recorder.recordAccepted(button: Int(info.button), requestTime: info.requestTime, at: now)
                calendar.schedule(.serviceCompleted(chat), after: info.handleTime)
            case .canceled(let chat, let reason):
                let info = chats[Int(chat.index)]
                recorder.recordCanceled(reason, button: Int(info.button), requestTime: info.requestTime, at: now)
            case .ended:
                break
            }
        }
    }

    mutating func recordStaffing() {
        let gauges = router.gauges
        recorder.recordStaffing(StaffingLevel(
            busyCapacity: gauges.load, staffedCapacity: gauges.loggedInCapacity,
            busyAgents: gauges.busyAgents, staffedAgents: gauges.loggedInAgents), at: calendar.now)
    }
}
