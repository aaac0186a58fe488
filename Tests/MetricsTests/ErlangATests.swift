import CGSL
import Foundation
import Testing

@testable import Metrics

/// Erlang A (M/M/n+M) against the incomplete-gamma closed forms, special cases and limits.
@Suite struct ErlangATests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arrivalRate: Double
        let meanHandleTime: Double
        let agents: Int
        let capacity: Int
        let meanPatience: Double
        var testDescription: String {
            "λ=\(arrivalRate) 1/μ=\(meanHandleTime) n=\(agents)×\(capacity) 1/θ=\(meanPatience)"
        }
    }

    static let closedFormCases: [Case] = [
        Case(arrivalRate: 0.8, meanHandleTime: 1, agents: 1, capacity: 1, meanPatience: 2),
        Case(arrivalRate: 2.5, meanHandleTime: 1, agents: 3, capacity: 1, meanPatience: 1 / 0.3),
        Case(arrivalRate: 1.0 / 20, meanHandleTime: 300, agents: 12, capacity: 1, meanPatience: 120),
        Case(arrivalRate: 1.0 / 10, meanHandleTime: 300, agents: 25, capacity: 1, meanPatience: 600),  // ρ = 1.2
        Case(arrivalRate: 0.49, meanHandleTime: 600, agents: 100, capacity: 3, meanPatience: 300),  // n = 300, ρ = 0.98
        Case(arrivalRate: 0.98 * 2000 / 300, meanHandleTime: 300, agents: 2000, capacity: 1, meanPatience: 180),
        Case(arrivalRate: 1.2 * 2000 / 300, meanHandleTime: 300, agents: 1000, capacity: 2, meanPatience: 30_000),
    ]

    /// P(W > 0), P(Ab), E[W] and the service level at several thresholds against Mandelbaum–Zeltyn,
    /// from one server to 2000 slots, light to overloaded (the last case needs weight rescaling:
    /// the unscaled queue weights reach about e^3600).
    @Test(arguments: closedFormCases)
    func matchesIncompleteGammaClosedForms(_ c: Case) throws {
        let model = try ErlangModel(arrivalRate: c.arrivalRate, meanHandleTime: c.meanHandleTime,
                                    agents: c.agents, capacity: c.capacity, meanPatience: c.meanPatience)
        let reference = MandelbaumZeltyn(arrivalRate: c.arrivalRate, meanHandleTime: c.meanHandleTime,
                                         servers: model.servers, meanPatience: c.meanPatience)
        for threshold in [0, 0.2 * c.meanHandleTime, c.meanHandleTime, 5 * c.meanHandleTime] {
            let result = try model.performance(threshold: threshold)
            expectClose(result.probWait, reference.probWait, relative: 1e-9, "P(W>0)")
            expectClose(result.abandonRate, reference.abandonRate, relative: 1e-8, "P(Ab)")
            expectClose(result.meanWait, reference.meanWait, relative: 1e-8, "E[W]")
            expectClose(result.serviceLevel, reference.serviceLevel(threshold: threshold), relative: 1e-9,
                        "SL(\(threshold))")
            for value in [result.probWait, result.meanWait, result.serviceLevel, result.abandonRate,
                          result.meanAnsweredWait, result.utilization, result.meanAbandonedAfter ?? .nan] {
                #expect(value.isFinite && value >= 0)
            }
        }
    }

    /// Internal consistency that the implementation does not impose: E[W] = P(Ab)/θ (Little's law with
    /// the abandonment flow θ·E[queue] = λ·P(Ab)), E[W] splits into answered and abandoned parts,
    /// and busy slots equal λ(1 − P(Ab))/μ.
    @Test(arguments: closedFormCases)
    func littleAndFlowBalance(_ c: Case) throws {
        let result = try ErlangModel(arrivalRate: c.arrivalRate, meanHandleTime: c.meanHandleTime,
                                     agents: c.agents, capacity: c.capacity, meanPatience: c.meanPatience)
            .performance(threshold: 20)
        expectClose(result.meanWait, result.abandonRate * c.meanPatience, relative: 1e-12)
        let abandonedAfter = try #require(result.meanAbandonedAfter)
        expectClose(result.meanAnsweredWait * (1 - result.abandonRate) + abandonedAfter * result.abandonRate,
                    result.meanWait, relative: 1e-12)
        expectClose(result.utilization * Double(result.servers),
                    c.arrivalRate * c.meanHandleTime * (1 - result.abandonRate), relative: 1e-14)
        #expect(result.serviceLevel <= 1 - result.abandonRate + 1e-15)
    }

    /// θ = μ: every chat, waiting or served, leaves at rate μ, so the number in system is
    /// Poisson(a) as in M/M/∞. With K ~ Poisson(a): P(W > 0) = P(K ≥ n) and, from λ·P(Ab) = θ·E[(K − n)⁺]
    /// with k·p_k = a·p_{k−1}, P(Ab) = P(K ≥ n − 1) − (n/a)·P(K ≥ n).
    @Test(arguments: [(5, 6.0), (1, 0.5), (40, 36.0), (400, 410.0)])
    func patienceEqualToHandleTimeIsPoisson(servers: Int, load: Double) throws {
        let meanHandleTime = 100.0
        let result = try ErlangModel(arrivalRate: load / meanHandleTime, meanHandleTime: meanHandleTime,
                                     agents: servers, meanPatience: meanHandleTime).performance(threshold: 15)
        let atLeast = { (k: Int) in k <= 0 ? 1 : gsl_cdf_poisson_Q(UInt32(k - 1), load) }
        let abandon = atLeast(servers - 1) - Double(servers) / load * atLeast(servers)
        expectClose(result.probWait, atLeast(servers), relative: 1e-11)
        expectClose(result.abandonRate, abandon, relative: 1e-9)
        expectClose(result.meanWait, abandon * meanHandleTime, relative: 1e-9)
    }

    /// Patience 10⁹ times the handle time: Erlang A tends to Erlang C.
    @Test(arguments: [(1, 0.5), (10, 0.9), (50, 0.98)])
    func longPatienceTendsToErlangC(servers: Int, rho: Double) throws {
        let meanHandleTime = 60.0
        let arrivalRate = rho * Double(servers) / meanHandleTime
        let erlangC = try ErlangModel(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime, agents: servers)
            .performance(threshold: 30)
        let erlangA = try ErlangModel(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime, agents: servers,
                                      meanPatience: 6e10).performance(threshold: 30)
        expectClose(erlangA.probWait, erlangC.probWait, relative: 1e-6)
        expectClose(erlangA.meanWait, erlangC.meanWait, relative: 1e-6)
        expectClose(erlangA.meanAnsweredWait, erlangC.meanAnsweredWait, relative: 1e-6)
        expectClose(erlangA.serviceLevel, erlangC.serviceLevel, relative: 1e-6)
        expectClose(erlangA.utilization, erlangC.utilization, relative: 1e-6)
        #expect(erlangA.abandonRate < 1e-6)
    }

    /// Each of `agents × capacity` slots is a server: 5 agents × 3 chats is 15 single-chat agents,
    /// except that agent occupancy has no closed form with several chats per agent.
    @Test func capacityMapsToSlots() throws {
        for patience: Double? in [nil, 90] {
            let multi = try ErlangModel(arrivalRate: 0.04, meanHandleTime: 300, agents: 5, capacity: 3,
                                        meanPatience: patience).performance(threshold: 20)
            let single = try ErlangModel(arrivalRate: 0.04, meanHandleTime: 300, agents: 15,
                                         meanPatience: patience).performance(threshold: 20)
            #expect(multi.servers == 15)
            #expect(multi.occupancy == nil)
            #expect(single.occupancy == single.utilization)
            let expected = QueueingPerformance(
                offeredLoad: single.offeredLoad, servers: single.servers, threshold: single.threshold,
                probWait: single.probWait, meanWait: single.meanWait, meanAnsweredWait: single.meanAnsweredWait,
                serviceLevel: single.serviceLevel, abandonRate: single.abandonRate,
                meanAbandonedAfter: single.meanAbandonedAfter, utilization: single.utilization, occupancy: nil)
            #expect(multi == expected)
        }
    }

    /// 2000 slots, tiny load: Erlang B underflows to zero and nothing waits; no NaN.
    @Test func nearlyIdleLargeSystem() throws {
        let result = try ErlangModel(arrivalRate: 0.01, meanHandleTime: 100, agents: 2000, meanPatience: 60)
            .performance(threshold: 0)
        #expect(result.probWait == 0)
        #expect(result.abandonRate == 0)
        #expect(result.meanAbandonedAfter == nil)
        #expect(result.serviceLevel == 1)
        #expect(result.meanWait == 0 && result.meanAnsweredWait == 0)
    }
}
