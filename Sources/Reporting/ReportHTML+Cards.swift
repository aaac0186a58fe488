import Metrics

extension ReportHTML {
    /// The headline figures over the whole day, each a card with its mean, 95 % interval and
    /// meaning; the service-level card says whether the mean meets the target.
    func cards() -> [String] {
        let serviceLevel = aggregate.statistic(.serviceLevel, in: .total)
        let goal = serviceLevel.mean.map { $0 >= scenario.serviceLevelTarget ? "met" : "missed" }
        return [
            card("Service level", serviceLevel, .share, classes: goal.map { [$0] } ?? [],
                 caption: "accepted within \(thresholdText); target \(targetText)"),
            card("Mean wait", aggregate.statistic(.meanWait, in: .total), .seconds,
                 caption: "until acceptance or abandonment"),
            card("90th percentile wait", aggregate.statistic(.waitP90, in: .total), .seconds,
                 caption: "mean of the days' 90th percentiles"),
            card("Abandoned", aggregate.statistic(.abandonRate, in: .total), .share, caption: "of offered chats"),
            card("Utilization", aggregate.statistic(.utilization, in: .total), .share,
                 caption: "busy capacity over staffed capacity"),
            card("Occupancy", aggregate.statistic(.occupancy, in: .total), .share,
                 caption: "agent time with at least one chat"),
        ]
    }

    /// One card: label, mean, 95 % interval, caption.
    func card(_ label: String, _ statistic: SummaryStatistic, _ unit: ReportHTMLFormat.Unit, classes: [String] = [],
              caption: String) -> String {
        let parts = [
            HTML.element("div", attributes: [("class", "label")], HTML.escape(label)),
            HTML.element("div", attributes: [("class", "value")], HTML.escape(ReportHTMLFormat.value(statistic.mean, unit))),
            HTML.element("div", attributes: [("class", "ci")],
                         HTML.escape("95 % CI " + ReportHTMLFormat.interval(statistic.ci95, unit))),
            HTML.element("div", attributes: [("class", "caption")], HTML.escape(caption)),
        ]
        return HTML.element("div", attributes: [("class", (["card"] + classes).joined(separator: " "))], parts.joined())
    }
}
