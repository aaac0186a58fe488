import Metrics

extension ReportHTML {
    /// Series colours.
    enum Color {
        static let offered = "#4e79a7"
        static let accepted = "#59a14f"
        static let abandoned = "#e15759"
        static let beyondThreshold = "#f28e2b"
        static let utilization = "#f28e2b"
        static let occupancy = "#222222"
        /// Light to dark, for agents holding 1 to 8 or more chats.
        static let concurrency = ["#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b",
                                  "#041f45"]
    }

    /// The reported intervals (those after the warm-up).
    var intervals: Range<Int> { aggregate.grid.firstReported..<aggregate.grid.count }

    /// Interval labels: each reported interval's start (`H:MM`, the end of the warm-up for the first).
    var intervalLabels: [String] {
        intervals.map { ReportHTMLFormat.clock(max(aggregate.grid.start(of: $0), aggregate.grid.warmup)) }
    }

    /// A series of `metric` per interval, with its 95 % intervals when `withIntervals`.
    func intervalSeries(_ metric: SummaryMetric, _ name: String, color: String, mark: SVGChart.Mark,
                        withIntervals: Bool = true) -> SVGChart.Series {
        let statistics = intervals.map { aggregate.statistic(metric, in: .interval($0)) }
        return SVGChart.Series(name: name, color: color, mark: mark, values: statistics.map(\.mean),
                               intervals: withIntervals ? statistics.map(\.ci95) : [])
    }

    /// Chats offered (line with its 95 % band) against accepted and abandoned (stacked bars).
    func chatsChart() -> SVGChart {
        SVGChart(identifier: "chats", title: "Chats offered, accepted and abandoned per interval",
                 categories: intervalLabels, categoryTitle: "interval start",
                 axis: .init(title: "chats per interval (mean of days)"), series: [
                     intervalSeries(.accepted, "accepted", color: Color.accepted, mark: .bar),
                     intervalSeries(.abandoned, "abandoned", color: Color.abandoned, mark: .bar),
                     intervalSeries(.offered, "offered", color: Color.offered, mark: .line()),
                 ])
    }

    /// The service level per interval with its 95 % band, against the target.
    func serviceLevelChart() -> SVGChart {
        SVGChart(identifier: "service-level", title: "Service level per interval",
                 categories: intervalLabels, categoryTitle: "interval start",
                 axis: .init(title: "accepted within \(thresholdText)", multiplier: 100, unit: " %"),
                 scale: SVGScale(maximum: 1, step: 0.2),
                 series: [intervalSeries(.serviceLevel, "service level", color: Color.offered, mark: .line())],
                 target: .init(value: scenario.serviceLevelTarget, label: "target \(targetText)"))
    }

    /// The share of agent time holding 1, 2, … chats (stacked bars, up to the most ever held on
    /// average), with occupancy and utilization lines.
    func occupancyChart() -> SVGChart {
        let levels = SummaryMetric.allCases.filter { metric in
            guard let held = metric.concurrencyCount, held > 0 else { return false }
            return intervals.contains { (aggregate.statistic(metric, in: .interval($0)).mean ?? 0) > 0 }
        }
        let bars = levels.map { metric in
            let held = metric.concurrencyCount!
            let name = held == 1 ? "1 chat" : held == 8 ? "8+ chats" : "\(held) chats"
            return intervalSeries(metric, name, color: Color.concurrency[held - 1], mark: .bar, withIntervals: false)
        }
        return SVGChart(identifier: "occupancy", title: "Occupancy and concurrency per interval",
                        categories: intervalLabels, categoryTitle: "interval start",
                        axis: .init(title: "share of logged-in agent time", multiplier: 100, unit: " %"),
                        scale: SVGScale(maximum: 1, step: 0.2), series: bars + [
                            intervalSeries(.occupancy, "occupancy", color: Color.occupancy, mark: .line()),
                            intervalSeries(.utilization, "utilization", color: Color.utilization, mark: .line(dashed: true)),
                        ])
    }

    /// The mean number of chats waiting, and the peak, per interval, with their 95 % bands.
    func queueChart() -> SVGChart {
        SVGChart(identifier: "queue", title: "Queue length over the day",
                 categories: intervalLabels, categoryTitle: "interval start",
                 axis: .init(title: "chats waiting", decimals: 2), series: [
                     intervalSeries(.meanQueueLength, "mean", color: Color.offered, mark: .line()),
                     intervalSeries(.peakQueueLength, "peak (mean of days)", color: Color.abandoned,
                                    mark: .line(dashed: true)),
                 ])
    }
}
