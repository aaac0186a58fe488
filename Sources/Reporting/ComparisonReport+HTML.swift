import Metrics

extension ComparisonReport {
    /// `comparison.html`: a self-contained page with the variants, then one table per metric
    /// family giving each variant's mean and each difference from the baseline with their 95 %
    /// intervals; differences whose interval excludes 0 are highlighted.
    public func html() -> String {
        let scenario = baseline.scenario
        var body = [
            HTML.element("h1", HTML.escape("Comparison: " + variants.map(\.name).joined(separator: " · "))),
            HTML.element("p", HTML.escape("""
                \(aggregate.replications) replications of each variant with common random numbers (seed \
                \(scenario.seed), horizon \(NumberFormatting.csv(scenario.horizon)) s, warm-up \
                \(NumberFormatting.csv(scenario.warmup)) s). Differences are variant − baseline \
                (\(baseline.name)), paired by replication, with 95 % Student-t confidence intervals; \
                highlighted differences have an interval that excludes 0.
                """)),
            variantTable().rendered(classes: ["variants"]),
        ]
        for family in ComparisonFamily.all {
            body.append(HTML.element("h2", HTML.escape(family.title)))
            body.append(metricTable(family).rendered())
        }
        body.append(HTML.element("p", attributes: [("class", "footer")], HTML.escape("chatsim \(version)")))
        return HTMLPage(title: "chatsim comparison: \(baseline.name)", style: Self.style, body: body).rendered()
    }

    func variantTable() -> HTMLTable {
        var table = HTMLTable(header: ["variant", "role", "source", "override", "service-level threshold"])
        for (index, variant) in variants.enumerated() {
            table.append([
                .init(variant.name), .init(index == 0 ? "baseline" : "variant"), .init(variant.source),
                .init(variant.override ?? "—"),
                .init(NumberFormatting.csv(variant.scenario.serviceLevelThreshold) + " s"),
            ])
        }
        return table
    }

    func metricTable(_ family: ComparisonFamily) -> HTMLTable {
        let unit = family.unit
        var table = HTMLTable(header: ["metric", "variant", "mean", "95 % CI", "n",
                                       "difference", "95 % CI", "n"])
        for metric in family.metrics {
            for (index, variant) in variants.enumerated() {
                let level = aggregate.statistic(metric, variant: index)
                var cells: [HTMLTable.Cell] = [
                    .init(index == 0 ? metric.rawValue : ""), .init(variant.name),
                    .init(unit.text(level.mean)), .init(unit.interval(level.ci95, signed: false)),
                    .init(String(level.count)),
                ]
                if index == 0 {
                    cells += [.init("baseline", classes: ["baseline"]), .init(""), .init("")]
                } else {
                    let difference = aggregate.difference(metric, variant: index)
                    let classes = aggregate.isSignificant(metric, variant: index) ? ["significant"] : []
                    cells += [.init(unit.difference(difference.mean), classes: classes),
                              .init(unit.interval(difference.ci95, signed: true), classes: classes),
                              .init(String(difference.count))]
                }
                table.append(cells, classes: index == 0 ? ["first"] : [])
            }
        }
        return table
    }

    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.4em; }
        h2 { font-size: 1.15em; margin-top: 1.5em; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.25em 0.8em; text-align: right; border-bottom: 1px solid #e2e2e2; }
        th { background: #f3f3f3; }
        th:nth-child(-n+2), td:nth-child(-n+2) { text-align: left; }
        table.variants th, table.variants td { text-align: left; }
        tr.first td { border-top: 2px solid #9a9a9a; }
        td.baseline { color: #777; }
        td.significant { background: #fff0a8; font-weight: 600; }
        .footer { color: #777; font-size: 0.85em; margin-top: 2em; }
        """
}
