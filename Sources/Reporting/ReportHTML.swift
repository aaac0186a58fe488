import ContactCenter
import Metrics

extension RunReport {
    /// `report.html`: one self-contained page (no scripts, no external files) with the scenario at
    /// a glance, the headline figures with their 95 % intervals, six charts drawn as inline SVG
    /// (chats, service level, queue length, occupancy and concurrency per interval; the wait and
    /// abandoned-after distributions) and tables per button and per agent group. Identical runs
    /// give identical bytes.
    public func html() -> String {
        ReportHTML(report: self).rendered()
    }
}

/// The parts of `report.html`, built from a run's report.
struct ReportHTML {
    /// The run shown.
    let report: RunReport

    /// The run's metrics.
    var aggregate: ReplicationAggregate { report.aggregate }
    /// The scenario that was run.
    var scenario: Scenario { report.scenario }
    /// The service-level threshold as written on the page (`60 s`).
    var thresholdText: String { ReportHTMLFormat.compact(scenario.serviceLevelThreshold) + " s" }
    /// The service-level target as written on the page (`80 %`).
    var targetText: String { ReportHTMLFormat.compact(scenario.serviceLevelTarget * 100) + " %" }

    /// The whole page.
    func rendered() -> String {
        let charts = self.charts().map { HTML.element("figure", $0.rendered()) }
        let body = [
            glance(),
            HTML.element("section", attributes: [("class", "cards")], "\n" + cards().joined(separator: "\n") + "\n"),
            HTML.element("h2", "Over the day"),
            HTML.element("section", attributes: [("class", "charts")], "\n" + charts.joined(separator: "\n") + "\n"),
            HTML.element("h2", "Buttons"),
            Self.scrolling(buttonTable()),
            HTML.element("h2", "Agent groups"),
            Self.scrolling(groupTable()),
            HTML.element("p", attributes: [("class", "footer")], HTML.escape("""
                Means over \(aggregate.replications) replications with ± the half-width of their 95 % \
                Student-t confidence interval. Written by chatsim \(report.version).
                """)),
        ]
        return HTMLPage(title: "chatsim report: \(scenario.name)", style: Self.style, body: body).rendered()
    }

    /// A table in a box that scrolls sideways when the table is wider than the screen.
    static func scrolling(_ table: HTMLTable) -> String {
        HTML.element("div", attributes: [("class", "table")], table.rendered())
    }

    /// The six charts, in page order.
    func charts() -> [SVGChart] {
        [chatsChart(), serviceLevelChart(), waitChart(abandonedOnly: false), waitChart(abandonedOnly: true),
         occupancyChart(), queueChart()]
    }
}
