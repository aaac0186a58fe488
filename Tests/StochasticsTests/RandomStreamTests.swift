import CGSL
import Testing

@testable import Stochastics

@Suite("RandomStream")
struct RandomStreamTests {
    private func draws(_ stream: RandomStream, _ count: Int = 1_000) -> [Double] {
        (0..<count).map { _ in stream.uniform() }
    }

    @Test("GSL's MT19937 seeded with 5489 gives the reference first output 3499211612")
    func referenceMersenneTwister() {
        let stream = RandomStream(generatorSeed: 5_489)
        #expect(gsl_rng_get(stream.rng) == 3_499_211_612)
        #expect(stream.generator == .mt19937)
        #expect(stream.generatorSeed == 5_489)
    }

    @Test("uniform() is gsl_rng_uniform of the same generator", arguments: RandomGenerator.allCases)
    func uniformIsGSLUniform(_ generator: RandomGenerator) {
        let stream = RandomStream(generatorSeed: 12_345, generator: generator)
        let twin = RandomStream(generatorSeed: 12_345, generator: generator)
        for _ in 0..<1_000 { #expect(stream.uniform() == gsl_rng_uniform(twin.rng)) }
    }

    @Test("the same (seed, name, replication) gives identical draws", arguments: RandomGenerator.allCases)
    func sameTripleSameDraws(_ generator: RandomGenerator) {
        let a = RandomStream(seed: 42, name: "arrivals/support", replication: 7, generator: generator)
        let b = RandomStream(seed: 42, name: "arrivals/support", replication: 7, generator: generator)
        #expect(draws(a) == draws(b))
        #expect(a.name == "arrivals/support")
        #expect(a.generatorSeed == StreamSeeding.generatorSeed(seed: 42, name: "arrivals/support", replication: 7))
    }

    @Test("different names, replications, seeds or generators give different draws")
    func differentTriplesDifferentDraws() {
        let reference = draws(RandomStream(seed: 42, name: "arrivals/support", replication: 7))
        let others = [
            RandomStream(seed: 42, name: "patience/support", replication: 7),
            RandomStream(seed: 42, name: "arrivals/sales", replication: 7),
            RandomStream(seed: 42, name: "arrivals/support", replication: 8),
            RandomStream(seed: 42, name: "arrivals/support", replication: 0),
            RandomStream(seed: 43, name: "arrivals/support", replication: 7),
            RandomStream(seed: 42, name: "arrivals/support", replication: 7, generator: .ranlxd2),
            RandomStream(seed: 42, name: "arrivals/support", replication: 7, generator: .taus2),
        ]
        for other in others {
            let sequence = draws(other)
            #expect(sequence != reference)
            // Unrelated, not merely shifted: almost no draw coincides.
            #expect(Set(sequence).intersection(reference).count <= 1)
        }
    }

    @Test("uniform() lies in [0, 1), uniformPositive() in (0, 1), and both are uniform (KS)",
          arguments: RandomGenerator.allCases)
    func uniformRanges(_ generator: RandomGenerator) {
        let stream = RandomStream(seed: 3, name: "test/uniform", replication: 0, generator: generator)
        let plain = (0..<20_000).map { _ in stream.uniform() }
        let positive = (0..<20_000).map { _ in stream.uniformPositive() }
        #expect(plain.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(positive.allSatisfy { $0 > 0 && $0 < 1 })
        for sample in [plain, positive] {
            let d = kolmogorovSmirnovStatistic(sample) { min(max($0, 0), 1) }
            #expect(kolmogorovSmirnovPValue(statistic: d, count: sample.count) >= alpha)
        }
    }

    @Test("uniformInt(below:) stays in range and is uniform (chi-square)")
    func uniformIntegers() {
        let stream = RandomStream(seed: 3, name: "test/uniformInt", replication: 0)
        let bound = 7, draws = 70_000
        var counts = [Int](repeating: 0, count: bound)
        for _ in 0..<draws {
            let k = stream.uniformInt(below: bound)
            #expect((0..<bound).contains(k))
            counts[k] += 1
        }
        let expected = Double(draws) / Double(bound)
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(gsl_cdf_chisq_Q(chiSquare, Double(bound - 1)) >= alpha)
        for _ in 0..<100 { #expect(stream.uniformInt(below: 1) == 0) }
        let big = stream.uniformInt(below: 4_294_967_295)
        #expect(big >= 0 && big < 4_294_967_295)
    }

    @Test("bernoulli(probability:) has the right frequency and its edge cases are exact")
    func bernoulliFrequency() {
        let stream = RandomStream(seed: 3, name: "test/bernoulli", replication: 0)
        let twin = RandomStream(seed: 3, name: "test/bernoulli", replication: 0)
        let p = 0.3, n = 50_000
        var successes = 0
        for _ in 0..<n where stream.bernoulli(probability: p) { successes += 1 }
        let z = abs(Double(successes) - p * Double(n)) / (p * (1 - p) * Double(n)).squareRoot()
        #expect(z <= normalQuantile(twoSided: alpha))
        for _ in 0..<1_000 {
            #expect(!stream.bernoulli(probability: 0))
            #expect(stream.bernoulli(probability: 1))
        }
        // Exactly one raw number per call.
        for _ in 0..<(n + 2_000) { _ = twin.uniform() }
        #expect(stream.uniform() == twin.uniform())
    }
}
