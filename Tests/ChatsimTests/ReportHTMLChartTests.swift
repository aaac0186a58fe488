import Foundation
import Metrics
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import Reporting

/// The SVG chart toolkit and the number formats of `report.html`.
@Suite struct ReportHTMLChartTests {
    @Test func scalesRoundUpToRoundSteps() {
        let counts = SVGScale(covering: 37)
        #expect(counts.step == 10 && counts.maximum == 40 && counts.ticks == [0, 10, 20, 30, 40])
        #expect(SVGScale(covering: 125).step == 25 && SVGScale(covering: 125).maximum == 125)
        let shares = SVGScale(covering: 0.83)
        #expect(shares.step == 0.2 && abs(shares.maximum - 1) < 1e-12 && shares.ticks.count == 6)
        #expect(SVGScale(covering: 0).maximum == 1 && SVGScale(covering: .nan).maximum == 1)
        #expect(SVGScale(maximum: 1, step: 0.2).decimals(multiplier: 100) == 0)
        #expect(SVGScale(covering: 0.014).decimals(multiplier: 100) == 1, "0.5 % steps")
        #expect(SVGScale(maximum: 10, step: 2.5).decimals(multiplier: 1) == 1)
        #expect(counts.fraction(20) == 0.5 && counts.fraction(-3) == 0 && counts.fraction(90) == 1)
    }

    @Test func waitBinsHaveOneRoundWidthAndTheThresholdAsABound() {
        #expect(ReportHTML.binEdges(upTo: 110, marking: 60) == stride(from: 10.0, through: 110, by: 10).map { $0 })
        let edges = ReportHTML.binEdges(upTo: 100, marking: 45)
        #expect(edges.contains(45) && edges == edges.sorted() && edges.last == 100 && edges.count == 11)
        let tiny = ReportHTML.binEdges(upTo: 0, marking: nil)
        #expect(tiny.count == 10 && abs(tiny.last! - 1) < 1e-9, "at least one second, in tenths")
    }

    @Test func chartsAreWellFormedSVGWithEscapedTextAndTooltips() throws {
        let chart = SVGChart(
            identifier: "test", title: "Waits <&> \"more\"", subtitle: "n = 3", categories: ["9:00", "9:30", "10:00", "10:30"],
            categoryTitle: "interval", axis: .init(title: "share", multiplier: 100, unit: " %"),
            scale: SVGScale(maximum: 1, step: 0.2),
            series: [
                .init(name: "a<b", color: "#59a14f", mark: .bar, values: [0.2, nil, 0.1, 0.3]),
                .init(name: "c", color: "#e15759", mark: .bar, values: [0.1, 0.1, 0, 0.2]),
                .init(name: "level", color: "#4e79a7", mark: .line(), values: [0.5, 0.6, nil, 0.9],
                      intervals: [0.4...0.6, 0.5...0.7, nil, 0.8...1.2]),
            ],
            target: .init(value: 0.8, label: "target 80 %"))
        let svg = chart.rendered()
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(svg.hasPrefix("<svg viewBox=\"0 0 640 340\"") && svg.contains("data-chart=\"test\""))
        #expect(svg.contains(">Waits &lt;&amp;&gt; &quot;more&quot;</text>") && svg.contains(">a&lt;b</text>"))
        #expect(svg.contains("<title>9:00 · a&lt;b: 20.0 %</title>"))
        #expect(svg.contains("<title>10:30 · level: 90.0 % (95 % CI 80.0 % – 120.0 %)</title>"))
        #expect(svg.components(separatedBy: "</rect>").count - 1 == 6, "zero and missing values draw no bar")
        #expect(svg.components(separatedBy: "stroke-width=\"2\"").count - 1 == 2, "the legend's swatch, and the line up to the gap (a lone point after it draws no stroke)")
        #expect(svg.contains("stroke-dasharray=\"6 4\"") && svg.contains(">target 80 %</text>"))
        #expect(svg.contains(">100 %</text>") && svg.contains(">0 %</text>") && !svg.contains("NaN"))
        #expect(chart.rendered() == svg, "rendering is deterministic")
    }

    @Test func formatsValuesDurationsAndClockTimes() {
        #expect(ReportHTMLFormat.value(0.80123, .share) == "80.1 %" && ReportHTMLFormat.value(12.34, .seconds) == "12.3 s")
        #expect(ReportHTMLFormat.value(nil, .count) == "n/a" && ReportHTMLFormat.value(-0.01, .count) == "0.0")
        #expect(ReportHTMLFormat.interval(0.795...0.807, .share) == "79.5 – 80.7 %")
        #expect(ReportHTMLFormat.plusMinus(SummaryStatistic([1, 2, 3]), .count) == "2.0 ± 2.5")
        #expect(ReportHTMLFormat.plusMinus(SummaryStatistic([4, 4]), .hours) == "4.0 h")
        #expect(ReportHTMLFormat.duration(5400) == "1 h 30 min" && ReportHTMLFormat.duration(0) == "0 s")
        #expect(ReportHTMLFormat.duration(43_200) == "12 h" && ReportHTMLFormat.duration(90) == "1 min 30 s")
        #expect(ReportHTMLFormat.clock(34_200) == "9:30" && ReportHTMLFormat.clock(30) == "0:00:30")
        #expect(ReportHTMLFormat.compact(251.99999999999997) == "252" && ReportHTMLFormat.compact(12.25) == "12.25")
        #expect(SVG.number(-0.04) == "0.0" && SVG.number(12.345) == "12.3")
    }
}
