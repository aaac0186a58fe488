import Routing

extension Scenario {
    func checkButtons(_ problems: inout ProblemList) {
        if buttons.isEmpty { problems.report("buttons", "expected at least one button") }
        var seen: Set<String> = []
        for (index, button) in buttons.enumerated() {
            let path = "buttons[\(index)]"
            if button.id.isEmpty { problems.report("\(path).id", "expected a non-empty identifier") }
            if !seen.insert(button.id).inserted {
                problems.report("\(path).id", "duplicate button id \"\(button.id)\"; ids must be unique")
            }
            checkQualifiedAgents(for: button, path: path, &problems)
            checkArrivals(button.arrivals, path: "\(path).arrivals", &problems)
            checkRouting(of: button, path: path, &problems)
            checkAttachedRecords(of: button, path: path, &problems)
            checkConversationSettings(of: button, path: path, &problems)
        }
    }

    /// Some agent must hold the button's skill (at its level) and have room for one of its chats.
    private func checkQualifiedAgents(for button: Button, path: String, _ problems: inout ProblemList) {
        let minimum = button.minimumSkillLevel ?? Int.min
        let qualified = agentGroups.filter { group in
            group.count > 0 && group.skills.contains { $0.name == button.skill && $0.level >= minimum }
        }
        guard !qualified.isEmpty else {
            let level = button.minimumSkillLevel.map { " at level \($0) or above" } ?? ""
            problems.report("\(path).skill",
                            "no agent has skill \"\(button.skill)\"\(level), so no chat from this button could ever be answered")
            return
        }
        let sized = qualified.filter { $0.capacity >= 1 }
        if case .units(let units) = button.capacityWeight, units >= 1, !sized.isEmpty,
           !sized.contains(where: { $0.capacity >= units }) {
            problems.report("\(path).capacityWeight",
                            "a chat weighs \(units) units but no qualified agent has that much capacity (at most \(sized.map(\.capacity).max() ?? 0))")
        }
    }

    private func checkArrivals(_ arrivals: ArrivalRates, path: String, _ problems: inout ProblemList) {
        if arrivals.pieces.isEmpty { problems.report(path, "expected a rate or a non-empty profile") }
        var previousStart = -Double.infinity
        for (index, piece) in arrivals.pieces.enumerated() {
            let piecePath = arrivals.isProfile ? "\(path).profile[\(index)]" : path
            if !(piece.ratePerSecond.isFinite && piece.ratePerSecond >= 0) {
                problems.report("\(piecePath).rate", "expected a rate ≥ 0, like 120/h, found \(piece.ratePerSecond * 3600)/h")
            }
            if !(piece.start.isFinite && piece.start >= 0) {
                problems.report("\(piecePath).at", "expected a time of day ≥ 0h, found \(DurationText(piece.start))")
            } else if piece.start <= previousStart {
                problems.report("\(piecePath).at",
                                "profile times must increase strictly; found \(DurationText(piece.start)) after \(DurationText(previousStart))")
            }
            previousStart = piece.start
        }
    }

    private func checkRouting(of button: Button, path: String, _ problems: inout ProblemList) {
        if let level = button.minimumSkillLevel, !Scenario.AgentSkill.levels.contains(level) {
            problems.report("\(path).skill.level", "expected a skill level from 0 to 10, found \(level)")
        }
        if let timeout = button.pushTimeout {
            if problems.checkPositiveDuration("\(path).pushTimeout", timeout), button.routing == .choice {
                problems.report("\(path).pushTimeout", "Choice buttons do not push chats, so they have no push time-out")
            }
        }
        if button.autoAccept && button.routing == .choice {
            problems.report("\(path).autoAccept", "Choice buttons do not push chats, so they cannot accept them automatically")
        }
        if let attempts = button.rerouteAttempts, attempts < 1 {
            problems.report("\(path).rerouteAttempts", "expected a whole number ≥ 1, found \(attempts)")
        }
        if let overall = button.queueLimit.overall, overall < 0 {
            problems.report("\(path).queue.overall", "expected a whole number ≥ 0, found \(overall)")
        }
        if let perAgent = button.queueLimit.perAgent, perAgent < 0 {
            problems.report("\(path).queue.perAgent", "expected a whole number ≥ 0, found \(perAgent)")
        }
        switch button.capacityWeight {
        case .units(let units) where units < 1:
            problems.report("\(path).capacityWeight", "expected a whole number of units ≥ 1, found \(units)")
        case .percentage(let share) where !(1...100 ~= share):
            problems.report("\(path).capacityPercentage", "expected a percentage from 1 to 100, found \(share)")
        default:
            break
        }
    }
}
