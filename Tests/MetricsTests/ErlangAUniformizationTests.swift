import Testing

@testable import Metrics

/// Erlang A against a brute-force transient solution of the tagged chat's Markov chain.
@Suite struct ErlangAUniformizationTests {
    /// (λ per s, 1/μ s, n, 1/θ s)
    static let cases: [(Double, Double, Int, Double)] = [
        (0.8, 1, 1, 2),
        (2.5, 1, 3, 1 / 0.3),
        (3, 1, 2, 2),  // overloaded, ρ = 1.5
        (0.15, 20, 4, 40),
    ]

    /// Service level at several thresholds, P(Ab), E[W | Ab], E[W] and the busy share of slots.
    @Test(arguments: cases)
    func matchesUniformization(arrivalRate: Double, meanHandleTime: Double, servers: Int, meanPatience: Double) throws {
        let model = try ErlangModel(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime, agents: servers,
                                    meanPatience: meanPatience)
        for threshold in [0, 0.3 * meanHandleTime, 2 * meanHandleTime] {
            let result = try model.performance(threshold: threshold)
            let reference = TaggedChatUniformization(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime,
                                                     servers: servers, meanPatience: meanPatience, threshold: threshold)
            expectClose(result.serviceLevel, reference.serviceLevel, relative: 1e-10, "SL(\(threshold))")
            expectClose(result.abandonRate, reference.abandonRate, relative: 1e-10, "P(Ab)")
            expectClose(result.meanAbandonedAfter, reference.meanAbandonedAfter, relative: 1e-10, "E[W|Ab]")
            expectClose(result.meanWait, reference.meanWait, relative: 1e-10, "E[W]")
            expectClose(result.utilization, reference.busyShare, relative: 1e-10, "utilization")
        }
    }
}
