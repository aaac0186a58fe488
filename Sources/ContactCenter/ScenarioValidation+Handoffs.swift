extension Scenario {
    /// Checks the transfers, conferences and block probability of the agent group at `path`: shares
    /// between 0 and 1, samplable distributions, at least one target, positive weights, targets
    /// naming an existing group, a skill some group holds or an existing button (not for
    /// conferences), positive time-outs and retries ≥ 0.
    func checkHandoffs(of group: AgentGroup, path: String, _ problems: inout ProblemList) {
        if let transfers = group.transfers {
            let path = "\(path).transfers"
            problems.checkProbability("\(path).probability", transfers.probability)
            problems.check("\(path).after", transfers.after)
            checkTargets(transfers.targets, path: "\(path).to", invitation: false, &problems)
            problems.checkPositiveDuration("\(path).timeout", transfers.timeout)
            if transfers.retries < 0 {
                problems.report("\(path).retries", "expected a whole number ≥ 0, found \(transfers.retries)")
            }
        }
        if let conferences = group.conferences {
            let path = "\(path).conferences"
            problems.checkProbability("\(path).probability", conferences.probability)
            problems.check("\(path).after", conferences.after)
            checkTargets(conferences.targets, path: "\(path).to", invitation: true, &problems)
            problems.checkPositiveDuration("\(path).timeout", conferences.timeout)
            problems.check("\(path).stay", conferences.stay)
        }
        problems.checkProbability("\(path).blockProbability", group.blockProbability)
    }

    /// Each target must exist and weigh more than 0; `invitation`: a conference's, which invites
    /// agents, so not a button.
    private func checkTargets(
        _ targets: [WeightedTarget], path: String, invitation: Bool, _ problems: inout ProblemList
    ) {
        if targets.isEmpty { problems.report(path, "expected at least one target") }
        for (index, weighted) in targets.enumerated() {
            let path = "\(path)[\(index)]"
            if let problem = problem(with: weighted.target, invitation: invitation) {
                problems.report("\(path).\(problem.key)", problem.message)
            }
            if !(weighted.weight.isFinite && weighted.weight > 0) {
                problems.report("\(path).weight", "expected a weight > 0, found \(weighted.weight)")
            }
        }
    }

    /// What is wrong with `target`, as the file key that names it (`group`, `skill`, `button`) and
    /// a message listing the known names; `nil` when nothing is.
    private func problem(with target: HandoffTarget, invitation: Bool) -> (key: String, message: String)? {
        switch target {
        case .agentGroup(let name):
            let names = agentGroups.map(\.name)
            return names.contains(name)
                ? nil : ("group", "expected an agent group\(Self.known(names)), found \"\(name)\"")
        case .skill(let name):
            var names: [String] = []
            for skill in agentGroups.flatMap(\.skills) where !names.contains(skill.name) { names.append(skill.name) }
            return names.contains(name)
                ? nil : ("skill", "expected a skill some agent group holds\(Self.known(names)), found \"\(name)\"")
        case .button(let id):
            if invitation {
                return ("button", "conferences invite agents: expected a group or a skill, found button \"\(id)\"")
            }
            let ids = buttons.map(\.id)
            return ids.contains(id) ? nil : ("button", "expected a button\(Self.known(ids)), found \"\(id)\"")
        }
    }

    /// " (a, b)" listing the known names, or nothing when there are none.
    private static func known(_ names: [String]) -> String {
        names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
    }
}
