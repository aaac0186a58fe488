import Metrics

/// The summary metrics of several variants run with common random numbers, accumulated replication
/// by replication: each variant's values, and each variant's paired differences from the baseline
/// (variant 0), without keeping the replications.
public struct ComparisonAggregate: Sendable {
    /// Number of variants, the baseline included.
    public let variantCount: Int
    /// Replications added so far.
    public private(set) var replications = 0
    /// Values by variant, then metric.
    var values: [RunningStatistic]
    /// Differences from the baseline by variant, then metric; the baseline's own entries stay empty.
    var differences: [RunningStatistic]

    /// An empty aggregate for `variantCount` variants (at least two).
    public init(variantCount: Int) {
        precondition(variantCount >= 2, "a comparison needs at least two variants")
        self.variantCount = variantCount
        values = Array(repeating: RunningStatistic(), count: variantCount * SummaryMetric.allCases.count)
        differences = values
    }

    /// Adds replication r of every variant (one sample per variant, in variant order). Add
    /// replications in index order to get the same figures to the last bit however they were run.
    ///
    /// A difference is left out of a replication when either of its two values is undefined, so that
    /// every difference is paired.
    public mutating func add(_ samples: [ComparisonSample]) {
        precondition(samples.count == variantCount, "one sample per variant")
        replications += 1
        let metricCount = SummaryMetric.allCases.count
        let baseline = samples[0].values
        for (variant, sample) in samples.enumerated() {
            for (metric, value) in sample.values.enumerated() {
                values[variant * metricCount + metric].add(value)
                if variant > 0 && !value.isNaN && !baseline[metric].isNaN {
                    differences[variant * metricCount + metric].add(value - baseline[metric])
                }
            }
        }
    }

    /// The summary over replications of `metric` in variant `variant`.
    public func statistic(_ metric: SummaryMetric, variant: Int) -> SummaryStatistic {
        SummaryStatistic(values[index(metric, variant)]).within(metric.feasibleRange)
    }

    /// The summary over replications of the paired difference `metric`(variant) − `metric`(baseline),
    /// for a variant other than the baseline.
    public func difference(_ metric: SummaryMetric, variant: Int) -> SummaryStatistic {
        precondition(variant > 0, "the baseline has no difference from itself")
        return SummaryStatistic(differences[index(metric, variant)])
    }

    /// Whether the 95 % confidence interval of the difference excludes 0.
    public func isSignificant(_ metric: SummaryMetric, variant: Int) -> Bool {
        guard let interval = difference(metric, variant: variant).ci95 else { return false }
        return interval.lowerBound > 0 || interval.upperBound < 0
    }

    func index(_ metric: SummaryMetric, _ variant: Int) -> Int {
        precondition(0..<variantCount ~= variant, "no variant \(variant)")
        return variant * SummaryMetric.allCases.count + SummaryMetric.allCases.firstIndex(of: metric)!
    }
}
