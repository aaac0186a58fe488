import Routing
import Stochastics

/// A validated description of one simulated contact-center day: buttons with their arrivals,
/// agent groups with their skills and capacity, visitor behaviour and the service model.
///
/// All durations are in seconds and all rates are per second. Scenario files are read into this
/// type by the `ScenarioFiles` target; ``problems()`` lists what makes a scenario impossible to run.
public struct Scenario: Sendable, Equatable {
    /// Name of the scenario; reports are written under `Reports/<name>/`.
    public var name: String
    /// Root of every random stream of the run.
    public var seed: UInt64
    /// Simulated length of one replication, in seconds. Arrivals stop at the horizon; chats that
    /// arrived before it are followed until they are answered or abandoned.
    public var horizon: Double
    /// Initial period excluded from every metric, in seconds.
    public var warmup: Double
    /// Number of independent replications of the day.
    public var replications: Int
    /// Reporting interval length, in seconds.
    public var interval: Double
    /// Service-level threshold T, in seconds: a chat accepted within T counts as answered in time.
    public var serviceLevelThreshold: Double
    /// The share of chats the center aims to accept within the threshold (drawn as the target in
    /// reports).
    public var serviceLevelTarget: Double
    /// Which chats get transcripts written with the report.
    public var records: RecordSelection
    /// Date of the first simulated day: record times are written as dates from it.
    public var startDate: CalendarDate
    /// Chat buttons, each with its required skill and arrival process.
    public var buttons: [Button]
    /// Agent groups.
    public var agentGroups: [AgentGroup]
    /// Visitor behaviour.
    public var visitors: Visitors
    /// How accepted chats occupy agents.
    public var service: Service
    /// Visitor addresses refused before they reach an agent (`LiveChatBlockingRule`).
    public var blocking: [BlockingRule]

    /// Creates a scenario from its parts.
    public init(
        name: String, seed: UInt64, horizon: Double, warmup: Double, replications: Int,
        interval: Double, serviceLevelThreshold: Double, buttons: [Button],
        agentGroups: [AgentGroup], visitors: Visitors, service: Service, blocking: [BlockingRule] = [],
        serviceLevelTarget: Double = 0.8, records: RecordSelection = .all,
        startDate: CalendarDate = CalendarDate(year: 2026, month: 1, day: 5)
    ) {
        self.name = name
        self.seed = seed
        self.horizon = horizon
        self.warmup = warmup
        self.replications = replications
        self.interval = interval
        self.serviceLevelThreshold = serviceLevelThreshold
        self.buttons = buttons
        self.agentGroups = agentGroups
        self.visitors = visitors
        self.service = service
        self.blocking = blocking
        self.serviceLevelTarget = serviceLevelTarget
        self.records = records
        self.startDate = startDate
    }
}

