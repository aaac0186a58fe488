import CGSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Helpers for the statistical tests. Every test uses fixed seeds, so its outcome is the same on
// every run; the tolerances come from confidence intervals, so a correct implementation passes
// for all but a small, known share of seeds (0.1 % per check, or per family when Bonferroni-split).

/// Significance level of each statistical check (99.9 % confidence).
let alpha = 0.001

/// The two-sided standard normal quantile for significance `level`: `Φ⁻¹(1 − level/2)`.
func normalQuantile(twoSided level: Double) -> Double {
    gsl_cdf_ugaussian_Pinv(1 - level / 2)
}

/// Mean, unbiased variance and 4th central moment of a sample.
struct SampleMoments {
    let count: Int
    let mean: Double
    /// Unbiased sample variance (divisor n − 1).
    let variance: Double
    /// Sample 4th central moment (divisor n).
    let fourthCentralMoment: Double

    init(_ sample: [Double]) {
        count = sample.count
        var sum = 0.0
        for x in sample { sum += x }
        let mean = sum / Double(count)
        var s2 = 0.0, s4 = 0.0
        for x in sample {
            let d2 = (x - mean) * (x - mean)
            s2 += d2
            s4 += d2 * d2
        }
        self.mean = mean
        variance = s2 / Double(count - 1)
        fourthCentralMoment = s4 / Double(count)
    }

    /// |x̄ − μ| in units of the standard error σ/√n, with the exact σ.
    func meanDeviation(exactMean: Double, exactVariance: Double) -> Double {
        abs(mean - exactMean) / (exactVariance / Double(count)).squareRoot()
    }

    /// |s² − σ²| in units of the standard error of s², estimated as
    /// √((m₄ − σ⁴ (n − 3)/(n − 1)) / n) with the sample 4th central moment m₄.
    func varianceDeviation(exactVariance: Double) -> Double {
        let n = Double(count)
        let varianceOfVariance =
            (fourthCentralMoment - exactVariance * exactVariance * (n - 3) / (n - 1)) / n
        return abs(variance - exactVariance) / varianceOfVariance.squareRoot()
    }
}

/// The Kolmogorov–Smirnov statistic `D = supₓ |Fₙ(x) − F(x)|` of a sample against the cdf.
func kolmogorovSmirnovStatistic(_ sample: [Double], cdf: (Double) -> Double) -> Double {
    let sorted = sample.sorted()
    let n = Double(sorted.count)
    var d = 0.0
    for (i, x) in sorted.enumerated() {
        let f = cdf(x)
        d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
    }
    return d
}

/// The p-value of the KS statistic `d` for a sample of `count`: `Q_KS((√n + 0.12 + 0.11/√n) d)`
/// with `Q_KS(λ) = 2 Σⱼ (−1)ʲ⁻¹ e^(−2j²λ²)` (Numerical Recipes `probks`; 1 where the series does
/// not converge, i.e. for tiny λ).
func kolmogorovSmirnovPValue(statistic d: Double, count: Int) -> Double {
    let rootN = Double(count).squareRoot()
    let lambda = (rootN + 0.12 + 0.11 / rootN) * d
    let a2 = -2 * lambda * lambda
    var factor = 2.0, sum = 0.0, previousTerm = 0.0
    for j in 1...100 {
        let term = factor * exp(a2 * Double(j * j))
        sum += term
        if abs(term) <= 0.001 * previousTerm || abs(term) <= 1e-8 * sum { return sum }
        factor = -factor
        previousTerm = abs(term)
    }
    return 1
}

/// The p-value of a two-sided chi-square test with statistic `x` and `degreesOfFreedom`:
/// `2 min(P(χ² ≤ x), P(χ² ≥ x))`.
func twoSidedChiSquarePValue(_ x: Double, degreesOfFreedom: Int) -> Double {
    let nu = Double(degreesOfFreedom)
    return 2 * min(gsl_cdf_chisq_P(x, nu), gsl_cdf_chisq_Q(x, nu))
}
