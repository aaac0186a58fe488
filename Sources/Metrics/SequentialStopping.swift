/// A sequential stopping rule: replications go on until the 95 % confidence interval of a whole-run
/// metric is narrower than a target, or until a maximum number of replications.
///
/// The rule is checked after each replication is combined, in replication order, so where a run
/// stops depends only on the scenario and seed.
public struct SequentialStopping: Sendable, Equatable {
    /// Replications run before the rule is first checked: with fewer, an interval can be narrow
    /// by chance.
    public static let minimumReplications = 10

    /// The metric whose interval is watched.
    public let metric: SummaryMetric
    /// The half-width the interval must fall below (0.01: ± 1 point of service level).
    public let targetHalfWidth: Double
    /// Replications after which the run stops whatever the interval.
    public let maximumReplications: Int

    /// A rule on `metric` (service level unless given); `targetHalfWidth` must be positive and
    /// `maximumReplications` at least 1.
    public init(metric: SummaryMetric = .serviceLevel, targetHalfWidth: Double, maximumReplications: Int) {
        precondition(targetHalfWidth > 0 && maximumReplications >= 1, "need a positive half-width and a maximum ≥ 1")
        self.metric = metric
        self.targetHalfWidth = targetHalfWidth
        self.maximumReplications = maximumReplications
    }

    /// The half-width of the metric's 95 % interval over all buttons (before it is cut to the
    /// metric's feasible range); `nil` while it is undefined.
    public func halfWidth(of aggregate: ReplicationAggregate) -> Double? {
        aggregate.statistic(metric, in: .total).halfWidth(level: 0.95)
    }

    /// Whether the interval is narrow enough, after at least ``minimumReplications``.
    public func isReached(by aggregate: ReplicationAggregate) -> Bool {
        guard aggregate.replications >= Self.minimumReplications, let width = halfWidth(of: aggregate) else { return false }
        return width < targetHalfWidth
    }

    /// Whether another replication should run after those combined in `aggregate`.
    public func shouldContinue(after aggregate: ReplicationAggregate) -> Bool {
        aggregate.replications < maximumReplications && !isReached(by: aggregate)
    }
}
