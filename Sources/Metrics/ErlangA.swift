extension ErlangModel {
    /// Largest number of queue-length terms summed before giving up.
    static let maximumQueueTerms = 10_000_000

    /// M/M/n+M performance from the stationary birth–death chain of the number in system.
    ///
    /// The chain has birth rate `λ` and death rate `μ·min(k, n) + θ·max(k − n, 0)`. By PASTA an arrival
    /// finds `k` with probability `π_k`; with `k < n` it is answered at once. With `k = n + m` it waits
    /// behind `m` chats; phase `i = m … 0` (chats ahead) lasts `Exp(r_i)`, `r_i = nμ + (i+1)θ`, and ends
    /// by the chat's own abandonment with probability `θ / r_i`, whatever happened before, so
    /// - `P(answered | m) = Π_i (nμ + iθ)/r_i = nμ / r_m` (the product telescopes),
    /// - the chat reaches phase `i` with probability `r_i / r_m`, so it abandons in each phase with the
    ///   same probability `θ / r_m`, after the mean time `Σ_{i' ≥ i} 1/r_{i'}` (the sojourns do not depend
    ///   on the exit taken);
    /// - hence `E[W·1{answered} | m] = (nμ/r_m)·Σ_{j=1}^{m+1} 1/(nμ + jθ)`,
    ///   `E[W·1{abandoned} | m] = (θ/r_m)·Σ_{j=1}^{m+1} j/(nμ + jθ)`, both sums of positive terms
    ///   (their total is `(m+1)/r_m = P(abandon | m)/θ`, which is Little's law with the abandonment flow);
    /// - `P(answered, W ≤ T | m) = (nμ/r_m)·P(S_{m+1} ≤ T)` (see ``HypoexponentialWait``).
    ///
    /// `π_k` is scaled so that `Σ_{k<n} π_k = 1 − B` and `π_n = B` (Erlang B normalisation of the first
    /// `n + 1` states), then `π_{n+m+1} = π_{n+m}·λ/r_m`. Weights are rescaled by powers of two when
    /// large, and the sum stops once the remaining tail (bounded by a geometric series, since the ratios
    /// `λ/r_m` decrease) is below `1e-17` of the abandonment sum, which keeps `P(abandon)`, `E[W]` and
    /// `E[W | abandoned]` to relative precision and the other figures to absolute precision.
    func erlangAPerformance(threshold: Double, patienceRate theta: Double) throws(ErlangModelError) -> QueueingPerformance {
        let n = servers
        let load = offeredLoad
        let serviceRate = Double(n) / meanHandleTime
        let answeredWait = HypoexponentialWait(serviceRate: serviceRate, patienceRate: theta)
        let blocking = erlangB(offeredLoad: load, servers: n)

        var sums = QueueSums(belowServers: 1 - blocking)
        var weight = blocking  // π_{n+m}, in the scale of `sums`
        var inverseRates = 0.0  // Σ_{j=1}^{m+1} 1/(nμ + jθ)
        var phaseWeightedInverseRates = 0.0  // Σ_{j=1}^{m+1} j/(nμ + jθ)
        var ahead = 0
        while true {
            let phases = Double(ahead + 1)
            let exitRate = serviceRate + phases * theta  // r_m
            inverseRates += 1 / exitRate
            phaseWeightedInverseRates += phases / exitRate
            let answered = weight * serviceRate / exitRate
            let abandoned = weight * theta / exitRate
            sums.queued += weight
            sums.abandoned += abandoned * phases
            sums.answeredWithin += answered * answeredWait.probabilityWithin(threshold, phases: ahead + 1)
            sums.answeredWait += answered * inverseRates
            sums.abandonedWait += abandoned * phaseWeightedInverseRates

            let ratio = arrivalRate / exitRate  // π_{n+m+1} / π_{n+m}
            weight *= ratio
            if weight == 0 || (ratio < 1 && weight / (1 - ratio) <= 1e-17 * sums.abandoned) { break }
            if weight > QueueSums.rescaleAbove {
                weight *= QueueSums.rescaleFactor
                sums.rescale()
            }
            ahead += 1
            guard ahead < Self.maximumQueueTerms else { throw .truncationLimitExceeded(terms: ahead) }
        }

        let total = sums.belowServers + sums.queued
        let abandonRate = sums.abandoned / total
        let utilization = load * (1 - abandonRate) / Double(n)
        return QueueingPerformance(
            offeredLoad: load,
            servers: n,
            threshold: threshold,
            probWait: sums.queued / total,
            meanWait: (sums.answeredWait + sums.abandonedWait) / total,
            meanAnsweredWait: sums.answeredWait / (total - sums.abandoned),
            serviceLevel: (sums.belowServers + sums.answeredWithin) / total,
            abandonRate: abandonRate,
            meanAbandonedAfter: sums.abandoned > 0 ? sums.abandonedWait / sums.abandoned : nil,
            utilization: utilization,
            occupancy: capacity == 1 ? utilization : nil
        )
    }
}

/// Unnormalised sums over the Erlang A states, all in one (rescalable) unit.
private struct QueueSums {
    /// Weights above this are scaled down, with every sum, by ``rescaleFactor``.
    static let rescaleAbove = 0x1p500
    /// A power of two, so rescaling is exact.
    static let rescaleFactor = 0x1p-500

    /// `Σ_{k<n} π_k`: arrivals answered at once.
    var belowServers: Double
    /// `Σ_{k≥n} π_k`: arrivals that wait.
    var queued = 0.0
    /// `Σ π_{n+m} P(abandon | m)`.
    var abandoned = 0.0
    /// `Σ π_{n+m} P(answered, W ≤ T | m)`.
    var answeredWithin = 0.0
    /// `Σ π_{n+m} E[W·1{answered} | m]`.
    var answeredWait = 0.0
    /// `Σ π_{n+m} E[W·1{abandoned} | m]`.
    var abandonedWait = 0.0

    /// Multiplies every sum by ``rescaleFactor``.
    mutating func rescale() {
        belowServers *= Self.rescaleFactor
        queued *= Self.rescaleFactor
        abandoned *= Self.rescaleFactor
        answeredWithin *= Self.rescaleFactor
        answeredWait *= Self.rescaleFactor
        abandonedWait *= Self.rescaleFactor
    }
}
