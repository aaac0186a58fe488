import CGSL

/// The GSL pseudo-random generator algorithm behind a ``RandomStream``.
///
/// Every choice here has a raw range of 2³² values (`gsl_rng_max − gsl_rng_min = 2³² − 1`), which
/// keeps GSL's integer and Gaussian samplers on their error-free paths.
public enum RandomGenerator: String, Sendable, Hashable, CaseIterable {
    /// Mersenne Twister MT19937 (Matsumoto & Nishimura, 2002 seeding). Fast; the default.
    case mt19937
    /// RANLUX, double-precision variant at luxury level 2: slower, with the strongest decorrelation.
    /// GSL seeds it from the low 31 bits of the generator seed.
    case ranlxd2
    /// Tausworthe generator taus2 (L'Ecuyer 1999): very fast, small state.
    case taus2

    /// GSL's generator type for this algorithm.
    var gslType: UnsafePointer<gsl_rng_type> {
        switch self {
        case .mt19937: return chatsim_gsl_rng_mt19937()
        case .ranlxd2: return chatsim_gsl_rng_ranlxd2()
        case .taus2: return chatsim_gsl_rng_taus2()
        }
    }
}
