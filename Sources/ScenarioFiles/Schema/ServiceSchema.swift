import ContactCenter

/// The `service` mapping: `mode`, then the keys of that mode (`simple`: `handleTime`).
enum ServiceSchema {
    /// The service modes a file may name.
    private enum Mode: String, CaseIterable {
        case simple
    }

    /// How accepted chats occupy agents.
    static var service: FieldDecoder<Scenario.Service> {
        .mapping("a mapping with the keys mode and handleTime") { map in
            guard let mode = map.required("mode", FieldDecoder<Mode>.oneOf("a service mode")) else {
                map.ignoreUnreadKeys()
                return nil
            }
            switch mode {
            case .simple:
                return map.required("handleTime", .distribution).map { .simple(handleTime: $0) }
            }
        }
    }
}
