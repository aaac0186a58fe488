import Metrics
import SimulationKernel

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

    /// Simulates replication `index` (0-based) on the calling thread. With a `records` sink (and
    /// ``Scenario/records`` other than `none`), the transcripts of the chats the scenario selects are
    /// written to it as the chats finish, the agent sessions as the agents log out (or the day ends),
    /// then the day's visitors; the sink is closed when the day is over.
    public func runReplication(_ index: Int, records: RecordSink? = nil) -> ReplicationMetrics {
        var replication = Replication(setup: setup, replication: index, records: records)
        let metrics = replication.run()
        records?.close()
        return metrics
    }

    /// Simulates replications `0 ..< count` with up to `jobs` running at once and returns their
    /// combined metrics. Replications are combined in index order, so the result is identical for
    /// any number of jobs. After each replication is combined, `shouldContinue` is given the
    /// aggregate so far; when it returns `false` the run stops there (a sequential stopping rule
    /// sees the same aggregates, and so stops at the same replication, whatever `jobs`).
    /// `records`, when given, makes each replication's sink (on the task that runs it).
    public func run(
        replications count: Int, jobs: Int, records: (@Sendable (Int) -> RecordSink)? = nil,
        shouldContinue: (ReplicationAggregate) -> Bool = { _ in true }
    ) async -> ReplicationAggregate {
        precondition(count >= 1, "need at least one replication")
        var aggregate = emptyAggregate()
        await ParallelReplications.run(count: count, jobs: jobs) { index in
            runReplication(index, records: records?(index))
        } combine: { _, metrics in
            aggregate.add(metrics)
            return shouldContinue(aggregate)
        }
        return aggregate
    }
}
