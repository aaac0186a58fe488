import Foundation
import Testing

@testable import Metrics

/// Erlang C (M/M/n) against hand-computed values and an independent Poisson evaluation.
@Suite struct ErlangCTests {
    /// a = 2 erlangs, n = 3: Σ_{k<3} a^k/k! = 1 + 2 + 2 = 5; a³/3!·n/(n−a) = (4/3)·3 = 4; C = 4/(5 + 4) = 4/9.
    /// With μ = 1/s, λ = 2/s: E[W] = C/(nμ − λ) = 4/9 s; at T = ln 2, SL = 1 − (4/9)·(1/2) = 7/9.
    @Test func textbookThreeServers() throws {
        let result = try ErlangModel(arrivalRate: 2, meanHandleTime: 1, agents: 3).performance(threshold: log(2))
        expectClose(result.probWait, 4.0 / 9, relative: 1e-14)
        expectClose(result.meanWait, 4.0 / 9, relative: 1e-14)
        expectClose(result.meanAnsweredWait, 4.0 / 9, relative: 1e-14)
        expectClose(result.serviceLevel, 7.0 / 9, relative: 1e-14)
        expectClose(result.utilization, 2.0 / 3, relative: 1e-14)
        #expect(result.occupancy == result.utilization)
        #expect(result.abandonRate == 0)
        #expect(result.meanAbandonedAfter == nil)
        #expect(result.offeredLoad == 2 && result.servers == 3 && result.threshold == log(2))
    }

    /// M/M/1 with ρ = 0.75, 1/μ = 120 s (λ = 1/160 per s): C = ρ = 0.75 and
    /// E[W] = ρ/(μ − λ) = 0.75/(1/120 − 1/160) = 0.75·480 = 360 s; SL(0) = 1 − ρ = 0.25.
    @Test func singleServer() throws {
        let result = try ErlangModel(arrivalRate: 1.0 / 160, meanHandleTime: 120, agents: 1).performance(threshold: 0)
        expectClose(result.probWait, 0.75, relative: 1e-14)
        expectClose(result.meanWait, 360, relative: 1e-13)
        expectClose(result.serviceLevel, 0.25, relative: 1e-13)
    }

    /// a = 1, n = 2: Σ_{k<2} = 1 + 1 = 2; a²/2!·2/(2−1) = 1; C = 1/3.
    /// 1/μ = 60 s, λ = 1/60 per s: nμ − λ = 1/60, E[W] = 20 s; SL(60 s) = 1 − e^{−1}/3.
    @Test func twoServers() throws {
        let result = try ErlangModel(arrivalRate: 1.0 / 60, meanHandleTime: 60, agents: 2).performance(threshold: 60)
        expectClose(result.probWait, 1.0 / 3, relative: 1e-14)
        expectClose(result.meanWait, 20, relative: 1e-13)
        expectClose(result.serviceLevel, 1 - exp(-1) / 3, relative: 1e-14)
    }

    /// a = 3, n = 4: Σ_{k<4} = 1 + 3 + 4.5 + 4.5 = 13; a⁴/4!·4/(4−3) = 3.375·4 = 13.5; C = 13.5/26.5 = 27/53.
    /// 1/μ = 60 s, λ = 0.05 per s: nμ − λ = 1/60, E[W] = 60·27/53 s.
    @Test func fourServers() throws {
        let result = try ErlangModel(arrivalRate: 0.05, meanHandleTime: 60, agents: 4).performance(threshold: 20)
        expectClose(result.probWait, 27.0 / 53, relative: 1e-14)
        expectClose(result.meanWait, 60 * 27.0 / 53, relative: 1e-13)
        expectClose(result.serviceLevel, 1 - 27.0 / 53 * exp(-20.0 / 60), relative: 1e-14)
    }

    /// Erlang B recursion against `P(K = n)/P(K ≤ n)` for `K ~ Poisson(a)`; for n = 1, B = a/(1 + a).
    @Test(arguments: [1, 2, 7, 40, 300, 2000], [0.3, 0.9, 1.0, 1.5])
    func erlangBMatchesPoisson(servers: Int, loadPerServer: Double) {
        let load = loadPerServer * Double(servers)
        expectClose(erlangB(offeredLoad: load, servers: servers), PoissonErlang.blocking(load: load, servers: servers),
                    relative: 1e-11, absolute: 1e-300)
        if servers == 1 { expectClose(erlangB(offeredLoad: load, servers: 1), load / (1 + load), relative: 1e-15) }
    }

    /// P(wait > 0) across sizes and loads up to ρ = 0.999 against the Poisson form, with the
    /// exponential wait law built on it.
    @Test(arguments: [1, 5, 30, 300, 2000], [0.1, 0.5, 0.9, 0.98, 0.999])
    func delayMatchesPoisson(servers: Int, rho: Double) throws {
        let meanHandleTime = 240.0
        let arrivalRate = rho * Double(servers) / meanHandleTime
        let result = try ErlangModel(arrivalRate: arrivalRate, meanHandleTime: meanHandleTime, agents: servers)
            .performance(threshold: 30)
        let delay = PoissonErlang.delay(load: arrivalRate * meanHandleTime, servers: servers)
        let drain = Double(servers) / meanHandleTime - arrivalRate
        expectClose(result.probWait, delay, relative: 1e-10, absolute: 1e-300)
        expectClose(result.meanWait, delay / drain, relative: 1e-10, absolute: 1e-300)
        expectClose(result.serviceLevel, 1 - delay * exp(-drain * 30), relative: 1e-12)
        expectClose(result.utilization, rho, relative: 1e-14)
        #expect(result.probWait.isFinite && result.meanWait.isFinite)
    }

    /// a ≥ n has no steady state without abandonment.
    @Test func unstableLoadThrows() throws {
        let saturated = try ErlangModel(arrivalRate: 0.1, meanHandleTime: 30, agents: 3)
        #expect(throws: ErlangModelError.unstable(offeredLoad: 3, servers: 3)) {
            try saturated.performance(threshold: 20)
        }
        let overloaded = try ErlangModel(arrivalRate: 1, meanHandleTime: 10, agents: 2, capacity: 4)
        #expect(throws: ErlangModelError.unstable(offeredLoad: 10, servers: 8)) {
            try overloaded.performance(threshold: 20)
        }
    }
}
