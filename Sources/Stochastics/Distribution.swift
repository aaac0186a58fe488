/// A probability distribution of a non-negative quantity, as written in scenario files
/// (`exponential(mean: 2m)`, `lognormal(mean: 90s, sd: 60s)`, …).
///
/// Parameters are stored the way users write them (means and standard deviations in seconds);
/// the conversion to GSL's parameterisations happens once, when a ``Sampler`` is built.
public enum Distribution: Sendable, Hashable {
    /// Exponential with the given mean.
    case exponential(mean: Double)
    /// Lognormal with the given mean and standard deviation of the variable itself (not of its log).
    case lognormal(mean: Double, sd: Double)
    /// Gamma with the given shape and mean (scale = mean / shape).
    case gamma(shape: Double, mean: Double)
    /// Weibull with the given shape and scale.
    case weibull(shape: Double, scale: Double)
    /// Erlang: the sum of `k` exponential phases, with the given overall mean.
    case erlang(k: Int, mean: Double)
    /// Continuous uniform on `[min, max]`.
    case uniform(min: Double, max: Double)
    /// Triangular on `[min, max]` with the given mode.
    case triangular(min: Double, mode: Double, max: Double)
    /// Always the same value.
    case constant(Double)
    /// Each draw is one of the observed values, chosen uniformly (a bootstrap of measured data).
    case empirical([Double])
}
