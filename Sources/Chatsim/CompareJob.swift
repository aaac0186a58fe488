import ContactCenter
import Foundation
import Reporting

/// What `chatsim compare` does: run two or more variants of a scenario with common random numbers
/// and write each metric side by side with the paired differences from the baseline.
///
/// The variants are either several scenario files, the first one the baseline, or one file and a
/// ``ScenarioVariation`` (`--vary agents[0].capacity=2,3,4`), the first value the baseline.
public struct CompareJob: Sendable {
    /// Scenario files; the first is the baseline. Exactly one with ``variation``.
    public var scenarioFiles: [URL]
    /// A `--vary` option (`PATH=VALUE,VALUE,…`) making variants of the single scenario file.
    public var variation: String?
    /// Report folder; `Reports/compare-<baseline scenario name>` under the current directory when `nil`.
    public var outputDirectory: URL?
    /// Replications of every variant; the baseline's when `nil`.
    public var replications: Int?
    /// Seed of every variant; the baseline's when `nil`.
    public var seed: UInt64?
    /// Replications simulated at once.
    public var jobs: Int

    /// Describes a comparison.
    public init(scenarioFiles: [URL], variation: String? = nil, outputDirectory: URL? = nil,
                replications: Int? = nil, seed: UInt64? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenarioFiles = scenarioFiles
        self.variation = variation
        self.outputDirectory = outputDirectory
        self.replications = replications
        self.seed = seed
        self.jobs = jobs
    }

    /// The outcome of a comparison: its report, where it was written, and notes on settings the
    /// comparison changed to make the variants comparable.
    public struct Outcome: Sendable {
        /// The report that was written.
        public let report: ComparisonReport
        /// The folder holding the report files.
        public let directory: URL
        /// Seeds and replication counts of variants replaced by the baseline's, one note per change.
        public let notes: [String]
    }

    /// Loads and checks the variants, simulates them and writes the report atomically. Throws
    /// before writing anything when a file, an option or the variants' compatibility is wrong.
    public func run(progress: (Int) -> Void = { _ in }) async throws -> Outcome {
        guard jobs >= 1 else { throw CompareJobError("--jobs: expected a whole number ≥ 1, found \(jobs)") }
        let (variants, notes) = try self.variants()
        let simulation = ComparisonSimulation(scenarios: variants.map(\.scenario))
        let aggregate = await simulation.run(
            replications: variants[0].scenario.replications, jobs: jobs, progress: progress)
        let report = ComparisonReport(variants: variants, aggregate: aggregate, version: ChatsimVersion.current)
        let directory = outputDirectory ?? Self.defaultDirectory(for: variants[0].scenario)
        try ReportDirectory.write(report.files, to: directory)
        return Outcome(report: report, directory: directory, notes: notes)
    }

    /// `Reports/compare-<baseline scenario name>` under the current directory, the name made safe as
    /// in ``RunJob/defaultDirectory(for:)``.
    public static func defaultDirectory(for baseline: Scenario) -> URL {
        let run = RunJob.defaultDirectory(for: baseline)
        return run.deletingLastPathComponent().appendingPathComponent("compare-" + run.lastPathComponent)
    }
}
