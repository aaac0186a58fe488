import Stochastics

extension SplitMix64 {
    /// A number in `0 ..< bound`, by multiply-shift (its bias is negligible for the small bounds used).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `0 ..< 1`.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
