import Stochastics

extension Scenario {
    /// Everything that makes this scenario impossible to run, in field order. Empty when the
    /// scenario is sound. Field paths use the scenario file's key names.
    public func problems() -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(ScenarioProblem(path: path, message: message))
        }
        if name.isEmpty { report("name", "expected a non-empty name") }
        if !(horizon.isFinite && horizon > 0) {
            report("horizon", "expected a positive duration, found \(seconds(horizon))")
        }
        if !(warmup >= 0 && warmup < horizon) {
            report("warmup", "expected a duration ≥ 0s and shorter than the horizon (\(seconds(horizon))), found \(seconds(warmup))")
        }
        if replications < 1 { report("replications", "expected a whole number ≥ 1, found \(replications)") }
        if !(interval.isFinite && interval > 0) {
            report("interval", "expected a positive duration, found \(seconds(interval))")
        }
        if !(serviceLevelThreshold.isFinite && serviceLevelThreshold >= 0) {
            report("serviceLevel", "expected a duration ≥ 0s, found \(seconds(serviceLevelThreshold))")
        }
        checkButtons(report)
        checkAgentGroups(report)
        if let patience = visitors.patience, let problem = patience.parameterProblem {
            report("visitors.patience", problem)
        }
        switch service {
        case .simple(let handleTime):
            if let problem = handleTime.parameterProblem { report("service.handleTime", problem) }
        }
        return problems
    }

    /// A duration the way scenario files write it: `1h30m`, `45s`, `2.5s`.
    private func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "\(value)s" }
        var rest = value
        var text = ""
        for (unit, length) in [("d", 86_400.0), ("h", 3_600.0), ("m", 60.0)] where rest >= length {
            let whole = (rest / length).rounded(.down)
            text += "\(Int64(whole))\(unit)"
            rest -= whole * length
        }
        if rest > 0 || text.isEmpty {
            text += rest == rest.rounded() ? "\(Int64(rest))s" : "\(rest)s"
        }
        return text
    }

    private func checkButtons(_ report: (String, String) -> Void) {
        if buttons.isEmpty { report("buttons", "expected at least one button") }
        let staffedSkills = Set(agentGroups.filter { $0.count > 0 }.flatMap(\.skills))
        var seen: Set<String> = []
        for (index, button) in buttons.enumerated() {
            let path = "buttons[\(index)]"
            if button.id.isEmpty { report("\(path).id", "expected a non-empty identifier") }
            if !seen.insert(button.id).inserted {
                report("\(path).id", "duplicate button id \"\(button.id)\"; ids must be unique")
            }
            if !staffedSkills.contains(button.skill) {
                report(
                    "\(path).skill",
                    "no agent has skill \"\(button.skill)\", so no chat from this button could ever be answered")
            }
            checkArrivals(button.arrivals, path: "\(path).arrivals", report)
        }
    }

    private func checkArrivals(_ arrivals: ArrivalRates, path: String, _ report: (String, String) -> Void) {
        if arrivals.pieces.isEmpty { report(path, "expected a rate or a non-empty profile") }
        var previousStart = -Double.infinity
        for (index, piece) in arrivals.pieces.enumerated() {
            let piecePath = arrivals.isProfile ? "\(path).profile[\(index)]" : path
            if !(piece.ratePerSecond.isFinite && piece.ratePerSecond >= 0) {
                report("\(piecePath).rate", "expected a rate ≥ 0, like 120/h, found \(piece.ratePerSecond * 3600)/h")
            }
            if !(piece.start.isFinite && piece.start >= 0) {
                report("\(piecePath).at", "expected a time of day ≥ 0h, found \(seconds(piece.start))")
            } else if piece.start <= previousStart {
                report("\(piecePath).at", "profile times must increase strictly; found \(seconds(piece.start)) after \(seconds(previousStart))")
            }
            previousStart = piece.start
        }
    }

    private func checkAgentGroups(_ report: (String, String) -> Void) {
        if agentGroups.isEmpty { report("agents", "expected at least one agent group") }
        var seen: Set<String> = []
        for (index, group) in agentGroups.enumerated() {
            let path = "agents[\(index)]"
            if group.name.isEmpty { report("\(path).group", "expected a non-empty group name") }
            if !seen.insert(group.name).inserted {
                report("\(path).group", "duplicate group \"\(group.name)\"; group names must be unique")
            }
            if group.count < 0 { report("\(path).count", "expected a whole number of agents ≥ 0, found \(group.count)") }
            if group.capacity < 1 { report("\(path).capacity", "expected a whole number of chats ≥ 1, found \(group.capacity)") }
            if group.skills.isEmpty { report("\(path).skills", "expected at least one skill") }
        }
    }
}
