/// The reporting intervals of a replication: consecutive periods of equal length from time 0,
/// the last one cut at the horizon. Only the part after the warm-up counts in any metric.
public struct IntervalGrid: Sendable, Equatable {
    /// Interval length, in seconds.
    public let length: Double
    /// End of the simulated day, in seconds.
    public let horizon: Double
    /// End of the warm-up period, in seconds.
    public let warmup: Double
    /// Index of the first interval that contains time after the warm-up.
    public let firstReported: Int
    /// Number of intervals covering `[0, horizon)`.
    public let count: Int

    /// Creates the grid; `length` and `horizon` must be positive, `warmup` in `[0, horizon)`.
    public init(length: Double, horizon: Double, warmup: Double) {
        precondition(length > 0 && horizon > 0 && warmup >= 0 && warmup < horizon, "invalid interval grid")
        self.length = length
        self.horizon = horizon
        self.warmup = warmup
        count = Int((horizon / length).rounded(.up))
        firstReported = Swift.min(Int(warmup / length), count - 1)
    }

    /// The interval containing time `time` (clamped to the grid).
    @inlinable
    public func index(of time: Double) -> Int {
        Swift.max(0, Swift.min(Int(time / length), count - 1))
    }

    /// Start of interval `index`, in seconds.
    public func start(of index: Int) -> Double { Double(index) * length }

    /// End of interval `index`, in seconds (the horizon for the last one).
    public func end(of index: Int) -> Double { Swift.min(Double(index + 1) * length, horizon) }
}
