import CGSL

/// Draws values of one ``Distribution`` from a ``RandomStream`` with GSL's samplers.
///
/// Build it once (GSL's parameterisation is computed here) and call ``sample(_:)`` per draw; a
/// draw never allocates. The sampler is an immutable value and may be shared between threads;
/// the streams it draws from may not.
///
/// Random numbers consumed per draw: `constant` none; `uniform`, `triangular`, `exponential`,
/// `weibull` and `empirical` one; `lognormal` two or more (polar Box–Muller); `gamma` and
/// `erlang` a variable number (Marsaglia–Tsang rejection).
public struct Sampler: Sendable {
    /// What GSL function a draw uses, with which of the stored parameters.
    @usableFromInline
    enum Kind: Sendable {
        /// `gsl_ran_exponential(r, a)`, `a` = mean.
        case exponential
        /// `gsl_ran_lognormal(r, a, b)`, `a` = zeta, `b` = sigma.
        case lognormal
        /// `gsl_ran_gamma(r, a, b)`, `a` = shape, `b` = scale (also Erlang, with integer shape).
        case gamma
        /// `gsl_ran_weibull(r, a, b)`, `a` = scale, `b` = shape (GSL's order).
        case weibull
        /// `gsl_ran_flat(r, a, b)`, `a` = min, `b` = max.
        case uniform
        /// Inverse cdf of one uniform: `a` = min, `b` = max, `c` = cdf at the mode,
        /// `d` = (max − min)(mode − min), `e` = (max − min)(max − mode).
        case triangular
        /// Always `a`.
        case constant
        /// `values[gsl_rng_uniform_int(r, values.count)]`.
        case empirical
    }

    /// The distribution this sampler draws from.
    public let distribution: Distribution
    @usableFromInline let kind: Kind
    @usableFromInline let a: Double
    @usableFromInline let b: Double
    @usableFromInline let c: Double
    @usableFromInline let d: Double
    @usableFromInline let e: Double
    /// The empirical values (empty for every other kind).
    @usableFromInline let values: ContiguousArray<Double>

    /// A sampler for `distribution`.
    ///
    /// - Precondition: `distribution.parameterProblem == nil` (validate scenarios first).
    public init(_ distribution: Distribution) {
        if let problem = distribution.parameterProblem {
            preconditionFailure("cannot sample \(distribution): \(problem)")
        }
        self.distribution = distribution
        var kind = Kind.constant
        var a = 0.0, b = 0.0, c = 0.0, d = 0.0, e = 0.0
        var values = ContiguousArray<Double>()
        switch distribution {
        case .exponential(let mean):
            kind = .exponential
            a = mean
        case .lognormal(let mean, let sd):
            kind = .lognormal
            (a, b) = Distribution.lognormalParameters(mean: mean, sd: sd)
        case .gamma(let shape, let mean):
            kind = .gamma
            (a, b) = (shape, Distribution.gammaScale(shape: shape, mean: mean))
        case .erlang(let k, let mean):
            // gsl_ran_erlang(r, a, n) is gsl_ran_gamma(r, n, a); calling gsl_ran_gamma directly keeps
            // GSL's argument order in one place.
            kind = .gamma
            (a, b) = (Double(k), Distribution.gammaScale(shape: Double(k), mean: mean))
        case .weibull(let shape, let scale):
            kind = .weibull
            (a, b) = (scale, shape)
        case .uniform(let min, let max):
            kind = .uniform
            (a, b) = (min, max)
        case .triangular(let min, let mode, let max):
            kind = .triangular
            let width = max - min
            (a, b, c, d, e) = (min, max, (mode - min) / width, width * (mode - min), width * (max - mode))
        case .constant(let value):
            kind = .constant
            a = value
        case .empirical(let observed):
            kind = .empirical
            values = ContiguousArray(observed)
            precondition(
                UInt(values.count) <= 4_294_967_295, "an empirical distribution holds at most 2³² − 1 values")
        }
        (self.kind, self.a, self.b, self.c, self.d, self.e, self.values) = (kind, a, b, c, d, e, values)
    }

    /// One draw from the distribution, consuming random numbers from `stream`.
    @inlinable
    public func sample(_ stream: RandomStream) -> Double {
        switch kind {
        case .exponential:
            return gsl_ran_exponential(stream.rng, a)
        case .lognormal:
            return gsl_ran_lognormal(stream.rng, a, b)
        case .gamma:
            return gsl_ran_gamma(stream.rng, a, b)
        case .weibull:
            return gsl_ran_weibull(stream.rng, a, b)
        case .uniform:
            return gsl_ran_flat(stream.rng, a, b)
        case .triangular:
            let u = stream.uniform()
            return u < c ? a + (u * d).squareRoot() : b - ((1 - u) * e).squareRoot()
        case .constant:
            return a
        case .empirical:
            return values[Int(gsl_rng_uniform_int(stream.rng, UInt(values.count)))]
        }
    }
}
