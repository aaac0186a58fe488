import CGSL

extension Distribution {
    /// The largest gamma (and Erlang) shape for which ``cdf(_:)`` uses GSL's `gsl_cdf_gamma_P`.
    ///
    /// GSL's incomplete gamma function loses accuracy as the shape grows (measured against SciPy:
    /// absolute error 3·10⁻¹¹ at shape 10⁴, 6·10⁻⁹ at 5·10⁴, 5·10⁻³ at 5·10⁵) and, from about 10⁶,
    /// calls GSL's error handler (whose default aborts the process). Above this limit the cdf uses
    /// the Wilson–Hilferty normal approximation instead, whose absolute error is below 6·10⁻⁷ there
    /// and shrinks like 1/shape.
    public static let gslGammaCDFShapeLimit: Double = 10_000

    /// `P(X ≤ x)`, through GSL's cdfs where GSL has one.
    ///
    /// Exponential, lognormal, gamma, Erlang, Weibull and uniform use `gsl_cdf_*_P` (with
    /// ``gslGammaCDFShapeLimit`` for very large gamma shapes); triangular, constant and empirical
    /// use their formulas (empirical: the share of values `≤ x`). Arguments ≤ 0 (for the variables
    /// supported on (0, ∞)) and ±∞ are answered here, never passed to GSL, so GSL's error handler is
    /// never reached. `NaN` gives `NaN`.
    ///
    /// - Precondition: `parameterProblem == nil`.
    public func cdf(_ x: Double) -> Double {
        precondition(parameterProblem == nil, "cdf of an invalid distribution \(self)")
        if x.isNaN { return .nan }
        switch self {
        case .exponential(let mean):
            if x <= 0 { return 0 }
            if x == .infinity { return 1 }
            return gsl_cdf_exponential_P(x, mean)
        case .lognormal(let mean, let sd):
            if x <= 0 { return 0 }
            if x == .infinity { return 1 }
            let (zeta, sigma) = Self.lognormalParameters(mean: mean, sd: sd)
            return gsl_cdf_lognormal_P(x, zeta, sigma)
        case .gamma(let shape, let mean):
            return Self.gammaCDF(x, shape: shape, scale: Self.gammaScale(shape: shape, mean: mean))
        case .erlang(let k, let mean):
            let shape = Double(k)
            return Self.gammaCDF(x, shape: shape, scale: Self.gammaScale(shape: shape, mean: mean))
        case .weibull(let shape, let scale):
            if x <= 0 { return 0 }
            if x == .infinity { return 1 }
            return gsl_cdf_weibull_P(x, scale, shape)  // GSL's order: (x, a = scale, b = shape)
        case .uniform(let min, let max):
            return gsl_cdf_flat_P(x, min, max)
        case .triangular(let min, let mode, let max):
            if x <= min { return 0 }
            if x >= max { return 1 }
            if x <= mode { return (x - min) * (x - min) / ((max - min) * (mode - min)) }
            return 1 - (max - x) * (max - x) / ((max - min) * (max - mode))
        case .constant(let value):
            return x < value ? 0 : 1
        case .empirical(let values):
            var atOrBelow = 0
            for value in values where value <= x { atOrBelow += 1 }
            return Double(atOrBelow) / Double(values.count)
        }
    }

    /// The gamma cdf with GSL's (shape, scale), guarded as described at ``gslGammaCDFShapeLimit``.
    private static func gammaCDF(_ x: Double, shape: Double, scale: Double) -> Double {
        let y = x / scale
        if y <= 0 { return 0 }
        if y == .infinity { return 1 }
        if shape <= gslGammaCDFShapeLimit { return gsl_cdf_gamma_P(y, shape, 1) }
        // Wilson–Hilferty: (Y/shape)^(1/3) is nearly normal with mean 1 − 1/(9 shape) and
        // variance 1/(9 shape).
        let c = 1 / (9 * shape)
        return gsl_cdf_ugaussian_P((cubeRoot(y / shape) - (1 - c)) / c.squareRoot())
    }
}
