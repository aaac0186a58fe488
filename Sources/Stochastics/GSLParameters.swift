/// The conversions from the parameters users write to the ones GSL's functions take. Shared by
/// ``Sampler``, ``Distribution/cdf(_:)`` and the validation, so that all three agree.
extension Distribution {
    /// Lognormal: the mean `zeta` and standard deviation `sigma` of `log X` for a variable with the
    /// given mean and standard deviation: `sigma² = ln(1 + sd²/mean²)`, `zeta = ln(mean) − sigma²/2`.
    static func lognormalParameters(mean: Double, sd: Double) -> (zeta: Double, sigma: Double) {
        let cv = sd / mean
        let sigmaSquared = naturalLogOnePlus(cv * cv)
        return (naturalLog(mean) - sigmaSquared / 2, sigmaSquared.squareRoot())
    }

    /// Gamma with shape `shape` and mean `mean`: GSL's scale `b = mean / shape`.
    static func gammaScale(shape: Double, mean: Double) -> Double {
        mean / shape
    }
}
