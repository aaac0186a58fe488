extension Scenario {
    /// The record types the buttons attach to their chats, each once, in the order first attached.
    var attachedRecordTypes: [String] {
        var types: [String] = []
        for type in buttons.flatMap(\.attachedRecords) where !type.isEmpty && !types.contains(type) {
            types.append(type)
        }
        return types
    }

    /// Checks the `attachedRecords` of the button at `path`: names non-empty, each given once.
    func checkAttachedRecords(of button: Button, path: String, _ problems: inout ProblemList) {
        checkRecordTypes(button.attachedRecords, path: "\(path).attachedRecords", &problems)
    }

    /// Checks the `recordAccess` of the agent group at `path`: names non-empty, each given once,
    /// and each a type some button attaches.
    func checkRecordAccess(of group: AgentGroup, path: String, _ problems: inout ProblemList) {
        guard let access = group.recordAccess else { return }
        let attached = attachedRecordTypes
        let known = attached.isEmpty ? "" : " (\(attached.joined(separator: ", ")))"
        checkRecordTypes(access, path: "\(path).recordAccess", &problems) { type in
            attached.contains(type) ? nil : "expected a record type some button attaches\(known), found \"\(type)\""
        }
    }

    /// Reports empty and repeated names of `types`, the list at `path`, and whatever `problem`
    /// finds wrong with the other names.
    private func checkRecordTypes(
        _ types: [String], path: String, _ problems: inout ProblemList, problem: (String) -> String? = { _ in nil }
    ) {
        var seen: Set<String> = []
        for (index, type) in types.enumerated() {
            let path = "\(path)[\(index)]"
            if type.isEmpty {
                problems.report(path, "expected a non-empty record type")
            } else if !seen.insert(type).inserted {
                problems.report(path, "duplicate record type \"\(type)\"; each type is listed once")
            } else if let message = problem(type) {
                problems.report(path, message)
            }
        }
    }
}
