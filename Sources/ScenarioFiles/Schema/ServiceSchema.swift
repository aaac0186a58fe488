import ContactCenter
import Stochastics

/// The `service` mapping: `mode`, then the keys of that mode (`simple`: `handleTime`;
/// `conversation`: the message-by-message model, see ``conversation``).
enum ServiceSchema {
    /// The service modes a file may name.
    private enum Mode: String, CaseIterable {
        case simple
        case conversation
    }

    /// How accepted chats occupy agents.
    static var service: FieldDecoder<Scenario.Service> {
        .mapping("a mapping with the keys mode and handleTime, or mode: conversation and its keys") { map in
            guard let mode = map.required("mode", FieldDecoder<Mode>.oneOf("a service mode")) else {
                map.ignoreUnreadKeys()
                return nil
            }
            switch mode {
            case .simple:
                return map.required("handleTime", .distribution).map { .simple(handleTime: $0) }
            case .conversation:
                return conversation(map).map { .conversation($0) }
            }
        }
    }

    /// `visitorMessages`, `visitorThinkTime` and `typingTime` (required), then `quickTextShare`,
    /// `quickTextTime`, `articleProbability`, `articleLookupTime`, `autoGreeting`, `visitorEnds`,
    /// `idleWarning`, `idleTimeout`, `criticalWait`, `visitorLeaves`, `quickTexts`, `records`,
    /// `fileTransfers` and `flags` (``ChatActivitySchema``); defaults: those of
    /// ``Scenario/Conversation``.
    private static func conversation(_ map: MappingReader) -> Scenario.Conversation? {
        let messages = map.required("visitorMessages", .countDistribution)
        let think = map.required("visitorThinkTime", .distribution)
        let typing = map.required("typingTime", .distribution)
        guard let messages, let think, let typing else {
            map.ignoreUnreadKeys()
            return nil
        }
        var model = Scenario.Conversation(visitorMessages: messages, visitorThinkTime: think, typingTime: typing)
        map.read("quickTextShare", into: &model.quickTextShare, .probability)
        map.read("quickTextTime", into: &model.quickTextTime, .distribution)
        map.read("articleProbability", into: &model.articleProbability, .probability)
        map.read("articleLookupTime", into: &model.articleLookupTime, .distribution)
        map.read("autoGreeting", into: &model.autoGreeting, .boolean)
        map.read("visitorEnds", into: &model.visitorEnds, .probability)
        map.read("idleWarning", into: &model.idleWarning, .durationOrNone)
        map.read("idleTimeout", into: &model.idleTimeout, .durationOrNone)
        map.read("criticalWait", into: &model.criticalWait, .durationOrNone)
        map.read("visitorLeaves", into: &model.visitorLeaves, .probability)
        map.read("quickTexts", into: &model.quickTexts, ChatActivitySchema.quickTexts)
        map.read("records", into: &model.records, ChatActivitySchema.records)
        map.read("fileTransfers", into: &model.fileTransfers, ChatActivitySchema.fileTransfers)
        map.read("flags", into: &model.flags, ChatActivitySchema.flags)
        return model
    }
}
