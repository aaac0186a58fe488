import Stochastics

extension Scenario {
    /// A setting of the conversation model that a button or an agent group gives its own value
    /// for, replacing the service's.
    public protocol ConversationSetting: Sendable, Equatable {
        /// The setting's key, as the scenario file names it (`typingTime`).
        var key: String { get }
        /// Sets the setting's value in `conversation`.
        func apply(to conversation: inout Conversation)
    }

    /// A visitor-side conversation setting: a button may give its own value for the chats
    /// requested on it (they keep it when transferred).
    public enum VisitorSetting: ConversationSetting {
        /// ``Conversation/visitorMessages``.
        case visitorMessages(Distribution)
        /// ``Conversation/visitorThinkTime``.
        case visitorThinkTime(Distribution)
        /// ``Conversation/visitorEnds``.
        case visitorEnds(Double)
        /// ``Conversation/visitorLeaves``.
        case visitorLeaves(Double)
        /// ``Conversation/idleWarning``.
        case idleWarning(Double?)
        /// ``Conversation/idleTimeout``.
        case idleTimeout(Double?)

        /// The setting's key, as the scenario file names it.
        public var key: String {
            switch self {
            case .visitorMessages: "visitorMessages"
            case .visitorThinkTime: "visitorThinkTime"
            case .visitorEnds: "visitorEnds"
            case .visitorLeaves: "visitorLeaves"
            case .idleWarning: "idleWarning"
            case .idleTimeout: "idleTimeout"
            }
        }

        /// Sets the setting's value in `conversation`.
        public func apply(to conversation: inout Conversation) {
            switch self {
            case .visitorMessages(let messages): conversation.visitorMessages = messages
            case .visitorThinkTime(let time): conversation.visitorThinkTime = time
            case .visitorEnds(let share): conversation.visitorEnds = share
            case .visitorLeaves(let share): conversation.visitorLeaves = share
            case .idleWarning(let time): conversation.idleWarning = time
            case .idleTimeout(let time): conversation.idleTimeout = time
            }
        }
    }

    /// An agent-side conversation setting: an agent group may give its own value for what its
    /// agents do in chats.
    public enum AgentSetting: ConversationSetting {
        /// ``Conversation/typingTime``.
        case typingTime(Distribution)
        /// ``Conversation/quickTextShare``.
        case quickTextShare(Double)
        /// ``Conversation/quickTextTime``.
        case quickTextTime(Distribution)
        /// ``Conversation/articleProbability``.
        case articleProbability(Double)
        /// ``Conversation/articleLookupTime``.
        case articleLookupTime(Distribution)
        /// ``Conversation/autoGreeting``.
        case autoGreeting(Bool)
        /// ``Conversation/criticalWait``.
        case criticalWait(Double?)
        /// ``Conversation/records``.
        case records([RecordAttachment])
        /// ``Conversation/fileTransfers``.
        case fileTransfers(FileTransfers?)
        /// ``Conversation/flags``.
        case flags(AssistanceFlags?)

        /// The setting's key, as the scenario file names it.
        public var key: String {
            switch self {
            case .typingTime: "typingTime"
            case .quickTextShare: "quickTextShare"
            case .quickTextTime: "quickTextTime"
            case .articleProbability: "articleProbability"
            case .articleLookupTime: "articleLookupTime"
            case .autoGreeting: "autoGreeting"
            case .criticalWait: "criticalWait"
            case .records: "records"
            case .fileTransfers: "fileTransfers"
            case .flags: "flags"
            }
        }

        /// Sets the setting's value in `conversation`.
        public func apply(to conversation: inout Conversation) {
            switch self {
            case .typingTime(let time): conversation.typingTime = time
            case .quickTextShare(let share): conversation.quickTextShare = share
            case .quickTextTime(let time): conversation.quickTextTime = time
            case .articleProbability(let probability): conversation.articleProbability = probability
            case .articleLookupTime(let time): conversation.articleLookupTime = time
            case .autoGreeting(let greets): conversation.autoGreeting = greets
            case .criticalWait(let time): conversation.criticalWait = time
            case .records(let records): conversation.records = records
            case .fileTransfers(let files): conversation.fileTransfers = files
            case .flags(let flags): conversation.flags = flags
            }
        }
    }

    /// The conversation model of the chats requested on `button`: the service's, with the
    /// button's own visitor-side settings; `nil` outside the conversation service mode.
    public func conversation(of button: Button) -> Conversation? {
        guard case .conversation(let model) = service else { return nil }
        return model.applying(button.conversation)
    }

    /// The conversation model of the agents of `group`: the service's, with the group's own
    /// agent-side settings; `nil` outside the conversation service mode.
    public func conversation(of group: AgentGroup) -> Conversation? {
        guard case .conversation(let model) = service else { return nil }
        return model.applying(group.conversation)
    }

    /// The record types agents may attach to chats: the standard ones, then the custom objects
    /// named by the service's or any agent group's `records`, in order of first mention.
    public var attachableRecordTypes: [AttachableRecord] {
        var types = AttachableRecord.standard
        for group in agentGroups {
            for rule in conversation(of: group)?.records ?? [] where !types.contains(rule.type) {
                types.append(rule.type)
            }
        }
        return types
    }
}

extension Scenario.Conversation {
    /// This model with `settings` applied in order (a later value of a key wins).
    public func applying<Setting: Scenario.ConversationSetting>(_ settings: [Setting]) -> Scenario.Conversation {
        var model = self
        for setting in settings { setting.apply(to: &model) }
        return model
    }
}
