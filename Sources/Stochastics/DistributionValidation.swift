extension Distribution {
    /// What is wrong with the parameters, in words a scenario author understands, or `nil` when
    /// the distribution can be sampled. Every value must be finite, and so must the parameters GSL
    /// is given (lognormal `sigma`, gamma scale) and the Weibull mean, so that no draw is `NaN`.
    public var parameterProblem: String? {
        func positive(_ value: Double, _ name: String) -> String? {
            value.isFinite && value > 0 ? nil : "\(name) must be a positive, finite number (found \(value))"
        }
        func nonNegative(_ value: Double, _ name: String) -> String? {
            value.isFinite && value >= 0 ? nil : "\(name) must be a finite number ≥ 0 (found \(value))"
        }
        switch self {
        case .exponential(let mean):
            return positive(mean, "mean")
        case .lognormal(let mean, let sd):
            if let problem = positive(mean, "mean") ?? positive(sd, "sd") { return problem }
            let (zeta, sigma) = Self.lognormalParameters(mean: mean, sd: sd)
            return zeta.isFinite && sigma.isFinite
                ? nil : "sd is too large relative to mean to sample (found mean \(mean), sd \(sd))"
        case .gamma(let shape, let mean):
            if let problem = positive(shape, "shape") ?? positive(mean, "mean") { return problem }
            let scale = Self.gammaScale(shape: shape, mean: mean)
            return scale.isFinite && scale > 0
                ? nil : "mean / shape must be a positive, finite number (found \(mean) / \(shape))"
        case .weibull(let shape, let scale):
            if let problem = positive(shape, "shape") ?? positive(scale, "scale") { return problem }
            return mean.isFinite
                ? nil : "shape is too small for scale: the mean overflows (found shape \(shape), scale \(scale))"
        case .erlang(let k, let mean):
            return k >= 1 ? positive(mean, "mean") : "k must be a whole number ≥ 1 (found \(k))"
        case .uniform(let min, let max):
            if let problem = nonNegative(min, "min") ?? nonNegative(max, "max") { return problem }
            return min < max ? nil : "min must be below max (found min \(min), max \(max))"
        case .triangular(let min, let mode, let max):
            if let problem = nonNegative(min, "min") ?? nonNegative(mode, "mode") ?? nonNegative(max, "max") {
                return problem
            }
            return min <= mode && mode <= max && min < max
                ? nil : "expected min ≤ mode ≤ max with min < max (found \(min), \(mode), \(max))"
        case .constant(let value):
            return nonNegative(value, "value")
        case .empirical(let values):
            if values.isEmpty { return "needs at least one value" }
            // The name is only built for the culprit, so validating a long list does not allocate.
            for (index, value) in values.enumerated() where !(value.isFinite && value >= 0) {
                return nonNegative(value, "value \(index + 1)")
            }
            return nil
        }
    }
}
