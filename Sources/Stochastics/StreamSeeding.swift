/// Derives the seed of each random stream from the scenario seed, the stream's name and the
/// replication index.
///
/// Results of every simulation depend on this derivation, so it is frozen: **never change it**.
/// `Tests/StochasticsTests/StreamSeedingTests.swift` pins its output. The steps are:
///
/// 1. `z = mix(seed &+ γ)`, with `γ = 0x9E3779B97F4A7C15` (spreads the scenario seed);
/// 2. `z = mix(z ^ fnv1a64(utf8(name)))` (binds the stream's name);
/// 3. `z = mix(z ^ ((UInt64(replication) &+ 1) &* γ))` (binds the replication);
/// 4. fold to 32 bits, `s = UInt32(truncatingIfNeeded: z ^ (z >> 32))`, and replace `0` by
///    `0x6A09E667` (MT19937 would silently substitute its default seed 4357 for 0).
///
/// `mix` is the SplitMix64 finalizer (Steele, Lea & Flood 2014) and `fnv1a64` the 64-bit FNV-1a
/// hash. The fold to 32 bits is needed because GSL's MT19937 and taus2 use only 32 bits of a seed.
public enum StreamSeeding {
    /// The 32-bit generator seed of the stream `name` in replication `replication` of a scenario
    /// whose seed is `seed`. Deterministic across platforms, processes and versions.
    ///
    /// - Precondition: `replication >= 0`.
    public static func generatorSeed(seed: UInt64, name: String, replication: Int) -> UInt32 {
        precondition(replication >= 0, "replication index must be ≥ 0 (found \(replication))")
        var z = SplitMix64.finalize(seed &+ golden)
        z = SplitMix64.finalize(z ^ fnv1a64(name))
        z = SplitMix64.finalize(z ^ ((UInt64(replication) &+ 1) &* golden))
        let folded = UInt32(truncatingIfNeeded: z ^ (z >> 32))
        return folded == 0 ? 0x6A09_E667 : folded
    }

    /// The golden-ratio increment of SplitMix64, ⌊2⁶⁴/φ⌋ made odd.
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

}
