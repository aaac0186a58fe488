import Stochastics

extension Scenario {
    /// A group of identical agents: their skills, capacity, shift and how they answer offers.
    public struct AgentGroup: Sendable, Equatable {
        /// Group name, unique within the scenario.
        public var name: String
        /// Number of agents in the group.
        public var count: Int
        /// Skills every agent of the group holds.
        public var skills: [AgentSkill]
        /// Capacity of each agent, in units: with the default weight of one unit per chat, the
        /// number of chats an agent holds at once.
        public var capacity: Int
        /// Time an agent takes to accept (or decline) a pushed chat; `nil` means at once.
        public var acceptDelay: Distribution?
        /// Probability that an agent declines a pushed chat instead of accepting it.
        public var declineProbability: Double
        /// Whether and how agents are set Away by the router when they decline or miss an offer.
        public var autoAway: AutoAway
        /// When the group is logged in; `nil` means Online for the whole simulation.
        public var shift: Shift?
        /// What happens to an agent's chats when its shift ends.
        public var atShiftEnd: ShiftEnd
        /// After-chat work, during which a tab-based chat still holds its capacity; `nil` means none.
        public var wrapUp: Distribution?
        /// How the agents transfer chats; `nil`: they never do.
        public var transfers: Transfers?
        /// How the agents invite colleagues into chats; `nil`: they never do.
        public var conferences: Conferences?
        /// Share of accepted chats whose visitor the agent blocks (spam, abuse): the chat ends at
        /// once and the visitor's address is blocked.
        public var blockProbability: Double
        /// The record types the group's agents may see; `nil`: every type. A chat transferred to
        /// them, or a conference they join, does not open the attached records of other types.
        public var recordAccess: [String]?
        /// The group's own agent-side conversation settings (conversation service mode), each
        /// replacing the service's value for what the group's agents do in chats.
        public var conversation: [AgentSetting]

        /// Creates an agent group; behaviour defaults to agents who are Online all the time,
        /// accept every offer at once and have no after-chat work.
        public init(
            name: String, count: Int, skills: [AgentSkill], capacity: Int, acceptDelay: Distribution? = nil,
            declineProbability: Double = 0, autoAway: AutoAway = AutoAway(), shift: Shift? = nil,
            atShiftEnd: ShiftEnd = .drain, wrapUp: Distribution? = nil, transfers: Transfers? = nil,
            conferences: Conferences? = nil, blockProbability: Double = 0, recordAccess: [String]? = nil,
            conversation: [AgentSetting] = []
        ) {
            self.name = name
            self.count = count
            self.skills = skills
            self.capacity = capacity
            self.acceptDelay = acceptDelay
            self.declineProbability = declineProbability
            self.autoAway = autoAway
            self.shift = shift
            self.atShiftEnd = atShiftEnd
            self.wrapUp = wrapUp
            self.transfers = transfers
            self.conferences = conferences
            self.blockProbability = blockProbability
            self.recordAccess = recordAccess
            self.conversation = conversation
        }
    }

    /// A skill an agent holds, with its level (0 when the scenario gives none).
    public struct AgentSkill: Sendable, Equatable, ExpressibleByStringLiteral {
        /// The levels a skill can have (Omni-Channel's 0 to 10).
        public static let levels = 0...10

        /// Skill name.
        public var name: String
        /// Skill level, compared with a button's minimum level.
        public var level: Int

        /// A skill with a level.
        public init(_ name: String, level: Int = 0) {
            self.name = name
            self.level = level
        }

        /// A skill without a level.
        public init(stringLiteral name: String) {
            self.init(name)
        }
    }

    /// The router setting agents Away after a declined or missed offer, and their return.
    public struct AutoAway: Sendable, Equatable {
        /// Away after declining an offer (`IsAutoAwayOnDecline`).
        public var onDecline: Bool
        /// Away after letting an offer time out (`OptionsIsAutoAwayOnPushTimeout`).
        public var onTimeout: Bool
        /// How long an agent set Away takes to come back Online.
        public var backAfter: Distribution

        /// Creates the setting; by default agents are never set Away.
        public init(onDecline: Bool = false, onTimeout: Bool = false, backAfter: Distribution = .constant(60)) {
            self.onDecline = onDecline
            self.onTimeout = onTimeout
            self.backAfter = backAfter
        }
    }

    /// A shift: Online from `start` to `end`, Away during breaks.
    public struct Shift: Sendable, Equatable {
        /// Login time, in seconds from the start of the day.
        public var start: Double
        /// Logout time; `nil` keeps the agents logged in until the simulation ends.
        public var end: Double?
        /// Breaks, in order.
        public var breaks: [Break]

        /// Creates a shift.
        public init(start: Double, end: Double?, breaks: [Break] = []) {
            self.start = start
            self.end = end
            self.breaks = breaks
        }
    }

    /// A break: Away from `start` for `length` seconds.
    public struct Break: Sendable, Equatable {
        /// Start of the break, in seconds from the start of the day.
        public var start: Double
        /// Length of the break, in seconds.
        public var length: Double

        /// Creates a break.
        public init(start: Double, length: Double) {
            self.start = start
            self.length = length
        }
    }

    /// What an agent's chats do when its shift ends.
    public enum ShiftEnd: String, Sendable, Equatable, CaseIterable {
        /// The agent stops receiving chats, finishes the ones it holds, then logs out.
        case drain
        /// The agent logs out at once and its chats end.
        case endChats
    }
}
