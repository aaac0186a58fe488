/// Erlang B blocking probability `B(n, a)` by the stable recursion `B(0) = 1`,
/// `B(k) = a·B(k−1) / (k + a·B(k−1))`; every step stays in `[0, 1]`, so it neither overflows
/// nor loses precision for thousands of servers.
///
/// `B(n, a)` is also `π_n / Σ_{k≤n} π_k` for the Poisson weights `π_k = a^k / k!`.
func erlangB(offeredLoad a: Double, servers n: Int) -> Double {
    var blocking = 1.0
    for k in stride(from: 1, through: n, by: 1) {
        let carried = a * blocking
        blocking = carried / (Double(k) + carried)
    }
    return blocking
}
