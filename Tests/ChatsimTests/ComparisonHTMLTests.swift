import Metrics
import Testing

@testable import Reporting

/// The HTML helpers and the comparison's number formats.
@Suite struct ComparisonHTMLTests {
    @Test func escapesMarkupCharacters() {
        #expect(HTML.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.escape("plain – ünïcödé") == "plain – ünïcödé")
        #expect(HTML.element("p", attributes: [("class", "a\"b")], "<b>x</b>") == #"<p class="a&quot;b"><b>x</b></p>"#)
    }

    @Test func tablesEscapeCellsAndKeepClasses() {
        var table = HTMLTable(header: ["name", "<value>"])
        table.append([.init("a&b"), .init("1", classes: ["significant", "up"])], classes: ["first"])
        #expect(table.rendered(classes: ["t"]) == """
            <table class="t">
            <thead><tr><th>name</th><th>&lt;value&gt;</th></tr></thead>
            <tbody>
            <tr class="first"><td>a&amp;b</td><td class="significant up">1</td></tr>
            </tbody>
            </table>
            """)
    }

    @Test func pagesAreSelfContained() {
        let page = HTMLPage(title: "A <b> title", style: "p { color: red; }", body: ["<p>x</p>"]).rendered()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>A &lt;b&gt; title</title>") && page.contains("<style>\np { color: red; }\n</style>"))
        #expect(page.hasSuffix("<body>\n<p>x</p>\n</body>\n</html>\n"))
    }

    @Test func formatsValuesAndDifferencesByUnit() {
        let share = ComparisonFamily.Unit.share
        #expect(share.text(0.89936) == "89.94 %" && share.difference(0.051461) == "+5.15 pp")
        #expect(share.interval(0.048624...0.054298, signed: true) == "+4.86 – +5.43")
        #expect(share.difference(0) == "0.00 pp" && share.difference(-0.00001) == "0.00 pp")
        #expect(ComparisonFamily.Unit.seconds.difference(-3.421) == "-3.42 s")
        #expect(ComparisonFamily.Unit.count.text(2018.39) == "2018.4")
        #expect(share.text(nil) == "n/a" && share.text(.nan) == "n/a" && share.interval(nil, signed: false) == "n/a")
    }

    @Test func everyMetricBelongsToExactlyOneFamily() {
        let placed = ComparisonFamily.all.flatMap(\.metrics)
        #expect(placed.count == Set(placed).count)
        #expect(Set(placed) == Set(SummaryMetric.allCases))
    }
}
