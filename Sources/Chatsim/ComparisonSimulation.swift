import ContactCenter
import Reporting
import SimulationKernel

/// Runs several variants of a scenario with common random numbers and combines their summary
/// metrics and paired differences.
///
/// Replication r of every variant uses replication index r, and a stream's seed depends only on the
/// scenario seed, the stream's name and the replication, so variants with the same seed draw the
/// same arrivals, patience and handle times wherever they share buttons and agent groups.
public struct ComparisonSimulation: Sendable {
    /// One simulation per variant, the baseline first.
    public let simulations: [Simulation]

    /// Prepares the variants, which must have no ``Scenario/problems()`` and the same seed (at least
    /// two variants).
    public init(scenarios: [Scenario]) {
        precondition(scenarios.count >= 2, "a comparison needs at least two variants")
        precondition(Set(scenarios.map(\.seed)).count == 1, "variants share random numbers only with the same seed")
        simulations = scenarios.map(Simulation.init(scenario:))
    }

    /// Simulates replications `0 ..< count` of every variant with up to `jobs` replications running
    /// at once. Each replication is reduced to its whole-day values as soon as it ends, and the
    /// replications are combined in index order once every variant has finished them, so the result
    /// is identical for any number of jobs. `progress` is called after each replication is combined
    /// with the number combined so far.
    public func run(replications count: Int, jobs: Int, progress: (Int) -> Void = { _ in }) async -> ComparisonAggregate {
        precondition(count >= 1, "need at least one replication")
        let variants = simulations.count
        var aggregate = ComparisonAggregate(variantCount: variants)
        var samples: [ComparisonSample] = []
        await ParallelReplications.run(count: count * variants, jobs: jobs) { [simulations] task in
            ComparisonSample(simulations[task % variants].runReplication(task / variants))
        } combine: { task, sample in
            samples.append(sample)
            if samples.count == variants {
                aggregate.add(samples)
                samples.removeAll(keepingCapacity: true)
                progress(task / variants + 1)
            }
            return true
        }
        return aggregate
    }
}
