import ContactCenter
import Foundation
import Metrics
import ScenarioFiles
import Testing

/// The simulator in simple-service mode against exact queueing theory: for each validation
/// scenario in `Scenarios/erlang/`, the confidence interval of every summary metric over the
/// scenario's replications must contain the exact Erlang C or Erlang A value.
///
/// The intervals are simultaneous: with K comparisons in the whole suite, each uses level
/// 1 − 0.05/K (Bonferroni), so a correct simulator passes every check with probability ≥ 95 %.
/// Seeds are fixed, so the outcome is the same on every run. The intervals are also required to
/// be narrow enough to catch a modelling error of a few per cent.
@Suite struct ErlangValidationTests {
    static let scenarios = [
        "erlang-c-3.yaml", "erlang-a-4.yaml", "erlang-c-30.yaml", "erlang-a-30.yaml",
        "erlang-c-300.yaml", "erlang-a-300.yaml", "erlang-c-capacity.yaml", "erlang-a-capacity.yaml",
    ]
    static let level = 1 - 0.05 / Double(scenarios.count * SummaryMetric.allCases.count)

    /// The exact value of each metric that has one, for a simple-mode scenario with exponential
    /// handle time and patience, one button and one agent group.
    static func exactValues(of scenario: Scenario, servers agents: Int? = nil) throws -> [SummaryMetric: Double] {
        guard case .simple(.exponential(let handle)) = scenario.service,
              let button = scenario.buttons.first, button.arrivals.pieces.count == 1,
              let group = scenario.agentGroups.first else {
            throw ValidationScenarioError()
        }
        var patience: Double?
        if case .exponential(let mean)? = scenario.visitors.patience { patience = mean }
        let rate = button.arrivals.pieces[0].ratePerSecond
        let exact = try ErlangModel(
            arrivalRate: rate, meanHandleTime: handle, agents: agents ?? group.count, capacity: group.capacity,
            meanPatience: patience
        ).performance(threshold: scenario.serviceLevelThreshold)
        let offered = rate * (scenario.horizon - scenario.warmup)
        var values: [SummaryMetric: Double] = [
            .offered: offered,
            .accepted: offered * (1 - exact.abandonRate),
            .abandoned: offered * exact.abandonRate,
            .meanWait: exact.meanWait,
            .probWait: exact.probWait,
            .serviceLevel: exact.serviceLevel,
            .abandonRate: exact.abandonRate,
            .utilization: exact.utilization,
        ]
        values[.meanAbandonedAfter] = exact.meanAbandonedAfter
        values[.occupancy] = exact.occupancy
        return values
    }

    static func simulate(_ file: String) async throws -> (Scenario, ReplicationAggregate) {
        let scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("erlang/\(file)"))
        let aggregate = await Simulation(scenario: scenario).run(
            replications: scenario.replications, jobs: ProcessInfo.processInfo.activeProcessorCount)
        return (scenario, aggregate)
    }

    /// The metrics whose interval misses the exact value.
    static func misses(_ aggregate: ReplicationAggregate, _ exact: [SummaryMetric: Double]) -> [String] {
        exact.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { metric, value in
            let statistic = aggregate.statistic(metric, in: .total)
            guard let interval = statistic.confidenceInterval(level: level) else { return "\(metric): no interval" }
            return interval.contains(value) ? nil : "\(metric): exact \(value) outside \(interval)"
        }
    }

    @Test(arguments: scenarios)
    func confidenceIntervalsContainTheExactValues(file: String) async throws {
        let (scenario, aggregate) = try await Self.simulate(file)
        let exact = try Self.exactValues(of: scenario)
        #expect(Self.misses(aggregate, exact).isEmpty, "\(file): \(Self.misses(aggregate, exact))")
        // Power: the intervals are narrow enough to expose an error of a few per cent.
        for metric in [SummaryMetric.meanWait, .probWait, .serviceLevel, .abandonRate, .meanAbandonedAfter, .utilization] {
            guard let value = exact[metric], value > 0,
                  let interval = aggregate.statistic(metric, in: .total).confidenceInterval(level: Self.level) else { continue }
            let halfWidth = (interval.upperBound - interval.lowerBound) / 2
            let isProbability = metric != .meanWait && metric != .meanAbandonedAfter
            #expect(isProbability ? halfWidth < 0.03 : halfWidth < 0.12 * value,
                    "\(file): \(metric) interval \(interval) too wide to be a meaningful check")
        }
    }

    /// Negative control: the same comparison rejects the exact values of a center with one agent
    /// more, so the checks above have teeth.
    @Test func comparisonDetectsAWrongStaffingLevel() async throws {
        let (scenario, aggregate) = try await Self.simulate("erlang-c-30.yaml")
        let wrong = try Self.exactValues(of: scenario, servers: 31)
        #expect(Self.misses(aggregate, wrong).count >= 3)
    }
}

struct ValidationScenarioError: Error {}

/// Wait percentiles against Erlang C, where the wait has a closed-form law:
/// P(W ≤ t) = 1 − C·e^{−(nμ−λ)t} for t ≥ 0 (an atom 1 − C at zero).
///
/// The steady-state quantile is that of the waits of all replications pooled (the mean of each
/// day's percentile is another quantity: busy days weigh on it differently). The check is made on
/// the probability scale: the exact law must put the pooled quantile at the right level, within
/// 0.01 (about three standard errors given the correlation between waits of one day) plus the
/// histogram's 1 % resolution.
@Suite struct ErlangWaitPercentileTests {
    @Test(arguments: ["erlang-c-3.yaml", "erlang-c-30.yaml", "erlang-c-capacity.yaml"])
    func pooledWaitPercentilesMatchErlangC(file: String) async throws {
        let (scenario, aggregate) = try await ErlangValidationTests.simulate(file)
        guard case .simple(.exponential(let handle)) = scenario.service else { return }
        let group = scenario.agentGroups[0]
        let rate = scenario.buttons[0].arrivals.pieces[0].ratePerSecond
        let probWait = try ErlangModel(arrivalRate: rate, meanHandleTime: handle, agents: group.count,
                                       capacity: group.capacity).performance(threshold: 0).probWait
        let drain = Double(group.count * group.capacity) / handle - rate
        func waitsAtMost(_ time: Double) -> Double { time < 0 ? 0 : 1 - probWait * exp(-drain * time) }
        let pooled = aggregate.pooledWaits()
        for metric in [DistributionMetric.waitP50, .waitP90, .waitP95, .waitP99] {
            let level = metric.percent / 100
            let quantile = try #require(pooled.percentile(metric.percent))
            let below = quantile == 0 ? 0 : waitsAtMost(quantile * 0.99)   // P(W < q), up to the resolution
            let atOrBelow = waitsAtMost(quantile * 1.01)
            #expect(below <= level + 0.01 && atOrBelow >= level - 0.01,
                    "\(file) \(metric): pooled quantile \(quantile) s lies at level \(below)…\(atOrBelow) of the exact law")
        }
    }
}
