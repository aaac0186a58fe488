/// Mean and variance of a stream of values, updated one value at a time (Welford's method), so that
/// replications can be summarised as they finish without keeping every value.
///
/// NaN values (a measure undefined in that replication) are skipped. Feeding the same values in the
/// same order always gives bit-identical results.
public struct RunningStatistic: Sendable, Equatable {
    /// Number of values added (NaN excluded).
    public private(set) var count = 0
    /// Mean of the values added; 0 when none.
    public private(set) var mean = 0.0
    /// Sum of squared deviations from the mean.
    public private(set) var squaredDeviations = 0.0

    /// An empty statistic.
    public init() {}

    /// Adds one value; NaN is ignored.
    public mutating func add(_ value: Double) {
        guard !value.isNaN else { return }
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squaredDeviations += delta * (value - mean)
    }
}

extension SummaryStatistic {
    /// The summary of the values a running statistic has seen.
    public init(_ running: RunningStatistic) {
        count = running.count
        mean = running.count > 0 ? running.mean : nil
        standardDeviation = running.count > 1
            ? (running.squaredDeviations / Double(running.count - 1)).squareRoot() : nil
    }
}
