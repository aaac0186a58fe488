/// A non-homogeneous Poisson arrival process with a piecewise-constant rate, generated exactly.
///
/// Each call of ``next(after:stream:)`` draws one standard exponential `E` and returns the time
/// `s > t` at which the cumulative intensity `Λ(t, s) = ∫ₜˢ rate` reaches `E` — the inversion of
/// the cumulative intensity, walking through the pieces (zero-rate pieces are crossed without
/// cost; after the last piece its rate holds forever). No thinning, no time grid: the result is
/// exact up to floating-point rounding.
///
/// The process remembers the piece of the last answer, so successive calls with non-decreasing
/// times cost O(1) amortised; any time may be asked (an earlier one costs a binary search). Calls
/// never allocate.
public struct ArrivalProcess: Sendable {
    /// The rate profile.
    public let profile: RateProfile
    /// The piece holding the last answer (or query), −1 before the first piece.
    private var piece: Int

    /// A process following `profile`.
    public init(profile: RateProfile) {
        self.profile = profile
        self.piece = -1
    }

    /// The first arrival strictly after `time`, or `nil` when none will ever come.
    ///
    /// Consumes exactly one standard exponential from `stream` (one `uniformPositive()` draw),
    /// except when the rate is zero from `time` on (`time >= profile.endOfArrivals`): then it
    /// returns `nil` without drawing. When the profile ends with a zero rate it may also return
    /// `nil` after drawing, if the remaining expected count is exhausted before an arrival.
    ///
    /// For a sequence of arrivals, pass each answer back as the next `time`.
    /// - Precondition: `time` is not NaN.
    public mutating func next(after time: Double, stream: RandomStream) -> Double? {
        precondition(!time.isNaN, "ArrivalProcess.next(after:) needs a time, not NaN")
        if !(time < profile.endOfArrivals) { return nil }
        return arrival(after: time, unitExponential: stream.unitExponential())
    }

    /// The time `s > time` with `Λ(time, s) = target` (`target > 0`), or `nil` when the intensity
    /// left after `time` is below `target`. Deterministic; the core of ``next(after:stream:)``.
    @inline(__always)
    mutating func arrival(after time: Double, unitExponential target: Double) -> Double? {
        var index = locate(time)
        var now = time
        var remaining = target
        while index <= profile.lastPositivePiece {
            let end = index + 1 < profile.starts.count ? profile.starts[index + 1] : Double.infinity
            let rate = index >= 0 ? profile.rates[index] : 0
            if rate > 0 {
                let capacity = (end - now) * rate
                if remaining < capacity {
                    piece = index
                    var result = now + remaining / rate
                    // Rounding must neither leave the piece nor fail to move forward.
                    if result >= end { result = end.nextDown }
                    return Swift.max(result, time.nextUp)
                }
                remaining -= capacity
            }
            now = end
            index += 1
        }
        piece = index - 1
        return nil
    }

    /// The piece holding `time`, starting from the remembered one.
    @inline(__always)
    private mutating func locate(_ time: Double) -> Int {
        let count = profile.starts.count
        var index = piece
        if index >= 0 && !(profile.starts[index] <= time) {
            index = profile.pieceIndex(containing: time)  // time went back
        } else {
            // Usually time is in the remembered piece or the next one; else jump by binary search.
            if index + 1 < count && profile.starts[index + 1] <= time {
                index += 1
                if index + 1 < count && profile.starts[index + 1] <= time {
                    index = profile.pieceIndex(containing: time)
                }
            }
        }
        piece = index
        return index
    }
}
