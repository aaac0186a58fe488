import Foundation

extension ErlangModel {
    /// M/M/n performance from the Erlang C formula.
    ///
    /// `C = B / (1 − ρ(1 − B))` with `B` = Erlang B and `ρ = a/n`; the wait of a delayed chat is
    /// exponential with rate `nμ − λ`, so `P(W ≤ t) = 1 − C·e^{−(nμ−λ)t}` and `E[W] = C/(nμ − λ)`.
    func erlangCPerformance(threshold: Double) throws(ErlangModelError) -> QueueingPerformance {
        let n = servers
        let load = offeredLoad
        guard load < Double(n) else { throw .unstable(offeredLoad: load, servers: n) }
        let blocking = erlangB(offeredLoad: load, servers: n)
        let utilization = load / Double(n)
        let delayed = blocking / (1 - utilization * (1 - blocking))
        let drainRate = Double(n) / meanHandleTime - arrivalRate
        let meanWait = delayed / drainRate
        return QueueingPerformance(
            offeredLoad: load,
            servers: n,
            threshold: threshold,
            probWait: delayed,
            meanWait: meanWait,
            meanAnsweredWait: meanWait,
            serviceLevel: 1 - delayed * exp(-drainRate * threshold),
            abandonRate: 0,
            meanAbandonedAfter: nil,
            utilization: utilization,
            occupancy: capacity == 1 ? utilization : nil
        )
    }
}
