import CGSL
import Foundation

/// Closed forms of the M/M/n+M (Erlang A) queue with incomplete gamma functions, after
/// Mandelbaum & Zeltyn ("The M/M/n+G queue: summary of performance measures", 2005) and
/// Garnett, Mandelbaum & Reiman (2002), evaluated with GSL's regularised incomplete gamma `P(s, z)`.
///
/// `x = nμ/θ`, `y = λ/θ`, `ρ = λ/(nμ)`, `A(x, y) = (x e^y / y^x)·γ(x, y)` where
/// `γ(x, y) = Γ(x)·P(x, y)`, so `A = exp(y − x ln y + ln Γ(x+1))·P(x, y)`.
struct MandelbaumZeltyn {
    let x: Double
    let y: Double
    let rho: Double
    let patienceRate: Double
    let a: Double
    let erlangB: Double

    init(arrivalRate: Double, meanHandleTime: Double, servers: Int, meanPatience: Double) {
        let serviceRate = Double(servers) / meanHandleTime
        patienceRate = 1 / meanPatience
        x = serviceRate / patienceRate
        y = arrivalRate / patienceRate
        rho = arrivalRate / serviceRate
        a = exp(y - x * log(y) + gsl_sf_lngamma(x + 1)) * gsl_sf_gamma_inc_P(x, y)
        erlangB = PoissonErlang.blocking(load: arrivalRate * meanHandleTime, servers: servers)
    }

    /// `P(W > 0) = A·B / (1 + (A − 1)·B)`, written as `1 / (1 + (1 − B)/(A·B))` so that `A = ∞`
    /// (heavily overloaded, long patience) still gives a number.
    var probWait: Double { 1 / (1 + (1 - erlangB) / (a * erlangB)) }

    /// `P(Ab | W > 0) = 1/(ρA) + 1 − 1/ρ`.
    var abandonGivenWait: Double { 1 / (rho * a) + 1 - 1 / rho }

    /// `P(Ab)`.
    var abandonRate: Double { probWait * abandonGivenWait }

    /// `E[W] = P(Ab)/θ`.
    var meanWait: Double { abandonRate / patienceRate }

    /// `P(answered, W ≤ T)`.
    ///
    /// Derived (in the tests' own terms) from the offered-wait law of Mandelbaum & Zeltyn: given a
    /// delay, `U = e^{−θV}` of the offered wait `V` has density `x s^{x−1} e^{y(1−s)} / A` on `(0, 1)`
    /// (equivalently `P(V > t | V > 0) = γ(x, y e^{−θt}) / γ(x, y)`). A delayed chat is answered within
    /// `T` when its patience exceeds `V` and `V ≤ T`, so the delayed part is
    /// `E[U; U ≥ e^{−θT}] = x·[P(x+1, y) − P(x+1, y e^{−θT})] / (y·P(x, y))`.
    func serviceLevel(threshold: Double) -> Double {
        let delayedWithin = x / y
            * (gsl_sf_gamma_inc_P(x + 1, y) - gsl_sf_gamma_inc_P(x + 1, y * exp(-patienceRate * threshold)))
            / gsl_sf_gamma_inc_P(x, y)
        return 1 - probWait + probWait * delayedWithin
    }
}
