import CGSL

/// Mean, standard deviation and Student-t confidence intervals of one measure over independent
/// replications (one value per replication).
///
/// Values that are NaN (the measure was undefined in that replication, e.g. a ratio with a zero
/// denominator) are skipped; ``count`` says how many values were used.
public struct SummaryStatistic: Sendable, Equatable {
    /// Number of values used (NaN values excluded).
    public let count: Int
    /// Sample mean; `nil` when no value was used.
    public let mean: Double?
    /// Sample standard deviation (divisor `count − 1`); `nil` with fewer than two values.
    public let standardDeviation: Double?

    /// Summarises per-replication values, skipping NaN (through ``RunningStatistic``'s Welford update,
    /// so equal values give exactly zero deviation).
    public init<Values: Sequence<Double>>(_ values: Values) {
        var running = RunningStatistic()
        for value in values { running.add(value) }
        self.init(running)
    }

    /// The 95 % confidence interval for the mean; see ``confidenceInterval(level:)``.
    public var ci95: ClosedRange<Double>? { confidenceInterval(level: 0.95) }

    /// The two-sided Student-t confidence interval `mean ± t_{(1+level)/2, count−1} · s / √count`.
    ///
    /// - Parameter level: confidence level strictly between 0 and 1 (0.95, 0.999, …).
    /// - Returns: `nil` with fewer than two values, or when the mean or deviation is not finite
    ///   (an infinite value was summarised); a zero-width interval when all values are equal.
    public func confidenceInterval(level: Double) -> ClosedRange<Double>? {
        precondition(level > 0 && level < 1, "confidence level must lie strictly between 0 and 1, got \(level)")
        guard let mean, let standardDeviation, mean.isFinite, standardDeviation.isFinite else { return nil }
        let quantile = gsl_cdf_tdist_Pinv((1 + level) / 2, Double(count - 1))
        let halfWidth = quantile * standardDeviation / Double(count).squareRoot()
        return (mean - halfWidth)...(mean + halfWidth)
    }
}
