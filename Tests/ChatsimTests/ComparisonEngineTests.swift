import Chatsim
import ContactCenter
import Foundation
import Metrics
import Reporting
import ScenarioFiles
import Testing

/// The comparison engine: paired differences under common random numbers.
@Suite struct ComparisonEngineTests {
    /// The M/M/12 day with exponential patience of mean 1 minute (so that every metric is defined),
    /// with `agents` agents.
    static func impatientMMC(agents: Int, replications: Int) throws -> Scenario {
        let text = try String(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "patience: none", with: "patience: exponential(mean: 1m)")
        var scenario = try ScenarioLoader.parse(text, fileName: "impatient.yaml", format: .yaml)
        scenario.agentGroups[0].count = agents
        scenario.replications = replications
        return scenario
    }

    @Test func aScenarioComparedWithItselfDiffersByExactlyZero() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let file = RepositoryPaths.scenario("mmc-12.yaml")
        let outcome = try await CompareJob(scenarioFiles: [file, file], outputDirectory: folder, replications: 20, jobs: 2).run()
        let report = outcome.report
        #expect(report.variants.map(\.name) == ["mmc-12", "mmc-12 (2)"])
        #expect(outcome.notes.isEmpty)
        for metric in SummaryMetric.allCases {
            let baseline = report.aggregate.statistic(metric, variant: 0)
            #expect(report.aggregate.statistic(metric, variant: 1) == baseline, "\(metric)")
            let difference = report.aggregate.difference(metric, variant: 1)
            #expect(difference.count == baseline.count, "\(metric)")
            guard baseline.count > 0 else { continue }
            #expect(difference.mean == 0 && difference.standardDeviation == 0, "\(metric)")
            #expect(difference.ci95 == 0...0, "\(metric)")
            #expect(!report.aggregate.isSignificant(metric, variant: 1), "\(metric)")
        }
        let csv = String(decoding: try Data(contentsOf: folder.appendingPathComponent("comparison.csv")), as: UTF8.self)
        #expect(csv.contains("\nserviceLevel,mmc-12 (2),") && csv.contains(",0,0,0,false\n"))
        #expect(!csv.contains(",true\n"))
    }

    /// One agent more: better service and lower utilization, with the same visitors (offered chats
    /// identical). The paired intervals are far narrower than the two variants' own intervals
    /// together, which is what common random numbers buy: with independent draws the difference's
    /// half-width would be about √(h₁² + h₂²) ≥ (h₁ + h₂)/√2 ≈ 0.71 (h₁ + h₂); here it is at most
    /// 0.31 (h₁ + h₂) for the service measures and 0.06 (h₁ + h₂) for utilization.
    @Test func oneMoreAgentImprovesServiceWithNarrowPairedIntervals() async throws {
        let scenarios = [try Self.impatientMMC(agents: 12, replications: 100), try Self.impatientMMC(agents: 13, replications: 100)]
        let aggregate = await ComparisonSimulation(scenarios: scenarios).run(replications: 100, jobs: 2)
        #expect(aggregate.replications == 100)
        let offered = aggregate.difference(.offered, variant: 1)
        #expect(offered.mean == 0 && offered.ci95 == 0...0, "the same visitors arrive")
        let expectedSigns: [SummaryMetric: Double] = [
            .serviceLevel: 1, .meanWait: -1, .probWait: -1, .abandonRate: -1, .abandoned: -1, .accepted: 1,
            .utilization: -1, .occupancy: -1,
        ]
        for (metric, sign) in expectedSigns {
            let interval = try #require(aggregate.difference(metric, variant: 1).ci95, "\(metric)")
            #expect(interval.lowerBound * sign > 0 && interval.upperBound * sign > 0, "\(metric): \(interval)")
            #expect(aggregate.isSignificant(metric, variant: 1), "\(metric)")
        }
        for metric in [SummaryMetric.serviceLevel, .meanWait, .abandonRate, .utilization] {
            let paired = try #require(aggregate.difference(metric, variant: 1).ci95)
            let unpaired = try [0, 1].map { try #require(aggregate.statistic(metric, variant: $0).ci95) }
                .reduce(0.0) { $0 + ($1.upperBound - $1.lowerBound) / 2 }
            let ratio = (paired.upperBound - paired.lowerBound) / 2 / unpaired
            #expect(ratio < 0.4, "\(metric): paired half-width is \(ratio) of the unpaired one")
        }
    }

    /// Each variant's figures are exactly those `chatsim run` reports for it on its own.
    @Test func variantSummariesEqualSeparateRuns() async throws {
        let scenarios = [try Self.impatientMMC(agents: 11, replications: 8), try Self.impatientMMC(agents: 12, replications: 8)]
        let comparison = await ComparisonSimulation(scenarios: scenarios).run(replications: 8, jobs: 3)
        for (index, scenario) in scenarios.enumerated() {
            let alone = await Simulation(scenario: scenario).run(replications: 8, jobs: 1)
            for metric in SummaryMetric.allCases {
                #expect(comparison.statistic(metric, variant: index) == alone.statistic(metric, in: .total), "\(metric)")
            }
        }
    }

    /// A replication where either variant leaves a metric undefined is left out of that difference.
    @Test func differencesSkipReplicationsWhereEitherValueIsUndefined() {
        func sample(abandoned: Int, waitSum: Double) -> ComparisonSample {
            var metrics = ReplicationMetrics(grid: IntervalGrid(length: 60, horizon: 60, warmup: 0), buttonSkills: [0])
            metrics.chats[0].offered = 10
            metrics.chats[0].abandoned = abandoned
            metrics.chats[0].abandonedWaitSum = waitSum
            return ComparisonSample(metrics)
        }
        var aggregate = ComparisonAggregate(variantCount: 3)
        aggregate.add([sample(abandoned: 1, waitSum: 10), sample(abandoned: 1, waitSum: 14), sample(abandoned: 0, waitSum: 0)])
        aggregate.add([sample(abandoned: 0, waitSum: 0), sample(abandoned: 2, waitSum: 40), sample(abandoned: 1, waitSum: 5)])
        aggregate.add([sample(abandoned: 2, waitSum: 30), sample(abandoned: 1, waitSum: 25), sample(abandoned: 1, waitSum: 1)])
        #expect(aggregate.statistic(.meanAbandonedAfter, variant: 0).count == 2)
        #expect(aggregate.statistic(.meanAbandonedAfter, variant: 1).count == 3)
        let first = aggregate.difference(.meanAbandonedAfter, variant: 1)
        #expect(first.count == 2 && first.mean == 7, "differences 14 − 10 and 25 − 15")
        let second = aggregate.difference(.meanAbandonedAfter, variant: 2)
        #expect(second.count == 1 && second.mean == -14 && second.ci95 == nil, "only 1 − 15 is paired")
        #expect(aggregate.difference(.abandoned, variant: 2).count == 3)
    }
}
