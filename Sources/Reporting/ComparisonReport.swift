import ContactCenter
import Metrics

/// The report files of a `chatsim compare`: every summary metric of every variant, and each
/// variant's paired difference from the baseline, in JSON, CSV and an HTML page.
public struct ComparisonReport: Sendable {
    /// The variants, the baseline first.
    public let variants: [ComparisonVariant]
    /// Their combined metrics.
    public let aggregate: ComparisonAggregate
    /// Version of chatsim that produced the comparison.
    public let version: String

    /// Creates the report of a finished comparison; `aggregate` has one variant per entry of `variants`.
    public init(variants: [ComparisonVariant], aggregate: ComparisonAggregate, version: String) {
        precondition(variants.count == aggregate.variantCount, "one variant per aggregated variant")
        self.variants = variants
        self.aggregate = aggregate
        self.version = version
    }

    /// The variant the others are compared with.
    public var baseline: ComparisonVariant { variants[0] }

    /// File names and contents.
    public var files: [(name: String, contents: String)] {
        [("comparison.json", json().serialized()), ("comparison.csv", csv().serialized()),
         ("comparison.html", html())]
    }

    /// `comparison.json`: the run's settings, the variants, then for each metric every variant's
    /// summary (`mean`, `sd`, `n`, `ci95`) and every other variant's paired difference from the
    /// baseline (the same, plus `significant`).
    public func json() -> JSONValue {
        let scenario = baseline.scenario
        var metrics: [(String, JSONValue)] = []
        for metric in SummaryMetric.allCases {
            let levels = variants.indices.map { (variants[$0].name, RunReport.json(aggregate.statistic(metric, variant: $0))) }
            let differences = variants.indices.dropFirst().map { (variants[$0].name, differenceJSON(metric, variant: $0)) }
            metrics.append((metric.rawValue, .object([("variants", .object(levels)), ("differences", .object(differences))])))
        }
        return .object([("baseline", .string(baseline.name))]
            + RunReport.runMembers(scenario, replications: aggregate.replications, version: version) + [
            ("variants", .array(variants.map { variant in
                .object([
                    ("name", .string(variant.name)),
                    ("source", .string(variant.source)),
                    ("override", variant.override.map(JSONValue.string) ?? .null),
                    ("scenario", .string(variant.scenario.name)),
                    ("serviceLevelThresholdSeconds", .number(variant.scenario.serviceLevelThreshold)),
                ])
            })),
            ("metrics", .object(metrics)),
        ])
    }

    /// A difference as in ``json()``: the statistic's members, then `significant`.
    func differenceJSON(_ metric: SummaryMetric, variant: Int) -> JSONValue {
        guard case .object(let members) = RunReport.json(aggregate.difference(metric, variant: variant)) else {
            preconditionFailure("a statistic is a JSON object")
        }
        return .object(members + [("significant", .bool(aggregate.isSignificant(metric, variant: variant)))])
    }

    /// `comparison.csv`: one row per metric and variant with the variant's mean and 95 % bounds,
    /// then its paired difference from the baseline with 95 % bounds and whether that interval
    /// excludes 0 (empty on the baseline's rows).
    public func csv() -> CSVTable {
        var table = CSVTable(header: ["metric", "variant", "mean", "low", "high", "difference", "differenceLow",
                                      "differenceHigh", "differenceSignificant"])
        for metric in SummaryMetric.allCases {
            for (index, variant) in variants.enumerated() {
                let level = RunReport.fields(aggregate.statistic(metric, variant: index))
                let difference = index == 0 ? ["", "", "", ""]
                    : RunReport.fields(aggregate.difference(metric, variant: index))
                        + [aggregate.isSignificant(metric, variant: index) ? "true" : "false"]
                table.append([metric.rawValue, variant.name] + level + difference)
            }
        }
        return table
    }
}
