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
        return Self.finalize(state)
    }

    /// SplitMix64's output function: a bijection of 64-bit words in which every input bit affects
    /// every output bit; also a cheap hash of a word (stream seeds, record keys, phrase picks).
    public static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
