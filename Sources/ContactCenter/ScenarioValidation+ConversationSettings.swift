extension Scenario {
    /// Checks a button's own conversation settings, under `path` (`buttons[0]`).
    func checkConversationSettings(of button: Button, path: String, _ problems: inout ProblemList) {
        checkSettings(button.conversation, in: conversation(of: button), path: "\(path).conversation", &problems)
    }

    /// Checks an agent group's own conversation settings, under `path` (`agents[0]`).
    func checkConversationSettings(of group: AgentGroup, path: String, _ problems: inout ProblemList) {
        checkSettings(group.conversation, in: conversation(of: group), path: "\(path).conversation", &problems)
    }

    /// Settings need the conversation service mode, each key is given once, and each value is
    /// checked in the model it makes (`effective`: the service's with the settings applied).
    private func checkSettings<Setting: ConversationSetting>(
        _ settings: [Setting], in effective: Conversation?, path: String, _ problems: inout ProblemList
    ) {
        guard !settings.isEmpty else { return }
        guard let effective else {
            problems.report(path, "conversation settings need service mode conversation (the simple mode has none)")
            return
        }
        var seen: Set<String> = []
        for setting in settings where !seen.insert(setting.key).inserted {
            problems.report("\(path).\(setting.key)", "duplicate setting; each key is given once")
        }
        effective.check(&problems, under: path, only: seen)
    }
}
