import Metrics

extension ReportHTML {
    /// One row per button, then all buttons together, with the day's chat figures.
    func buttonTable() -> HTMLTable {
        var table = HTMLTable(header: ["button", "skill", "offered", "accepted", "abandoned", "service level",
                                       "mean wait", "p90 wait", "abandon rate"])
        func cells(_ row: ReplicationAggregate.Row) -> [HTMLTable.Cell] {
            let figures: [(SummaryStatistic, ReportHTMLFormat.Unit)] = [
                (aggregate.statistic(.offered, in: row), .count), (aggregate.statistic(.accepted, in: row), .count),
                (aggregate.statistic(.abandoned, in: row), .count), (aggregate.statistic(.serviceLevel, in: row), .share),
                (aggregate.statistic(.meanWait, in: row), .seconds), (aggregate.statistic(.waitP90, in: row), .seconds),
                (aggregate.statistic(.abandonRate, in: row), .share),
            ]
            return figures.map { .init(ReportHTMLFormat.plusMinus($0.0, $0.1)) }
        }
        for (index, button) in scenario.buttons.enumerated() {
            table.append([.init(button.id), .init(button.skill)] + cells(.button(index)))
        }
        table.append([.init("all buttons"), .init("")] + cells(.total), classes: ["total"])
        return table
    }

    /// One row per agent group: its staffing, the offers it received and answered, and its time.
    func groupTable() -> HTMLTable {
        var table = HTMLTable(header: ["group", "skills", "agents", "capacity", "offers", "accepted", "declined",
                                       "timed out", "utilization", "occupancy", "online", "logged in"])
        let figures: [(WorkMetric, ReportHTMLFormat.Unit)] = [
            (.offers, .count), (.accepted, .count), (.declined, .count), (.timedOut, .count),
            (.utilization, .share), (.occupancy, .share), (.onlineShare, .share), (.loggedInHours, .hours),
        ]
        for (index, group) in scenario.agentGroups.enumerated() {
            let values = figures.map { HTMLTable.Cell(ReportHTMLFormat.plusMinus(aggregate.statistic($0.0, ofGroup: index), $0.1)) }
            table.append([.init(group.name), .init(group.skills.map(\.name).joined(separator: ", ")),
                          .init(String(group.count)), .init(String(group.capacity))] + values)
        }
        return table
    }
}
