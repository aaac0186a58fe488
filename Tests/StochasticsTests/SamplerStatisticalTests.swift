import CGSL
import Testing

@testable import Stochastics

/// One distribution to check by sampling, with the generator to draw from.
struct SamplingCase: Sendable, CustomTestStringConvertible {
    let distribution: Distribution
    var generator: RandomGenerator = .mt19937
    var testDescription: String { "\(distribution) [\(generator)]" }
}

/// Every continuous case, with parameter sets chosen to catch GSL's argument-order traps
/// (Weibull shape ≠ scale, lognormal sd ≠ mean, gamma shape ≠ scale) and both sides of shape 1.
let continuousCases: [SamplingCase] = [
    SamplingCase(distribution: .exponential(mean: 45)),
    SamplingCase(distribution: .exponential(mean: 0.5)),
    SamplingCase(distribution: .exponential(mean: 240), generator: .ranlxd2),
    SamplingCase(distribution: .exponential(mean: 240), generator: .taus2),
    SamplingCase(distribution: .lognormal(mean: 90, sd: 60)),
    SamplingCase(distribution: .lognormal(mean: 20, sd: 25)),
    SamplingCase(distribution: .lognormal(mean: 300, sd: 30)),
    SamplingCase(distribution: .lognormal(mean: 90, sd: 60), generator: .taus2),
    SamplingCase(distribution: .gamma(shape: 2.5, mean: 100)),
    SamplingCase(distribution: .gamma(shape: 0.5, mean: 30)),
    SamplingCase(distribution: .gamma(shape: 40, mean: 12)),
    SamplingCase(distribution: .gamma(shape: 2.5, mean: 100), generator: .ranlxd2),
    SamplingCase(distribution: .weibull(shape: 1.5, scale: 120)),
    SamplingCase(distribution: .weibull(shape: 0.7, scale: 60)),
    SamplingCase(distribution: .weibull(shape: 4, scale: 2)),
    SamplingCase(distribution: .erlang(k: 1, mean: 50)),
    SamplingCase(distribution: .erlang(k: 3, mean: 180)),
    SamplingCase(distribution: .erlang(k: 20, mean: 10)),
    SamplingCase(distribution: .uniform(min: 10, max: 70)),
    SamplingCase(distribution: .uniform(min: 0, max: 1)),
    SamplingCase(distribution: .triangular(min: 10, mode: 20, max: 60)),
    SamplingCase(distribution: .triangular(min: 0, mode: 0, max: 5)),
    SamplingCase(distribution: .triangular(min: 1, mode: 5, max: 5)),
    SamplingCase(distribution: .empirical([3, 7, 7, 12, 30])),
]

/// Draws per statistical check.
let drawsPerCase = 20_000

@Suite("Sampler: statistical agreement with the exact distribution")
struct SamplerStatisticalTests {
    @Test("sample mean and variance lie in their 99.9 % CIs; KS against the GSL cdf passes at α = 0.001",
          arguments: continuousCases)
    func momentsAndKolmogorovSmirnov(_ testCase: SamplingCase) {
        let distribution = testCase.distribution
        let sampler = Sampler(distribution)
        let stream = RandomStream(
            seed: 20_240_611, name: "test/sampler/\(testCase.testDescription)", replication: 0,
            generator: testCase.generator)
        var sample: [Double] = []
        sample.reserveCapacity(drawsPerCase)
        for _ in 0..<drawsPerCase { sample.append(sampler.sample(stream)) }

        #expect(sample.allSatisfy { $0.isFinite && $0 >= 0 })
        let z = normalQuantile(twoSided: alpha)
        let moments = SampleMoments(sample)
        let meanDeviation = moments.meanDeviation(
            exactMean: distribution.mean, exactVariance: distribution.variance)
        #expect(meanDeviation <= z, "mean \(moments.mean) vs exact \(distribution.mean)")
        let varianceDeviation = moments.varianceDeviation(exactVariance: distribution.variance)
        #expect(varianceDeviation <= z, "variance \(moments.variance) vs exact \(distribution.variance)")

        if case .empirical(let values) = distribution {
            // Discrete: a chi-square test of the value frequencies replaces KS.
            var expectedShare: [Double: Double] = [:]
            for value in values { expectedShare[value, default: 0] += 1 / Double(values.count) }
            var observed: [Double: Int] = [:]
            for x in sample { observed[x, default: 0] += 1 }
            #expect(Set(observed.keys).isSubset(of: Set(expectedShare.keys)))
            var chiSquare = 0.0
            for (value, share) in expectedShare {
                let expected = share * Double(drawsPerCase)
                let difference = Double(observed[value] ?? 0) - expected
                chiSquare += difference * difference / expected
            }
            let p = gsl_cdf_chisq_Q(chiSquare, Double(expectedShare.count - 1))
            #expect(p >= alpha, "chi-square \(chiSquare), p = \(p)")
        } else {
            let d = kolmogorovSmirnovStatistic(sample) { distribution.cdf($0) }
            let p = kolmogorovSmirnovPValue(statistic: d, count: drawsPerCase)
            #expect(p >= alpha, "KS D = \(d), p = \(p)")
        }
    }

    @Test("draws stay inside the support of bounded distributions")
    func boundedSupport() {
        let stream = RandomStream(seed: 7, name: "test/sampler/support", replication: 0)
        let uniform = Sampler(.uniform(min: 10, max: 70))
        let triangular = Sampler(.triangular(min: 10, mode: 20, max: 60))
        let leftTriangle = Sampler(.triangular(min: 0, mode: 0, max: 5))
        for _ in 0..<10_000 {
            #expect((10...70).contains(uniform.sample(stream)))
            #expect((10...60).contains(triangular.sample(stream)))
            #expect((0...5).contains(leftTriangle.sample(stream)))
        }
    }
}
