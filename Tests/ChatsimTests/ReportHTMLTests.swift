import Chatsim
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `report.html` as `chatsim run` writes it: self-contained, with the six charts as well-formed
/// SVG, escaped scenario names, and the same bytes for the same run.
@Suite struct ReportHTMLTests {
    static let chartNames = ["chats", "service-level", "waits", "abandoned-after", "occupancy", "queue"]

    /// Runs `scenario` into a new temporary folder and returns its `report.html`.
    func page(of scenario: URL, replications: Int = 4, jobs: Int = 1) async throws -> String {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        _ = try await RunJob(scenarioFile: scenario, outputDirectory: folder, replications: replications, jobs: jobs).run()
        return try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    }

    /// Every `<svg …>…</svg>` element of the page.
    func svgs(in page: String) -> [String] {
        var found: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// Whether `markup` parses as XML; the parser's error otherwise.
    func parseError(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        return parser.parse() ? nil : String(describing: parser.parserError)
    }

    @Test func runWritesASelfContainedPageWithTheSixCharts() async throws {
        let html = try await page(of: RepositoryPaths.scenario("support-day.yaml"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for external in ["http://", "https://", "<script", "<link", "<img", "<iframe", "url("] {
            #expect(!html.contains(external), "the page refers to something outside it: \(external)")
        }
        let charts = svgs(in: html)
        #expect(charts.count == 6)
        for (chart, name) in zip(charts, Self.chartNames) {
            #expect(chart.contains("data-chart=\"\(name)\""), "expected the \(name) chart in page order")
            #expect(chart.contains("<title>"), "the \(name) chart has no tooltips")
        }
        for text in ["<h1>support-day</h1>", "80 % of chats accepted within 60 s", "generalists: 11 × capacity 3",
                     "billing-specialists: 4 × capacity 2 (billing, support); own conversation settings: typingTime, "
                        + "quickTextShare", "billing: skill billing, 10–35 chats/h (profile); own conversation settings: "
                        + "visitorMessages",
                     "billing-specialists", "Service level", "90th percentile wait", "Utilization", "Occupancy",
                     "target 80 %", "<td>billing</td>", ">0:00<", "<title>11:30 · offered: ", "Written by chatsim \(ChatsimVersion.current)"] {
            #expect(html.contains(text), "missing \(text)")
        }
    }

    @Test func everyChartIsWellFormedXML() async throws {
        for scenario in ["support-day.yaml", "routing-example.yaml", "mmc-12.yaml"] {
            let charts = svgs(in: try await page(of: RepositoryPaths.scenario(scenario), replications: 2))
            #expect(charts.count == 6, "\(scenario)")
            for chart in charts {
                #expect(parseError(chart) == nil, "\(scenario): \(chart.prefix(120))")
            }
        }
    }

    @Test func aDayWithoutAbandonmentShowsAnEmptyChartWithANote() async throws {
        let chart = try #require(svgs(in: try await page(of: RepositoryPaths.scenario("mmc-12.yaml"), replications: 2))
            .first { $0.contains("data-chart=\"abandoned-after\"") })
        #expect(chart.contains(">No abandoned chats<") && chart.contains("0 abandoned chats of 2 days pooled"))
        #expect(!chart.contains("</rect>"), "no bars")
    }

    @Test func namesFromTheScenarioAreEscaped() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let scenario = folder.appendingPathComponent("markup.yaml")
        try Data("""
            name: "Tom <&> Jerry's \\"day\\""
            seed: 3
            horizon: 4h
            warmup: 1h
            replications: 3
            interval: 45m
            serviceLevel: 30s
            serviceLevelTarget: 90%
            buttons:
              - id: "<b>sales</b>"
                skill: "a&b"
                arrivals: { rate: 60/h }
            agents:
              - group: "x<y"
                count: 3
                skills: ["a&b"]
                capacity: 2
            visitors:
              patience: exponential(mean: 2m)
            service:
              mode: simple
              handleTime: exponential(mean: 4m)
            """.utf8).write(to: scenario)
        let html = try await page(of: scenario, replications: 3)
        #expect(html.contains("<h1>Tom &lt;&amp;&gt; Jerry&#39;s &quot;day&quot;</h1>"))
        #expect(html.contains("<title>chatsim report: Tom &lt;&amp;&gt; Jerry&#39;s &quot;day&quot;</title>"))
        #expect(html.contains("&lt;b&gt;sales&lt;/b&gt;: skill a&amp;b") && html.contains("<td>x&lt;y</td>"))
        #expect(!html.contains("<b>") && !html.contains("a&b") && !html.contains("x<y"))
        #expect(html.contains("90 % of chats accepted within 30 s") && html.contains("target 90 %"))
        let charts = svgs(in: html)
        #expect(charts.count == 6)
        for chart in charts { #expect(parseError(chart) == nil) }
        let chats = try #require(charts.first)
        #expect(chats.contains(">1:00<") && !chats.contains(">0:00<"), "the first reported interval starts after the warm-up")
    }

    @Test func identicalRunsGiveIdenticalPages() async throws {
        let scenario = RepositoryPaths.scenario("support-day.yaml")
        let first = try await page(of: scenario, replications: 4, jobs: 1)
        let second = try await page(of: scenario, replications: 4, jobs: 2)
        #expect(first == second)
        let other = try await page(of: scenario, replications: 5, jobs: 2)
        #expect(other != first)
    }
}
