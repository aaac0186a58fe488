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
    /// Chat buttons, each with its required skill and arrival process.
    public var buttons: [Button]
    /// Agent groups.
    public var agentGroups: [AgentGroup]
    /// Visitor behaviour.
    public var visitors: Visitors
    /// How accepted chats occupy agents.
    public var service: Service

    /// Creates a scenario from its parts.
    public init(
        name: String, seed: UInt64, horizon: Double, warmup: Double, replications: Int,
        interval: Double, serviceLevelThreshold: Double, buttons: [Button],
        agentGroups: [AgentGroup], visitors: Visitors, service: Service
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
    }
}

extension Scenario {
    /// A chat button (a deployment's entry point) and the skill an agent needs to take its chats.
    public struct Button: Sendable, Equatable {
        /// Identifier, unique within the scenario.
        public var id: String
        /// Skill required to take chats from this button.
        public var skill: String
        /// Arrival rates of chat requests over the day.
        public var arrivals: ArrivalRates

        /// Creates a button.
        public init(id: String, skill: String, arrivals: ArrivalRates) {
            self.id = id
            self.skill = skill
            self.arrivals = arrivals
        }
    }

    /// Piecewise-constant arrival rates: each piece's rate holds from its start until the next
    /// piece starts (the last one until the horizon); before the first piece the rate is 0.
    public struct ArrivalRates: Sendable, Equatable {
        /// Pieces in increasing order of start time.
        public var pieces: [RatePiece]
        /// Whether the rates were given as a profile (`profile:`) rather than one rate (`rate:`).
        public var isProfile: Bool

        /// Rates given piece by piece, as a profile.
        public init(pieces: [RatePiece]) {
            self.pieces = pieces
            isProfile = true
        }

        /// One constant rate over the whole day.
        public init(constant ratePerSecond: Double) {
            pieces = [RatePiece(start: 0, ratePerSecond: ratePerSecond)]
            isProfile = false
        }
    }

    /// One constant-rate piece of an arrival profile.
    public struct RatePiece: Sendable, Equatable {
        /// Start of the piece, in seconds from the start of the day.
        public var start: Double
        /// Arrival rate during the piece, per second.
        public var ratePerSecond: Double

        /// Creates a piece.
        public init(start: Double, ratePerSecond: Double) {
            self.start = start
            self.ratePerSecond = ratePerSecond
        }
    }

    /// A group of identical agents.
    public struct AgentGroup: Sendable, Equatable {
        /// Group name, unique within the scenario.
        public var name: String
        /// Number of agents in the group.
        public var count: Int
        /// Skills every agent of the group holds.
        public var skills: [String]
        /// Chats an agent can hold at once.
        public var capacity: Int

        /// Creates an agent group.
        public init(name: String, count: Int, skills: [String], capacity: Int) {
            self.name = name
            self.count = count
            self.skills = skills
            self.capacity = capacity
        }
    }

    /// Visitor behaviour.
    public struct Visitors: Sendable, Equatable {
        /// Time a visitor is willing to wait in queue before abandoning; `nil` means infinite patience.
        public var patience: Distribution?

        /// Creates visitor behaviour.
        public init(patience: Distribution?) {
            self.patience = patience
        }
    }

    /// How an accepted chat occupies its agent.
    public enum Service: Sendable, Equatable {
        /// Each accepted chat holds one slot of its agent for a handle time drawn from the distribution.
        case simple(handleTime: Distribution)
    }
}
