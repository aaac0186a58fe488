/// A piecewise-constant arrival rate over simulated time (seconds since the start of the run).
///
/// Piece `i` holds its rate from its `start` until the next piece's start; the last piece's rate
/// holds forever; the rate is 0 before the first piece. An empty profile has rate 0 everywhere.
public struct RateProfile: Sendable, Hashable {
    /// One piece: from `start` (seconds) on, arrivals come at `ratePerSecond`.
    public struct Piece: Sendable, Hashable {
        /// When the piece begins, in seconds.
        public let start: Double
        /// The arrival rate from `start` until the next piece, per second.
        public let ratePerSecond: Double
    }

    /// The pieces, by increasing start.
    public var pieces: [Piece] {
        zip(starts, rates).map { Piece(start: $0, ratePerSecond: $1) }
    }

    /// Piece starts, strictly increasing.
    let starts: ContiguousArray<Double>
    /// Piece rates, per second, each finite and ≥ 0.
    let rates: ContiguousArray<Double>
    /// The index of the last piece with a positive rate, or −1 when there is none.
    let lastPositivePiece: Int

    /// A profile from its pieces.
    ///
    /// - Precondition: ``problem(pieces:)`` is `nil`: starts finite, the first ≥ 0, strictly
    ///   increasing; rates finite and ≥ 0.
    public init(pieces: [(start: Double, ratePerSecond: Double)]) {
        if let problem = Self.problem(pieces: pieces) {
            preconditionFailure("invalid rate profile: \(problem)")
        }
        starts = ContiguousArray(pieces.map(\.start))
        rates = ContiguousArray(pieces.map(\.ratePerSecond))
        lastPositivePiece = rates.lastIndex { $0 > 0 } ?? -1
    }

    /// A constant rate from time 0 on (a homogeneous Poisson process).
    ///
    /// - Precondition: `ratePerSecond` is finite and ≥ 0.
    public init(constantRatePerSecond ratePerSecond: Double) {
        self.init(pieces: [(start: 0, ratePerSecond: ratePerSecond)])
    }

    /// What is wrong with `pieces`, or `nil` when they form a valid profile.
    public static func problem(pieces: [(start: Double, ratePerSecond: Double)]) -> String? {
        var previous = -Double.infinity
        for (index, piece) in pieces.enumerated() {
            if !(piece.start.isFinite && piece.start >= 0) {
                return "piece \(index + 1): start must be a finite time ≥ 0 (found \(piece.start))"
            }
            if !(piece.start > previous) {
                return "piece \(index + 1): starts must strictly increase (found \(piece.start) after \(previous))"
            }
            if !(piece.ratePerSecond.isFinite && piece.ratePerSecond >= 0) {
                return "piece \(index + 1): rate must be a finite number ≥ 0 (found \(piece.ratePerSecond))"
            }
            previous = piece.start
        }
        return nil
    }

    /// The time from which the rate is 0 forever: the end of the last positive piece, `+∞` when the
    /// last piece's rate is positive, and `−∞` when no piece has a positive rate.
    public var endOfArrivals: Double {
        if lastPositivePiece < 0 { return -.infinity }
        return lastPositivePiece + 1 < starts.count ? starts[lastPositivePiece + 1] : .infinity
    }

    /// The rate at `time`, per second.
    public func rate(at time: Double) -> Double {
        let index = pieceIndex(containing: time)
        return index < 0 ? 0 : rates[index]
    }

    /// The expected number of arrivals in `[from, to)`: the integral of the rate. `0` when
    /// `to <= from`; `+∞` when `to` is `+∞` and the rate stays positive.
    public func expectedArrivals(from: Double, to: Double) -> Double {
        if !(to > from) { return 0 }
        var total = 0.0
        var index = pieceIndex(containing: from)
        var now = from
        while now < to {
            let end = index + 1 < starts.count ? Swift.min(starts[index + 1], to) : to
            if index >= 0 && rates[index] > 0 { total += (end - now) * rates[index] }
            now = end
            index += 1
        }
        return total
    }

    /// The same profile with every rate multiplied by `factor` (e.g. a day's busyness factor).
    ///
    /// - Precondition: `factor` is finite and ≥ 0, and no product overflows.
    public func scaled(by factor: Double) -> RateProfile {
        precondition(factor.isFinite && factor >= 0, "a rate factor must be finite and ≥ 0 (found \(factor))")
        return RateProfile(pieces: zip(starts, rates).map { (start: $0, ratePerSecond: $1 * factor) })
    }

    /// The index of the piece whose interval holds `time` (the last piece with `start ≤ time`), or
    /// −1 when `time` is before the first piece. Binary search.
    func pieceIndex(containing time: Double) -> Int {
        var low = 0
        var high = starts.count  // answer + 1 lies in low ... high
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }
}
