extension Distribution {
    /// The exact mean, in closed form (`+∞` only if it overflows a `Double`).
    ///
    /// Weibull: `scale · Γ(1 + 1/shape)`. Empirical: the average of the values (each is drawn with
    /// probability 1/n).
    public var mean: Double {
        switch self {
        case .exponential(let mean), .lognormal(let mean, _), .gamma(_, let mean), .erlang(_, let mean):
            return mean
        case .weibull(let shape, let scale):
            return scale * gammaFunction(1 + 1 / shape)
        case .uniform(let min, let max):
            return min / 2 + max / 2
        case .triangular(let min, let mode, let max):
            return (min + mode + max) / 3
        case .constant(let value):
            return value
        case .empirical(let values):
            return Self.average(values)
        }
    }

    /// The exact variance, in closed form.
    ///
    /// Exponential `mean²`; lognormal `sd²`; gamma `mean²/shape`; Erlang `mean²/k`; Weibull
    /// `scale² (Γ(1 + 2/shape) − Γ(1 + 1/shape)²)`; uniform `(max − min)²/12`; triangular
    /// `(a² + b² + c² − ab − ac − bc)/18`; constant 0; empirical the population variance of the
    /// values (divisor n, since each value is drawn with probability 1/n).
    public var variance: Double {
        switch self {
        case .exponential(let mean):
            return mean * mean
        case .lognormal(_, let sd):
            return sd * sd
        case .gamma(let shape, let mean):
            return mean * mean / shape
        case .erlang(let k, let mean):
            return mean * mean / Double(k)
        case .weibull(let shape, let scale):
            let g1 = gammaFunction(1 + 1 / shape)
            return scale * scale * (gammaFunction(1 + 2 / shape) - g1 * g1)
        case .uniform(let min, let max):
            return (max - min) * (max - min) / 12
        case .triangular(let a, let c, let b):
            return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .constant:
            return 0
        case .empirical(let values):
            let center = Self.average(values)
            var sum = 0.0
            for value in values { sum += (value - center) * (value - center) }
            return sum / Double(values.count)
        }
    }

    /// The exact standard deviation, `variance.squareRoot()`.
    public var standardDeviation: Double {
        variance.squareRoot()
    }

    /// The average of `values` (NaN when empty).
    private static func average(_ values: [Double]) -> Double {
        var sum = 0.0
        for value in values { sum += value }
        return sum / Double(values.count)
    }
}
