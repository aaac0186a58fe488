import CGSL
import Testing

@testable import Stochastics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Relative closeness for exact formulas.
private func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
}

@Suite("Distribution: exact mean, variance and cdf")
struct DistributionMomentsAndCDFTests {
    @Test func meansAndVariancesMatchHandComputedValues() {
        let expected: [(Distribution, mean: Double, variance: Double)] = [
            (.exponential(mean: 45), 45, 2_025),
            (.lognormal(mean: 90, sd: 60), 90, 3_600),
            (.gamma(shape: 2.5, mean: 100), 100, 4_000),
            (.erlang(k: 3, mean: 180), 180, 10_800),
            // Γ(1.5) = √π/2; Γ(2) = 1.
            (.weibull(shape: 2, scale: 10), 5 * Double.pi.squareRoot(), 100 * (1 - Double.pi / 4)),
            (.weibull(shape: 1, scale: 7), 7, 49),
            (.uniform(min: 10, max: 70), 40, 300),
            (.triangular(min: 0, mode: 0, max: 6), 2, 2),
            (.triangular(min: 10, mode: 20, max: 60), 30, (100.0 + 400 + 3_600 - 200 - 600 - 1_200) / 18),
            (.constant(42), 42, 0),
            (.empirical([3, 7, 7, 12, 30]), 11.8, 90.96),
        ]
        for (distribution, mean, variance) in expected {
            #expect(close(distribution.mean, mean), "\(distribution) mean \(distribution.mean)")
            #expect(close(distribution.variance, variance), "\(distribution) variance \(distribution.variance)")
            #expect(close(distribution.standardDeviation, variance.squareRoot()))
        }
    }

    @Test func cdfMatchesHandComputedValues() {
        let oneMinusInverseE = 1 - exp(-1.0)
        let expected: [(Distribution, x: Double, p: Double)] = [
            (.exponential(mean: 2), 2, oneMinusInverseE),
            (.weibull(shape: 2, scale: 10), 10, oneMinusInverseE),
            (.weibull(shape: 2, scale: 10), 5, 1 - exp(-0.25)),
            (.weibull(shape: 0.5, scale: 4), 1, 1 - exp(-0.5)),
            // The lognormal median is exp(ζ) = mean / √(1 + cv²).
            (.lognormal(mean: 90, sd: 60), 90 / (1 + 3_600.0 / 8_100).squareRoot(), 0.5),
            (.gamma(shape: 1, mean: 5), 5, oneMinusInverseE),
            // Erlang(2) with rate 1: 1 − e⁻ˣ(1 + x).
            (.erlang(k: 2, mean: 2), 1, 1 - 2 * exp(-1.0)),
            (.gamma(shape: 2, mean: 6), 3, 1 - 2 * exp(-1.0)),
            (.uniform(min: 10, max: 70), 25, 0.25),
            (.triangular(min: 0, mode: 2, max: 6), 2, 1.0 / 3),
            (.triangular(min: 0, mode: 2, max: 6), 4, 1 - 1.0 / 6),
            (.triangular(min: 0, mode: 2, max: 6), 1, 1.0 / 12),
            (.constant(5), 4.999, 0),
            (.constant(5), 5, 1),
            (.empirical([3, 7, 7, 12, 30]), 7, 0.6),
            (.empirical([3, 7, 7, 12, 30]), 6.9, 0.2),
        ]
        for (distribution, x, p) in expected {
            #expect(close(distribution.cdf(x), p, relative: 1e-12), "\(distribution) cdf(\(x)) = \(distribution.cdf(x))")
        }
    }

    @Test("cdf is 0 below the support, 1 at +∞, NaN at NaN, and non-decreasing in [0, 1]",
          arguments: continuousCases.map(\.distribution) + [.constant(3), .gamma(shape: 1e7, mean: 60)])
    func cdfEdgesAndMonotonicity(_ distribution: Distribution) {
        for x in [-Double.infinity, -1e300, -1, -Double.leastNonzeroMagnitude, -0.0, 0] {
            #expect(distribution.cdf(x) == 0, "cdf(\(x))")
        }
        #expect(distribution.cdf(.infinity) == 1)
        #expect(distribution.cdf(.greatestFiniteMagnitude) == 1)
        #expect(distribution.cdf(.nan).isNaN)
        var previous = 0.0
        let top = distribution.mean + 20 * distribution.standardDeviation
        for step in 0...2_000 {
            let p = distribution.cdf(top * Double(step) / 2_000)
            #expect(p >= previous && p <= 1, "not a cdf at \(top * Double(step) / 2_000)")
            previous = p
        }
    }

    @Test("the gamma cdf is continuous where it switches from GSL to Wilson–Hilferty")
    func gammaCDFAcrossTheShapeLimit() {
        let limit = Distribution.gslGammaCDFShapeLimit
        let gsl = Distribution.gamma(shape: limit, mean: limit)
        let approximation = Distribution.gamma(shape: limit.nextUp, mean: limit)
        for z in stride(from: -6.0, through: 6.0, by: 0.25) {
            let x = limit + z * limit.squareRoot()
            #expect(abs(gsl.cdf(x) - approximation.cdf(x)) < 1e-6, "at z = \(z)")
        }
    }

    @Test("huge gamma and Erlang shapes give a sensible cdf and never reach GSL's error handler")
    func hugeShapes() {
        for shape in [2e4, 1e6, 1.01e6, 1e8, 1e12] {
            let distribution = Distribution.gamma(shape: shape, mean: 60)
            let sd = distribution.standardDeviation
            // Nearly normal: P(X ≤ mean − 3 sd) ≈ Φ(−3), P(X ≤ mean) ≈ 1/2.
            #expect(abs(distribution.cdf(60 - 3 * sd) - gsl_cdf_ugaussian_P(-3)) < 1e-2)
            #expect(abs(distribution.cdf(60) - 0.5) < 1e-2)
        }
        let erlang = Distribution.erlang(k: 3_000_000, mean: 300)
        #expect(abs(erlang.cdf(300) - 0.5) < 1e-2)
    }
}
