import Histogram

/// The waits of a set of chats, kept to two significant digits (about 1 % resolution) from one
/// millisecond to one week (longer waits count as one week), in fixed memory: the raw material
/// of wait percentiles and of the wait distributions drawn in reports.
public struct WaitHistogram: Sendable, Equatable {
    /// The longest wait told apart, in seconds.
    public static let longestWait = 7 * 86_400.0

    @usableFromInline var histogram = Histogram<UInt32>(
        lowestDiscernibleValue: 1, highestTrackableValue: UInt64(longestWait * 1000), numberOfSignificantValueDigits: .two)

    /// No waits yet.
    public init() {}

    /// Number of waits recorded.
    public var count: Int { Int(histogram.totalCount) }

    /// Records one wait, in seconds.
    @inlinable
    public mutating func record(seconds: Double) {
        histogram.record(Self.milliseconds(seconds))
    }

    /// Records `count` equal waits of `seconds`.
    public mutating func record(seconds: Double, count: Int) {
        guard count > 0 else { return }
        histogram.record(Self.milliseconds(seconds), count: UInt32(count))
    }

    /// A wait as the histogram keeps it: whole milliseconds, from 0 to ``longestWait``.
    @inlinable
    static func milliseconds(_ seconds: Double) -> UInt64 {
        UInt64((Swift.min(Swift.max(seconds, 0), longestWait) * 1000).rounded())
    }

    /// Adds another histogram's waits.
    public mutating func add(_ other: WaitHistogram) {
        histogram.add(other.histogram)
    }

    /// The wait, in seconds, below which `percent` per cent of the waits lie; `nil` with no waits.
    public func percentile(_ percent: Double) -> Double? {
        guard histogram.totalCount > 0 else { return nil }
        return Double(histogram.valueAtPercentile(percent)) / 1000
    }

    /// The share of waits in consecutive bins with the given upper bounds (seconds, increasing),
    /// the last bin holding every longer wait.
    public func shares(upTo bounds: [Double]) -> [Double] {
        let total = histogram.totalCount
        guard total > 0 else { return Array(repeating: 0, count: bounds.count + 1) }
        var below = bounds.map { histogram.count(within: 0...UInt64(($0 * 1000).rounded())) }
        below.append(total)
        return below.indices.map { Double(below[$0] - ($0 == 0 ? 0 : below[$0 - 1])) / Double(total) }
    }

    public static func == (lhs: WaitHistogram, rhs: WaitHistogram) -> Bool {
        lhs.histogram.totalCount == rhs.histogram.totalCount
            && lhs.histogram.recordedValues().elementsEqual(rhs.histogram.recordedValues())
    }
}

/// Percentiles of the waits of chats (accepted or abandoned) and of the waits of abandoned chats.
public enum DistributionMetric: String, CaseIterable, Sendable {
    /// Median wait, in seconds.
    case waitP50
    /// 90th percentile of the wait.
    case waitP90
    /// 95th percentile of the wait.
    case waitP95
    /// 99th percentile of the wait.
    case waitP99
    /// Median time before abandoning, in seconds.
    case abandonedAfterP50
    /// 90th percentile of the time before abandoning.
    case abandonedAfterP90
    /// 95th percentile of the time before abandoning.
    case abandonedAfterP95
    /// 99th percentile of the time before abandoning.
    case abandonedAfterP99

    /// Whether the measure is about abandoned chats (else about all chats that waited or not).
    public var isAboutAbandoned: Bool { rawValue.hasPrefix("abandoned") }

    /// The percentile, in per cent.
    public var percent: Double {
        switch self {
        case .waitP50, .abandonedAfterP50: 50
        case .waitP90, .abandonedAfterP90: 90
        case .waitP95, .abandonedAfterP95: 95
        case .waitP99, .abandonedAfterP99: 99
        }
    }

    /// The measure's value for a row's histograms; NaN when the histogram is empty.
    public func value(waits: WaitHistogram, abandonedAfter: WaitHistogram) -> Double {
        (isAboutAbandoned ? abandonedAfter : waits).percentile(percent) ?? .nan
    }
}
