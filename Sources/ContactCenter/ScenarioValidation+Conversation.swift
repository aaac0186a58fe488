extension Scenario.Conversation {
    /// Checks the model's settings, reported under `path`. With `keys` (a button's or an agent
    /// group's own settings, checked in the model they make), only the problems of those keys,
    /// and of the rules between keys that involve one of them.
    func check(_ problems: inout ProblemList, under path: String = "service", only keys: Set<String>? = nil) {
        var found = ProblemList()
        checkSettings(&found, under: path, only: keys)
        problems.list += found.list.filter { problem in
            guard let keys else { return true }
            let key = problem.path.dropFirst(path.count + 1).prefix { $0 != "." && $0 != "[" }
            return keys.contains(String(key))
        }
    }

    private func checkSettings(_ problems: inout ProblemList, under path: String, only keys: Set<String>?) {
        problems.check("\(path).visitorMessages", visitorMessages)
        problems.check("\(path).visitorThinkTime", visitorThinkTime)
        problems.check("\(path).typingTime", typingTime)
        problems.check("\(path).quickTextTime", quickTextTime)
        problems.check("\(path).articleLookupTime", articleLookupTime)
        for (key, share) in [("quickTextShare", quickTextShare), ("articleProbability", articleProbability),
                             ("visitorEnds", visitorEnds)] {
            problems.checkProbability("\(path).\(key)", share)
        }
        for (key, time) in [("idleWarning", idleWarning), ("idleTimeout", idleTimeout), ("criticalWait", criticalWait)] {
            problems.checkPositiveDuration("\(path).\(key)", time)
        }
        if let idleWarning, let idleTimeout, idleWarning >= idleTimeout {
            let key = keys?.contains("idleWarning") == false ? "idleTimeout" : "idleWarning"
            problems.report("\(path).\(key)",
                            "expected the warning before the time-out (\(DurationText(idleTimeout))), found \(DurationText(idleWarning))")
        }
        checkChatActivities(&problems, under: path, only: keys)
    }
}
