import Metrics

extension ComparisonReport {
    /// The metrics the terminal summary shows.
    static let headlineMetrics: [SummaryMetric] = [.serviceLevel, .meanWait, .abandonRate, .utilization]

    /// A short table for the terminal: service level, mean wait, abandon rate and utilization of
    /// every variant with its 95 % interval, and each difference from the baseline with its 95 %
    /// interval, marked `*` when the interval excludes 0.
    public func headline() -> String {
        var rows = [["metric", "variant", "mean", "95 % CI", "difference", "95 % CI", ""]]
        for metric in Self.headlineMetrics {
            let unit = ComparisonFamily.of(metric).unit
            for (index, variant) in variants.enumerated() {
                let level = aggregate.statistic(metric, variant: index)
                var row = [index == 0 ? metric.rawValue : "", variant.name,
                           unit.text(level.mean), unit.interval(level.ci95, signed: false)]
                if index == 0 {
                    row += ["baseline", "", ""]
                } else {
                    let difference = aggregate.difference(metric, variant: index)
                    row += [unit.difference(difference.mean), unit.interval(difference.ci95, signed: true),
                            aggregate.isSignificant(metric, variant: index) ? "*" : ""]
                }
                rows.append(row)
            }
        }
        let title = "\(variants.map(\.name).joined(separator: " vs ")): \(aggregate.replications) replications "
            + "each, common random numbers (seed \(baseline.scenario.seed))"
        let footnote = "differences: variant − \(baseline.name), paired by replication; * the 95 % interval excludes 0"
        return ([title] + Self.aligned(rows) + [footnote]).joined(separator: "\n")
    }

    /// The rows as indented lines with every column padded to its widest field, two spaces apart.
    static func aligned(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, field) in row.enumerated() {
                line += "  " + field + String(repeating: " ", count: widths[column] - field.count)
            }
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}
