import CGSL
import Foundation

/// The wait, given it ends in service, of a chat that joins an M/M/n+M queue behind `m` others:
/// the sum `S` of independent `Exp(nμ + jθ)`, `j = 1 … m+1`.
///
/// While `i` chats are ahead, the next event is a service completion or an abandonment ahead (rate
/// `nμ + iθ`, the chat advances) or the chat's own abandonment (rate `θ`), so each phase lasts
/// `Exp(nμ + (i+1)θ)` whatever its exit, and the phases of an answered chat are `i = m … 0`.
///
/// `S` has the law of `−ln(U)/θ` with `U ~ Beta(nμ/θ + 1, m + 1)`. Proof by Laplace transforms: with
/// `α = nμ/θ + 1`, `β = m + 1`,
/// `E[e^{−s(−ln U/θ)}] = E[U^{s/θ}] = B(α + s/θ, β) / B(α, β) = Π_{i=0}^{β−1} (α + i)/(α + s/θ + i)`
/// `= Π_{j=1}^{m+1} (nμ + jθ)/(nμ + jθ + s)`, the transform of `Σ_j Exp(nμ + jθ)`.
struct HypoexponentialWait {
    /// `nμ`, the total service rate of the busy slots (per second).
    let serviceRate: Double
    /// `θ`, the abandonment rate of one waiting chat (per second).
    let patienceRate: Double

    /// `P(S ≤ threshold)` for a chat with `phases = m + 1` phases:
    /// `P(−ln U ≤ θT) = P(U ≥ e^{−θT}) = Q_Beta(e^{−θT}; nμ/θ + 1, m + 1)`.
    func probabilityWithin(_ threshold: Double, phases: Int) -> Double {
        gsl_cdf_beta_Q(exp(-patienceRate * threshold), serviceRate / patienceRate + 1, Double(phases))
    }
}
