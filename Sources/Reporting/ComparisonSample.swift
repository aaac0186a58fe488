import Metrics

/// The whole-day value of every summary metric in one replication of one variant: what a
/// comparison keeps of a replication once it has been simulated.
public struct ComparisonSample: Sendable, Equatable {
    /// One value per ``SummaryMetric``, in `allCases` order; NaN where the metric is undefined.
    public let values: [Double]

    /// The whole-day values of a replication's metrics, computed as ``ReplicationAggregate``
    /// computes its total row, so that they are exactly the values `chatsim run` summarises.
    public init(_ metrics: ReplicationMetrics) {
        let chats = metrics.totalChats
        let time = metrics.totalTime
        values = SummaryMetric.allCases.map { $0.value(chats: chats, time: time) }
    }

    /// The value of `metric`; NaN where undefined.
    public subscript(metric: SummaryMetric) -> Double {
        values[SummaryMetric.allCases.firstIndex(of: metric)!]
    }
}
