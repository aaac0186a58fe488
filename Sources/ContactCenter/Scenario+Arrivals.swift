extension Scenario {
    /// Piecewise-constant arrival rates: each piece's rate holds from its start until the next
    /// piece starts (the last one until the horizon); before the first piece the rate is 0.
    public struct ArrivalRates: Sendable, Equatable {
        /// Pieces in increasing order of start time.
        public var pieces: [RatePiece]
        /// Whether the rates were given as a profile (`profile:`) rather than one rate (`rate:`).
        public var isProfile: Bool

        /// Rates given piece by piece, as a profile.
        public init(pieces: [RatePiece]) {
            self.pieces = pieces
            isProfile = true
        }

        /// One constant rate over the whole day.
        public init(constant ratePerSecond: Double) {
            pieces = [RatePiece(start: 0, ratePerSecond: ratePerSecond)]
            isProfile = false
        }
    }

    /// One constant-rate piece of an arrival profile.
    public struct RatePiece: Sendable, Equatable {
        /// Start of the piece, in seconds from the start of the day.
        public var start: Double
        /// Arrival rate during the piece, per second.
        public var ratePerSecond: Double

        /// Creates a piece.
        public init(start: Double, ratePerSecond: Double) {
            self.start = start
            self.ratePerSecond = ratePerSecond
        }
    }
}
