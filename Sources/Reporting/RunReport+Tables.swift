import Metrics

extension RunReport {
    /// `intervals.csv`: one row per reporting interval and button, then one row per interval for all
    /// buttons together (button `ALL`, the only rows with the measures of time). Each metric has
    /// its mean over replications and the bounds of its 95 % confidence interval.
    public func intervalsCSV() -> CSVTable {
        var table = CSVTable(header: ["intervalStart", "intervalEnd", "button"]
                             + Self.statisticColumns(Self.chatMetricNames))
        let grid = aggregate.grid
        for interval in grid.firstReported..<grid.count {
            let start = NumberFormatting.clock(max(grid.start(of: interval), grid.warmup))
            let end = NumberFormatting.clock(grid.end(of: interval))
            for (button, id) in setup.buttonIDs.enumerated() {
                table.append([start, end, id] + fields(.cell(interval: interval, button: button)))
            }
            table.append([start, end, "ALL"] + fields(.interval(interval)))
        }
        return table
    }

    /// `buttons.csv`: one row per button with every metric over the whole day (the measures of
    /// time, which belong to agents, are left empty).
    public func buttonsCSV() -> CSVTable {
        var table = CSVTable(header: ["button", "skill"] + Self.statisticColumns(Self.chatMetricNames))
        for (index, button) in scenario.buttons.enumerated() {
            table.append([button.id, button.skill] + fields(.button(index)))
        }
        return table
    }

    /// `skills.csv`: one row per skill with every metric of the chats of the buttons requiring it.
    public func skillsCSV() -> CSVTable {
        var table = CSVTable(header: ["skill", "buttons"] + Self.statisticColumns(Self.chatMetricNames))
        for (skill, name) in setup.skillNames.enumerated() {
            let buttons = scenario.buttons.filter { $0.skill == name }.map(\.id).joined(separator: " ")
            table.append([name, buttons] + fields(.skill(skill)))
        }
        return table
    }

    /// `agent_groups.csv`: one row per agent group with its offers, answers and time measures.
    public func agentGroupsCSV() -> CSVTable {
        var table = CSVTable(header: ["group", "agents", "capacity"] + Self.statisticColumns(WorkMetric.allCases.map(\.rawValue)))
        for (index, group) in scenario.agentGroups.enumerated() {
            let values = WorkMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, ofGroup: index)) }
            table.append([group.name, String(group.count), String(group.capacity)] + values)
        }
        return table
    }

    /// `agents.csv`: one row per agent (numbered from 1 within its group) with its offers, answers
    /// and time measures.
    public func agentsCSV() -> CSVTable {
        var table = CSVTable(header: ["agent", "group"] + Self.statisticColumns(WorkMetric.allCases.map(\.rawValue)))
        for (agent, (group, name)) in zip(setup.agentGroups, setup.agentNames).enumerated() {
            let values = WorkMetric.allCases.flatMap { Self.fields(aggregate.statistic($0, ofAgent: agent)) }
            table.append([name, scenario.agentGroups[Int(group)].name] + values)
        }
        return table
    }
}
