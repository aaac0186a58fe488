/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast, fixed-seed generator for Swift's random
/// APIs (`Int.random(in:using:)`, `shuffled(using:)`, …), for tests and benchmarks that must replay
/// exactly. Simulations draw from ``RandomStream`` (GSL) instead.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= StreamSeeding.golden
        return StreamSeeding.splitMix64Finalize(state)
    }
}
