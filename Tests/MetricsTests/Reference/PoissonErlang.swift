import CGSL

/// Erlang B and C from Poisson probabilities (GSL's Poisson pmf and cdf), independently of the
/// recursion used by `Metrics`: with `K ~ Poisson(a)`, `B = P(K = n) / P(K ≤ n)` and
/// `C = P(K = n)·n/(n − a) / (P(K < n) + P(K = n)·n/(n − a))`.
enum PoissonErlang {
    /// Erlang B blocking probability.
    static func blocking(load: Double, servers: Int) -> Double {
        gsl_ran_poisson_pdf(UInt32(servers), load) / gsl_cdf_poisson_P(UInt32(servers), load)
    }

    /// Erlang C probability of waiting (requires `load < servers`).
    static func delay(load: Double, servers: Int) -> Double {
        let atServers = gsl_ran_poisson_pdf(UInt32(servers), load) * Double(servers) / (Double(servers) - load)
        let belowServers = gsl_cdf_poisson_P(UInt32(servers - 1), load)
        return atServers / (belowServers + atServers)
    }
}
