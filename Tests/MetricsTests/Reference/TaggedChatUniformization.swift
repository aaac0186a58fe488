import Foundation

/// Brute-force M/M/n+M reference for small systems, sharing no formula with `Metrics`.
///
/// The stationary distribution comes from the balance equations of the number in system, summed
/// from `k = 0` (`π_k = π_{k−1}·λ / (μ·min(k, n) + θ·max(k − n, 0))`) and normalised. An arriving chat
/// (PASTA) is then followed as a continuous-time Markov chain over "chats ahead" `i` with two absorbing
/// states, Answered and Abandoned: `i → i−1` at `nμ + iθ` (`0 → Answered` at `nμ`), `i → Abandoned`
/// at `θ`. The chain is uniformised at rate `Λ`; absorption at jump `k` happens at mean time `k/Λ`,
/// and `P(answered by T) = Σ_k Poisson(k; ΛT)·P(answered within k jumps)`.
struct TaggedChatUniformization {
    /// `P(answered, W ≤ T)`.
    let serviceLevel: Double
    /// `P(abandon)`.
    let abandonRate: Double
    /// `E[W | abandoned]`.
    let meanAbandonedAfter: Double
    /// `E[W]` over all chats.
    let meanWait: Double
    /// `E[min(K, n)] / n`, the busy share of slots from the stationary distribution.
    let busyShare: Double

    init(arrivalRate: Double, meanHandleTime: Double, servers n: Int, meanPatience: Double, threshold: Double) {
        let mu = 1 / meanHandleTime
        let theta = 1 / meanPatience
        let serviceRate = Double(n) * mu

        var pi = [1.0]
        var total = 1.0
        while pi.count <= n || pi[pi.count - 1] > 1e-18 * total {
            let k = pi.count
            let death = mu * Double(min(k, n)) + theta * Double(max(k - n, 0))
            pi.append(pi[k - 1] * arrivalRate / death)
            total += pi[k]
        }
        pi = pi.map { $0 / total }
        busyShare = pi.indices.reduce(0) { $0 + pi[$1] * Double(min($1, n)) } / Double(n)

        var ahead = Array(pi[n...])  // ahead[i]: mass still waiting with i chats ahead
        let rate = serviceRate + Double(ahead.count) * theta
        var answered = pi[..<n].reduce(0, +)
        var abandoned = 0.0
        var answeredWaitSum = 0.0
        var abandonedWaitSum = 0.0
        let meanJumps = rate * threshold
        var poissonTotal = exp(-meanJumps)
        var service = poissonTotal * answered
        var jump = 0
        while ahead.reduce(0, +) > 1e-16 || Double(jump) < meanJumps + 40 * (meanJumps + 1).squareRoot() {
            jump += 1
            let answeredNow = ahead[0] * serviceRate / rate
            let abandonedNow = ahead.reduce(0, +) * theta / rate
            var next = ahead
            for i in ahead.indices {
                let leaving = serviceRate + Double(i + 1) * theta
                next[i] = ahead[i] * (1 - leaving / rate)
                if i + 1 < ahead.count {
                    next[i] += ahead[i + 1] * (serviceRate + Double(i + 1) * theta) / rate
                }
            }
            ahead = next
            answered += answeredNow
            abandoned += abandonedNow
            answeredWaitSum += answeredNow * Double(jump) / rate
            abandonedWaitSum += abandonedNow * Double(jump) / rate
            let poisson = exp(-meanJumps + Double(jump) * log(meanJumps) - lgamma(Double(jump) + 1))
            poissonTotal += poisson
            service += poisson * answered
        }
        service += max(0, 1 - poissonTotal) * answered
        serviceLevel = service
        abandonRate = abandoned
        meanAbandonedAfter = abandonedWaitSum / abandoned
        meanWait = answeredWaitSum + abandonedWaitSum
    }
}
