import Routing

extension Scenario {
    func checkAgentGroups(_ problems: inout ProblemList) {
        if agentGroups.isEmpty { problems.report("agents", "expected at least one agent group") }
        var seen: Set<String> = []
        for (index, group) in agentGroups.enumerated() {
            let path = "agents[\(index)]"
            if group.name.isEmpty { problems.report("\(path).group", "expected a non-empty group name") }
            if !seen.insert(group.name).inserted {
                problems.report("\(path).group", "duplicate group \"\(group.name)\"; group names must be unique")
            }
            if group.count < 0 { problems.report("\(path).count", "expected a whole number of agents ≥ 0, found \(group.count)") }
            if !(1...RouterConfiguration.capacityLimit ~= group.capacity) {
                problems.report("\(path).capacity",
                                "expected a whole number of chats from 1 to \(RouterConfiguration.capacityLimit), found \(group.capacity)")
            }
            if group.skills.isEmpty { problems.report("\(path).skills", "expected at least one skill") }
            for (position, skill) in group.skills.enumerated() where !Scenario.AgentSkill.levels.contains(skill.level) {
                problems.report("\(path).skills[\(position)].level", "expected a skill level from 0 to 10, found \(skill.level)")
            }
            problems.check("\(path).acceptDelay", group.acceptDelay)
            problems.checkProbability("\(path).declineProbability", group.declineProbability)
            problems.check("\(path).autoAway.backAfter", group.autoAway.backAfter)
            problems.check("\(path).wrapUp", group.wrapUp)
            if let shift = group.shift { checkShift(shift, path: "\(path).shift", &problems) }
            checkHandoffs(of: group, path: path, &problems)
            checkRecordAccess(of: group, path: path, &problems)
            checkConversationSettings(of: group, path: path, &problems)
        }
    }

    private func checkShift(_ shift: Shift, path: String, _ problems: inout ProblemList) {
        if !(shift.start.isFinite && shift.start >= 0) {
            problems.report("\(path).start", "expected a time of day ≥ 0h, found \(DurationText(shift.start))")
        }
        if let end = shift.end, !(end > shift.start) {
            problems.report("\(path).end", "expected the end after the start (\(DurationText(shift.start))), found \(DurationText(end))")
        }
        var previousEnd = shift.start
        for (index, pause) in shift.breaks.enumerated() {
            let breakPath = "\(path).breaks[\(index)]"
            problems.checkPositiveDuration("\(breakPath).length", pause.length)
            if pause.start < previousEnd {
                problems.report("\(breakPath).at",
                                "expected breaks in order, inside the shift and not overlapping; found \(DurationText(pause.start)), before \(DurationText(previousEnd))")
            }
            if let end = shift.end, pause.start + pause.length > end {
                problems.report("\(breakPath).length", "the break ends after the shift (\(DurationText(end)))")
            }
            previousEnd = pause.start + pause.length
        }
    }
}
