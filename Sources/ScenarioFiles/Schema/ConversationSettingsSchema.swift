import ContactCenter
import Stochastics

/// The settings of the conversation service mode, one reader per key, shared by the `service`
/// mapping and by the `conversation` mappings of buttons (the visitor-side keys) and of agent
/// groups (the agent-side keys). A key of the other side, or the service-wide `quickTexts`, is
/// reported with where it belongs.
enum ConversationSettingsSchema {
    /// One key: its name and the reader of its value, as a setting.
    struct Key<Setting> {
        let name: String
        let decoder: FieldDecoder<Setting>

        init<Value>(_ name: String, _ decoder: FieldDecoder<Value>, _ setting: @escaping (Value) -> Setting) {
            self.name = name
            self.decoder = decoder.map(setting)
        }
    }

    /// The visitor-side keys: `visitorMessages` (a count distribution), `visitorThinkTime`,
    /// `visitorEnds`, `visitorLeaves`, `idleWarning` and `idleTimeout`.
    static var visitorKeys: [Key<Scenario.VisitorSetting>] {
        [
            Key("visitorMessages", .countDistribution, Scenario.VisitorSetting.visitorMessages),
            Key("visitorThinkTime", .distribution, Scenario.VisitorSetting.visitorThinkTime),
            Key("visitorEnds", .probability, Scenario.VisitorSetting.visitorEnds),
            Key("visitorLeaves", .probability, Scenario.VisitorSetting.visitorLeaves),
            Key("idleWarning", .durationOrNone, Scenario.VisitorSetting.idleWarning),
            Key("idleTimeout", .durationOrNone, Scenario.VisitorSetting.idleTimeout),
        ]
    }

    /// The agent-side keys: `typingTime`, `quickTextShare`, `quickTextTime`, `articleProbability`,
    /// `articleLookupTime`, `autoGreeting`, `criticalWait`, and `records`, `fileTransfers` and
    /// `flags` (``ChatActivitySchema``).
    static var agentKeys: [Key<Scenario.AgentSetting>] {
        [
            Key("typingTime", .distribution, Scenario.AgentSetting.typingTime),
            Key("quickTextShare", .probability, Scenario.AgentSetting.quickTextShare),
            Key("quickTextTime", .distribution, Scenario.AgentSetting.quickTextTime),
            Key("articleProbability", .probability, Scenario.AgentSetting.articleProbability),
            Key("articleLookupTime", .distribution, Scenario.AgentSetting.articleLookupTime),
            Key("autoGreeting", .boolean, Scenario.AgentSetting.autoGreeting),
            Key("criticalWait", .durationOrNone, Scenario.AgentSetting.criticalWait),
            Key("records", ChatActivitySchema.records, Scenario.AgentSetting.records),
            Key("fileTransfers", ChatActivitySchema.fileTransfers, Scenario.AgentSetting.fileTransfers),
            Key("flags", ChatActivitySchema.flags, Scenario.AgentSetting.flags),
        ]
    }

    /// A button's `conversation` mapping: visitor-side keys.
    static var buttonSettings: FieldDecoder<[Scenario.VisitorSetting]> {
        .mapping("a mapping of visitor settings like {visitorMessages: constant(3), visitorThinkTime: exponential(mean: 40s)}") { map in
            for key in agentKeys {
                map.reportMisplaced(key.name, "agent behaviour is set per agent group (agents[i].conversation), not per button")
            }
            map.reportMisplaced("quickTexts", quickTextsMessage)
            return read(visitorKeys, from: map)
        }
    }

    /// An agent group's `conversation` mapping: agent-side keys.
    static var groupSettings: FieldDecoder<[Scenario.AgentSetting]> {
        .mapping("a mapping of agent settings like {typingTime: exponential(mean: 20s), autoGreeting: true}") { map in
            for key in visitorKeys {
                map.reportMisplaced(key.name, "visitor behaviour is set per button (buttons[i].conversation), not per agent group")
            }
            map.reportMisplaced("quickTexts", quickTextsMessage)
            return read(agentKeys, from: map)
        }
    }

    /// The settings of `keys` the mapping gives, in the order of `keys`; `nil` when a key of
    /// `required` is missing or a value is bad (either reported).
    static func read<Setting>(_ keys: [Key<Setting>], from map: MappingReader,
                              required: Set<String> = []) -> [Setting]? {
        var settings: [Setting] = []
        var complete = true
        for key in keys {
            let isRequired = required.contains(key.name)
            if let setting = isRequired ? map.required(key.name, key.decoder) : map.value(key.name, key.decoder) {
                settings.append(setting)
            } else if isRequired || map.contains(key.name) {
                complete = false
            }
        }
        return complete ? settings : nil
    }

    private static let quickTextsMessage = "the quick-text library is shared by the whole service (service.quickTexts)"
}
