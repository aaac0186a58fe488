import ContactCenter
import Metrics
import Stochastics

/// Times whole simulation runs and, as the in-process baseline, the random draws alone.
enum SimulationBenchmark {
    struct Figures {
        let chats: Double
        let events: Int
        let seconds: Double
        var chatsPerSecond: Double { chats / seconds }
        var eventsPerSecond: Double { Double(events) / seconds }
    }

    /// Simulates every replication of the scenario with `jobs` at once.
    static func simulate(_ scenario: Scenario, jobs: Int) async -> Figures {
        let simulation = Simulation(scenario: scenario)
        let (aggregate, seconds) = await Stopwatch.time {
            await simulation.run(replications: scenario.replications, jobs: jobs)
        }
        let chats = (aggregate.statistic(.offered, in: .total).mean ?? 0) * Double(aggregate.replications)
        return Figures(chats: chats, events: aggregate.events, seconds: seconds)
    }

    /// Draws exactly the random numbers a simple-mode run draws (arrival times, patience and handle
    /// time of every chat, from the same GSL streams) without simulating anything: the floor that
    /// any simulator using these draws must pay.
    static func drawsOnly(_ scenario: Scenario) async -> Figures {
        guard case .simple(let handleTime) = scenario.service else { return Figures(chats: 0, events: 0, seconds: 1) }
        let handle = Sampler(handleTime)
        let patience = scenario.visitors.patience.map(Sampler.init)
        let (result, seconds) = await Stopwatch.time { () -> (Int, Double) in
            var chats = 0
            var checksum = 0.0
            for replication in 0..<scenario.replications {
                for button in scenario.buttons {
                    let profile = RateProfile(pieces: button.arrivals.pieces.map { ($0.start, $0.ratePerSecond) })
                    var arrivals = ArrivalProcess(profile: profile)
                    let arrivalStream = RandomStream(seed: scenario.seed, name: "arrivals/\(button.id)", replication: replication)
                    let patienceStream = RandomStream(seed: scenario.seed, name: "patience/\(button.id)", replication: replication)
                    let handleStream = RandomStream(seed: scenario.seed, name: "handle/\(button.id)", replication: replication)
                    var time = 0.0
                    while let next = arrivals.next(after: time, stream: arrivalStream), next < scenario.horizon {
                        time = next
                        chats += 1
                        checksum += handle.sample(handleStream) + (patience?.sample(patienceStream) ?? 0)
                    }
                }
            }
            return (chats, checksum)
        }
        precondition(result.1 > 0)
        return Figures(chats: Double(result.0), events: 0, seconds: seconds)
    }
}
