import Stochastics

extension Scenario {
    /// How conversations unfold, message by message (the `conversation` service mode).
    ///
    /// After acceptance (and the automatic greeting, if any) the visitor writes its first message;
    /// the agent replies to each visitor message, typing one reply at a time: a reply owed in one
    /// chat waits while the agent types in another, so an agent holding more chats answers each
    /// more slowly. After the agent's reply to the last message, the chat ends one think time
    /// later, by the visitor or by the agent. A button may replace the visitor-side settings for
    /// its chats (``VisitorSetting``), an agent group the agent-side ones for its agents
    /// (``AgentSetting``): see `Scenario.conversation(of:)`.
    public struct Conversation: Sendable, Equatable {
        /// Number of messages the visitor writes, drawn per chat and rounded to a whole number ≥ 1.
        public var visitorMessages: Distribution
        /// Time the visitor takes to write a message: the first after acceptance, the next ones
        /// after reading the agent's reply.
        public var visitorThinkTime: Distribution
        /// Time an agent takes to type one reply, once it turns to the chat.
        public var typingTime: Distribution
        /// Share of replies sent as quick text (canned replies), taking `quickTextTime` instead.
        public var quickTextShare: Double
        /// Time to pick and send a quick text.
        public var quickTextTime: Distribution
        /// Probability that a reply needs a knowledge-article lookup first (the article is shared
        /// into the chat).
        public var articleProbability: Double
        /// Time a knowledge-article lookup adds to the reply.
        public var articleLookupTime: Distribution
        /// Whether the agent's greeting is sent the moment the chat is accepted.
        public var autoGreeting: Bool
        /// Share of chats the visitor ends; the agent ends the others.
        public var visitorEnds: Double
        /// Time without a message from the visitor (while the agent waits for one) after which
        /// the visitor is warned (`ChasitorIdleTimeoutWarningTriggered`); `nil`: no warning.
        public var idleWarning: Double?
        /// Time without a message from the visitor after which the chat ends
        /// (`ChasitorIdleTimeout`); `nil`: never.
        public var idleTimeout: Double?
        /// Time a visitor may wait for a reply before the agent is alerted
        /// (`AlertCriticalWaitChat`, cleared by the reply); `nil`: no alerts.
        public var criticalWait: Double?
        /// Share of the chats the visitor ends that it leaves by closing the window (`LeaveVisitor`
        /// instead of `EndVisitor`).
        public var visitorLeaves: Double
        /// Texts of the quick-text library, used in turn for quick-text replies in the transcript's
        /// `Body`; empty: stock phrases.
        public var quickTexts: [String]
        /// Records the agent attaches to the chat (at most one per type), in the order given.
        public var records: [RecordAttachment]
        /// Files the agent asks the visitor for; `nil`: none.
        public var fileTransfers: FileTransfers?
        /// Assistance flags the agent raises; `nil`: none.
        public var flags: AssistanceFlags?

        /// Creates a conversation model; by default replies are typed in full, no article is
        /// looked up, there is no greeting, the visitor ends half of the chats (always with
        /// `EndVisitor`), there are no idle time-outs or critical-wait alerts, no records, files or
        /// flags, and quick texts read as stock phrases.
        public init(
            visitorMessages: Distribution, visitorThinkTime: Distribution, typingTime: Distribution,
            quickTextShare: Double = 0, quickTextTime: Distribution = .constant(3), articleProbability: Double = 0,
            articleLookupTime: Distribution = .constant(30), autoGreeting: Bool = false, visitorEnds: Double = 0.5,
            idleWarning: Double? = nil, idleTimeout: Double? = nil, criticalWait: Double? = nil,
            visitorLeaves: Double = 0, quickTexts: [String] = [], records: [RecordAttachment] = [],
            fileTransfers: FileTransfers? = nil, flags: AssistanceFlags? = nil
        ) {
            self.visitorMessages = visitorMessages
            self.visitorThinkTime = visitorThinkTime
            self.typingTime = typingTime
            self.quickTextShare = quickTextShare
            self.quickTextTime = quickTextTime
            self.articleProbability = articleProbability
            self.articleLookupTime = articleLookupTime
            self.autoGreeting = autoGreeting
            self.visitorEnds = visitorEnds
            self.idleWarning = idleWarning
            self.idleTimeout = idleTimeout
            self.criticalWait = criticalWait
            self.visitorLeaves = visitorLeaves
            self.quickTexts = quickTexts
            self.records = records
            self.fileTransfers = fileTransfers
            self.flags = flags
        }
    }
}
