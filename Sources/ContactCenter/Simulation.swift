import Metrics

/// Runs a scenario's replications, in parallel, and combines their metrics.
public struct Simulation: Sendable {
    /// The compiled scenario.
    public let setup: CompiledScenario

    /// Prepares a scenario, which must have no ``Scenario/problems()``, for running.
    public init(scenario: Scenario) {
        setup = CompiledScenario(scenario)
    }

    /// The reporting intervals of every replication.
    public var grid: IntervalGrid {
        let scenario = setup.scenario
        return IntervalGrid(length: scenario.interval, horizon: scenario.horizon, warmup: scenario.warmup)
    }

    /// An aggregate ready to combine this simulation's replications.
    public func emptyAggregate() -> ReplicationAggregate {
        ReplicationAggregate(grid: grid, buttonSkills: setup.buttonSkills, groupCount: setup.groupNames.count,
                             agentCount: setup.agentGroups.count)
    }

    /// Simulates replication `index` (0-based) on the calling thread.
    public func runReplication(_ index: Int) -> ReplicationMetrics {
        var replication = Replication(setup: setup, replication: index)
        return replication.run()
    }

    /// Simulates replications `0 ..< count` with up to `jobs` running at once and returns their
    /// combined metrics. Replications are combined in index order, so the result is identical for
    /// any number of jobs. `progress` is called after each replication is combined with the number
    /// combined so far.
    public func run(
        replications count: Int, jobs: Int, progress: (Int) -> Void = { _ in }
    ) async -> ReplicationAggregate {
        precondition(count >= 1 && jobs >= 1, "need at least one replication and one job")
        var aggregate = emptyAggregate()
        await withTaskGroup(of: (Int, ReplicationMetrics).self) { group in
            var nextToStart = 0
            var nextToCombine = 0
            var finished: [Int: ReplicationMetrics] = [:]
            while nextToStart < min(jobs, count) {
                let index = nextToStart
                group.addTask { (index, runReplication(index)) }
                nextToStart += 1
            }
            for await (index, metrics) in group {
                finished[index] = metrics
                while let ready = finished.removeValue(forKey: nextToCombine) {
                    aggregate.add(ready)
                    nextToCombine += 1
                    progress(nextToCombine)
                }
                if nextToStart < count {
                    let index = nextToStart
                    group.addTask { (index, runReplication(index)) }
                    nextToStart += 1
                }
            }
        }
        return aggregate
    }
}
