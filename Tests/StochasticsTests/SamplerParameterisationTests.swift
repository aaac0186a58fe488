import CGSL
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@testable import Stochastics

/// Draws from a `Sampler` must equal the documented GSL call on a twin generator: this pins the
/// conversion to GSL's parameterisation (and GSL's argument order) exactly, draw for draw.
@Suite("Sampler: GSL parameterisation, draw for draw")
struct SamplerParameterisationTests {
    /// A sampler and a raw GSL generator seeded identically.
    private func twins(_ name: String) -> (RandomStream, RandomStream) {
        (RandomStream(seed: 99, name: name, replication: 3), RandomStream(seed: 99, name: name, replication: 3))
    }

    private func expectSameDraws(
        _ distribution: Distribution, _ gsl: (UnsafeMutablePointer<gsl_rng>) -> Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (stream, twin) = twins("test/parameterisation/\(distribution)")
        let sampler = Sampler(distribution)
        for _ in 0..<1_000 {
            #expect(sampler.sample(stream) == gsl(twin.rng), sourceLocation: sourceLocation)
        }
    }

    @Test func exponentialPassesTheMean() {
        expectSameDraws(.exponential(mean: 45)) { gsl_ran_exponential($0, 45) }
    }

    @Test func lognormalPassesZetaAndSigmaOfTheLog() {
        // mean 90, sd 60: σ² = ln(1 + 60²/90²) = ln(13/9), ζ = ln 90 − σ²/2.
        let sigma2 = log1p(3_600.0 / 8_100.0)
        let zeta = log(90.0) - sigma2 / 2
        expectSameDraws(.lognormal(mean: 90, sd: 60)) { gsl_ran_lognormal($0, zeta, sigma2.squareRoot()) }
    }

    @Test func gammaPassesShapeThenScale() {
        expectSameDraws(.gamma(shape: 2.5, mean: 100)) { gsl_ran_gamma($0, 2.5, 40) }
    }

    @Test func weibullPassesScaleThenShape() {
        expectSameDraws(.weibull(shape: 1.5, scale: 120)) { gsl_ran_weibull($0, 120, 1.5) }
    }

    @Test func erlangMatchesGSLsErlang() {
        // gsl_ran_erlang(r, a = scale, n = k).
        expectSameDraws(.erlang(k: 3, mean: 180)) { gsl_ran_erlang($0, 60, 3) }
    }

    @Test func uniformIsGSLsFlat() {
        expectSameDraws(.uniform(min: 10, max: 70)) { gsl_ran_flat($0, 10, 70) }
    }

    @Test func triangularInvertsTheCdfOfOneUniform() {
        expectSameDraws(.triangular(min: 10, mode: 20, max: 60)) { rng in
            let u = gsl_rng_uniform(rng)
            return u < 0.2 ? 10 + (u * 50 * 10).squareRoot() : 60 - ((1 - u) * 50 * 40).squareRoot()
        }
    }

    @Test func empiricalPicksAnIndexWithUniformInt() {
        let values: [Double] = [3, 7, 7, 12, 30]
        expectSameDraws(.empirical(values)) { values[Int(gsl_rng_uniform_int($0, 5))] }
    }

    @Test func constantIsExactAndConsumesNothing() {
        let (stream, twin) = twins("test/parameterisation/constant")
        for value in [0.0, 42.0, 1e9] {
            let sampler = Sampler(.constant(value))
            for _ in 0..<100 { #expect(sampler.sample(stream) == value) }
        }
        #expect(stream.uniform() == twin.uniform())
    }

    @Test func singleValueEmpiricalAlwaysGivesThatValue() {
        let stream = RandomStream(seed: 1, name: "test/empirical/single", replication: 0)
        let sampler = Sampler(.empirical([5]))
        for _ in 0..<1_000 { #expect(sampler.sample(stream) == 5) }
    }

    @Test func samplerRemembersItsDistribution() {
        let distribution = Distribution.weibull(shape: 1.5, scale: 120)
        #expect(Sampler(distribution).distribution == distribution)
    }
}
