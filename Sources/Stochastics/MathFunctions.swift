#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C math library, reached through one file so that the others need no platform switch.
// These wrappers are internal to the module.

/// Natural logarithm.
func naturalLog(_ x: Double) -> Double { log(x) }

/// `log(1 + x)`, accurate for small `x`.
func naturalLogOnePlus(_ x: Double) -> Double { log1p(x) }

/// The gamma function Γ(x); `+∞` when it overflows (never calls GSL's error handler).
func gammaFunction(_ x: Double) -> Double { tgamma(x) }

/// The real cube root.
func cubeRoot(_ x: Double) -> Double { cbrt(x) }
