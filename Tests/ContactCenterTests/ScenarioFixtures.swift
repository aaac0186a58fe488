import ContactCenter
import Stochastics

/// Small programmatic scenarios for the simulation tests.
enum ScenarioFixtures {
    /// One button, one skill, `agents` identical agents of capacity `capacity`, Poisson arrivals at
    /// `ratePerHour`, exponential handle time and optional exponential patience.
    static func erlang(
        name: String = "erlang", agents: Int, capacity: Int = 1, ratePerHour: Double,
        meanHandle: Double = 120, meanPatience: Double? = nil, horizon: Double = 8 * 3600,
        warmup: Double = 3600, replications: Int = 10, seed: UInt64 = 1, threshold: Double = 20
    ) -> Scenario {
        Scenario(
            name: name, seed: seed, horizon: horizon, warmup: warmup, replications: replications,
            interval: 1800, serviceLevelThreshold: threshold,
            buttons: [.init(id: "support", skill: "support", arrivals: .init(constant: ratePerHour / 3600))],
            agentGroups: [.init(name: "tier1", count: agents, skills: ["support"], capacity: capacity)],
            visitors: .init(patience: meanPatience.map { .exponential(mean: $0) }),
            service: .simple(handleTime: .exponential(mean: meanHandle)))
    }
}
