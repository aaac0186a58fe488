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
    /// The values the measure can take (a share lies in 0…1): confidence intervals are cut to it,
    /// which keeps their coverage, since the true mean lies in it too. Unbounded by default.
    public var feasibleRange: ClosedRange<Double> = -Double.infinity ... Double.infinity

    /// Summarises per-replication values, skipping NaN (through ``RunningStatistic``'s Welford update,
    /// so equal values give exactly zero deviation).
    public init<Values: Sequence<Double>>(_ values: Values) {
        var running = RunningStatistic()
        for value in values { running.add(value) }
        self.init(running)
    }

    /// The 95 % confidence interval for the mean; see ``confidenceInterval(level:)``.
    public var ci95: ClosedRange<Double>? { confidenceInterval(level: 0.95) }

    /// The two-sided Student-t confidence interval `mean ± t_{(1+level)/2, count−1} · s / √count`,
    /// cut to ``feasibleRange``.
    ///
    /// - Parameter level: confidence level strictly between 0 and 1 (0.95, 0.999, …).
    /// - Returns: `nil` with fewer than two values, or when the mean or deviation is not finite
    ///   (an infinite value was summarised); a zero-width interval when all values are equal.
    public func confidenceInterval(level: Double) -> ClosedRange<Double>? {
        guard let mean, let halfWidth = halfWidth(level: level) else { return nil }
        let low = min(max(mean - halfWidth, feasibleRange.lowerBound), mean)
        let high = max(min(mean + halfWidth, feasibleRange.upperBound), mean)
        return low...high
    }

    /// The half-width `t_{(1+level)/2, count−1} · s / √count` of the Student-t interval before it
    /// is cut to ``feasibleRange`` (the precision of the mean); `nil` as for
    /// ``confidenceInterval(level:)``.
    public func halfWidth(level: Double) -> Double? {
        precondition(level > 0 && level < 1, "confidence level must lie strictly between 0 and 1, got \(level)")
        guard let mean, let standardDeviation, mean.isFinite, standardDeviation.isFinite else { return nil }
        return gsl_cdf_tdist_Pinv((1 + level) / 2, Double(count - 1)) * standardDeviation / Double(count).squareRoot()
    }

    /// This summary, its intervals cut to `range`.
    public func within(_ range: ClosedRange<Double>) -> SummaryStatistic {
        var bounded = self
        bounded.feasibleRange = range
        return bounded
    }
}
