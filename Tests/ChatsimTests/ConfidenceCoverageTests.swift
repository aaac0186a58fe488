import ContactCenter
import Foundation
import Metrics
import ScenarioFiles
import Testing

/// The confidence intervals mean what they say: over many independent runs of an M/M/12 center,
/// each of a few replications, the 95 % interval of a metric contains its exact Erlang C value in
/// about 95 % of the runs — not much less (intervals too narrow, or a biased simulation) and not
/// all of them (intervals too wide).
///
/// The number of runs covering the value is Binomial(runs, 0.95) when the intervals are right;
/// the test accepts the central 99.9 % of that law, so a correct simulator fails it with
/// probability 0.001, and the fixed seeds make the outcome the same on every run.
@Suite struct ConfidenceCoverageTests {
    static let runs = 400
    static let replicationsPerRun = 10

    /// The M/M/12 day (4.2 chats a minute, 2-minute handle time) shortened to 4 hours after a
    /// 30-minute warm-up, with the given seed.
    static func scenario(seed: UInt64) throws -> Scenario {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"))
        scenario.seed = seed
        scenario.horizon = 4.5 * 3600
        scenario.warmup = 1800
        scenario.interval = 4.5 * 3600
        scenario.replications = replicationsPerRun
        return scenario
    }

    /// How many runs' 95 % intervals contain each metric's value in `exact`.
    static func coverage(of exact: [SummaryMetric: Double]) async throws -> [SummaryMetric: Int] {
        var covered: [SummaryMetric: Int] = [:]
        for seed in 1...UInt64(runs) {
            let aggregate = await Simulation(scenario: try scenario(seed: seed)).run(
                replications: replicationsPerRun, jobs: ProcessInfo.processInfo.activeProcessorCount)
            for (metric, value) in exact {
                let interval = try #require(aggregate.statistic(metric, in: .total).ci95)
                if interval.contains(value) { covered[metric, default: 0] += 1 }
            }
        }
        return covered
    }

    /// The smallest and largest counts of the central `1 − tail` of Binomial(n, p).
    static func centralRange(n: Int, p: Double, tail: Double) -> ClosedRange<Int> {
        let probabilities = (0...n).map { k -> Double in
            let (count, successes, failures) = (Double(n), Double(k), Double(n - k))
            let logChoose: Double = lgamma(count + 1) - lgamma(successes + 1) - lgamma(failures + 1)
            return exp(logChoose + successes * log(p) + failures * log(1 - p))
        }
        var low = 0
        var below = 0.0
        while below + probabilities[low] <= tail / 2 { below += probabilities[low]; low += 1 }
        var high = n
        var above = 0.0
        while above + probabilities[high] <= tail / 2 { above += probabilities[high]; high -= 1 }
        return low...high
    }

    static func exactValues(agents: Int) throws -> [SummaryMetric: Double] {
        let exact = try ErlangModel(arrivalRate: 4.2 / 60, meanHandleTime: 120, agents: agents)
            .performance(threshold: 20)
        return [.serviceLevel: exact.serviceLevel, .meanWait: exact.meanWait, .probWait: exact.probWait,
                .utilization: exact.utilization]
    }

    @Test func ninetyFivePerCentIntervalsCoverTheExactValueInNinetyFivePerCentOfRuns() async throws {
        let accepted = Self.centralRange(n: Self.runs, p: 0.95, tail: 0.001)
        #expect(accepted.lowerBound > Int(0.9 * Double(Self.runs)) && accepted.upperBound < Self.runs,
                "the check tells 95 % from 90 % and from 100 %: \(accepted)")
        let covered = try await Self.coverage(of: Self.exactValues(agents: 12))
        for metric in [SummaryMetric.serviceLevel, .meanWait, .probWait, .utilization] {
            let count = covered[metric, default: 0]
            #expect(accepted.contains(count), "\(metric): \(count) of \(Self.runs) intervals cover the exact value")
        }
    }

    /// Negative control: the values of a center with 13 agents are covered far less often.
    @Test func intervalsRarelyCoverTheValuesOfAnotherStaffingLevel() async throws {
        let covered = try await Self.coverage(of: Self.exactValues(agents: 13))
        #expect(covered[.serviceLevel, default: 0] < Self.runs / 2, "\(covered)")
    }
}
