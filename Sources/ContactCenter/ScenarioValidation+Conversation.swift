extension Scenario.Conversation {
    func check(_ problems: inout ProblemList) {
        problems.check("service.visitorMessages", visitorMessages)
        problems.check("service.visitorThinkTime", visitorThinkTime)
        problems.check("service.typingTime", typingTime)
        problems.check("service.quickTextTime", quickTextTime)
        problems.check("service.articleLookupTime", articleLookupTime)
        for (path, share) in [("quickTextShare", quickTextShare), ("articleProbability", articleProbability),
                              ("visitorEnds", visitorEnds)] where !(0...1 ~= share) {
            problems.report("service.\(path)", "expected a probability between 0 and 1, found \(share)")
        }
        for (path, time) in [("idleWarning", idleWarning), ("idleTimeout", idleTimeout), ("criticalWait", criticalWait)] {
            if let time, !(time.isFinite && time > 0) {
                problems.report("service.\(path)", "expected a positive duration, found \(DurationText(time))")
            }
        }
        if let idleWarning, let idleTimeout, idleWarning >= idleTimeout {
            problems.report("service.idleWarning",
                            "expected the warning before the time-out (\(DurationText(idleTimeout))), found \(DurationText(idleWarning))")
        }
        checkChatActivities(&problems)
    }
}
