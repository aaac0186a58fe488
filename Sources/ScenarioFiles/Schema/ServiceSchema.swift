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

    /// `visitorMessages`, `visitorThinkTime` and `typingTime` (required), then the other keys of
    /// either side (``ConversationSettingsSchema``) and `quickTexts` (``ChatActivitySchema``);
    /// defaults: those of ``Scenario/Conversation``.
    private static func conversation(_ map: MappingReader) -> Scenario.Conversation? {
        let keys = ConversationSettingsSchema.self
        let required: Set = ["visitorMessages", "visitorThinkTime", "typingTime"]
        let visitorSide = keys.read(keys.visitorKeys, from: map, required: required)
        let agentSide = keys.read(keys.agentKeys, from: map, required: required)
        let quickTexts = map.value("quickTexts", ChatActivitySchema.quickTexts)
        guard let visitorSide, let agentSide else { return nil }
        // The required keys are among the settings read, so they replace these three values.
        var model = Scenario.Conversation(visitorMessages: .constant(1), visitorThinkTime: .constant(0),
                                          typingTime: .constant(0))
            .applying(visitorSide).applying(agentSide)
        if let quickTexts { model.quickTexts = quickTexts }
        return model
    }
}
