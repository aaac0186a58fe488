import Chatsim
import Foundation
import Metrics
import Testing

/// `--precision`: replications run until the service level's interval is narrow enough.
@Suite struct SequentialStoppingTests {
    func run(replications: Int?, precision: Double?, jobs: Int) async throws -> (RunJob.Outcome, [String: Any]) {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let job = RunJob(scenarioFile: RepositoryPaths.scenario("mmc-12.yaml"), outputDirectory: folder,
                         replications: replications, precision: precision, jobs: jobs)
        let outcome = try await job.run()
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        return (outcome, try JSONSerialization.jsonObject(with: data) as! [String: Any])
    }

    func serviceLevelHalfWidth(_ aggregate: ReplicationAggregate) throws -> Double {
        let interval = try #require(aggregate.statistic(.serviceLevel, in: .total).ci95)
        return (interval.upperBound - interval.lowerBound) / 2
    }

    @Test func stopsAtTheFirstReplicationWhoseIntervalIsNarrowEnough() async throws {
        let (outcome, summary) = try await run(replications: nil, precision: 0.02, jobs: 4)
        let stopped = outcome.report.aggregate.replications
        #expect(stopped >= SequentialStopping.minimumReplications && stopped < RunJob.defaultMaximumReplications)
        #expect(try serviceLevelHalfWidth(outcome.report.aggregate) < 0.02)
        // The first stopped − 1 replications are the same whatever the stopping rule: their
        // interval was still too wide (or the minimum was not yet reached).
        let (shorter, _) = try await run(replications: stopped - 1, precision: nil, jobs: 4)
        let shorterWidth = try serviceLevelHalfWidth(shorter.report.aggregate)
        #expect(stopped - 1 < SequentialStopping.minimumReplications || shorterWidth >= 0.02)
        let stopping = try #require(summary["stopping"] as? [String: Any])
        #expect(stopping["metric"] as? String == "serviceLevel")
        #expect(stopping["targetHalfWidth"] as? Double == 0.02)
        #expect(stopping["reached"] as? Bool == true)
        #expect(stopping["maximumReplications"] as? Int == RunJob.defaultMaximumReplications)
        #expect(summary["replications"] as? Int == stopped)
        #expect(outcome.report.headline().contains("precision reached: serviceLevel 95 % CI ±"))
    }

    @Test func theStoppingPointDoesNotDependOnTheJobCount() async throws {
        let (serial, _) = try await run(replications: nil, precision: 0.03, jobs: 1)
        let (parallel, _) = try await run(replications: nil, precision: 0.03, jobs: 8)
        #expect(serial.report.aggregate.replications == parallel.report.aggregate.replications)
        #expect(serial.report.files.map(\.contents) == parallel.report.files.map(\.contents))
    }

    @Test func theMaximumEndsARunThatCannotReachThePrecision() async throws {
        let (outcome, summary) = try await run(replications: 12, precision: 0.0001, jobs: 4)
        #expect(outcome.report.aggregate.replications == 12)
        let stopping = try #require(summary["stopping"] as? [String: Any])
        #expect(stopping["reached"] as? Bool == false)
        #expect(stopping["maximumReplications"] as? Int == 12)
        let halfWidth = try #require(stopping["halfWidth"] as? Double)
        #expect(halfWidth > 0.0001)
        #expect(outcome.report.headline().contains("precision NOT reached"))
    }

    @Test func aFixedRunRecordsNoStoppingRule() async throws {
        let (_, summary) = try await run(replications: 3, precision: nil, jobs: 2)
        #expect(summary["stopping"] is NSNull)
    }

    @Test func aMaximumBelowTheMinimumIsRejected() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let job = RunJob(scenarioFile: RepositoryPaths.scenario("mmc-12.yaml"), outputDirectory: folder,
                         replications: 3, precision: 0.01)
        await #expect {
            _ = try await job.run()
        } throws: { error in
            "\(error)" == "--replications: with --precision, expected at least 10 (the replications run before "
                + "the interval is first checked), found 3"
        }
    }

    @Test(arguments: [0.0, -0.5, 1.0, Double.nan])
    func aPrecisionOutsideZeroToOneIsRejected(precision: Double) async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let job = RunJob(scenarioFile: RepositoryPaths.scenario("mmc-12.yaml"), outputDirectory: folder,
                         precision: precision)
        await #expect {
            _ = try await job.run()
        } throws: { error in
            "\(error)".hasPrefix("--precision: expected a confidence-interval half-width between 0 and 1")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
