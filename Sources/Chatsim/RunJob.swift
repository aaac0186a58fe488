import ContactCenter
import Foundation
import Metrics
import Reporting
import ScenarioFiles

/// What `chatsim run` does: load a scenario, simulate its replications and write the report.
public struct RunJob: Sendable {
    /// Scenario file to run.
    public var scenarioFile: URL
    /// Report folder; `Reports/<scenario name>` under the current directory when `nil`.
    public var outputDirectory: URL?
    /// Replaces the scenario's number of replications; with ``precision``, the most to run.
    public var replications: Int?
    /// Sequential stopping: run until the service level's 95 % interval has a half-width below this
    /// (at least ``SequentialStopping/minimumReplications``, at most ``replications`` or
    /// ``defaultMaximumReplications``); `nil` runs a fixed number of replications.
    public var precision: Double?
    /// Replaces the scenario's seed.
    public var seed: UInt64?
    /// Replications simulated at once.
    public var jobs: Int

    /// Describes a run.
    public init(scenarioFile: URL, outputDirectory: URL? = nil, replications: Int? = nil,
                seed: UInt64? = nil, precision: Double? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenarioFile = scenarioFile
        self.outputDirectory = outputDirectory
        self.replications = replications
        self.precision = precision
        self.seed = seed
        self.jobs = jobs
    }

    /// The most replications a run with ``precision`` makes when ``replications`` is not given.
    public static let defaultMaximumReplications = 1000

    /// The outcome of a run: its report and where it was written.
    public struct Outcome: Sendable {
        /// The report that was written.
        public let report: RunReport
        /// The folder holding the report files.
        public let directory: URL
    }

    /// Loads the scenario (with the overrides), checks it, simulates it and writes the report
    /// atomically: the metric files and, unless the scenario's ``Scenario/records`` is `.none`,
    /// the chat record files. Throws before writing anything when the scenario or the overrides
    /// are invalid; when a record file cannot be written (a full disk, say), throws the first such
    /// error once the replications are over, and nothing is written. `progress` is called after
    /// each replication is combined.
    public func run(progress: (RunProgress) -> Void = { _ in }) async throws -> Outcome {
        var scenario = try ScenarioLoader.load(contentsOf: scenarioFile)
        if let seed { scenario.seed = seed }
        var problems = scenario.problems().map { "--\($0.path): \($0.message)" }
        if let precision, !(precision > 0 && precision < 1) {
            problems.append("--precision: expected a confidence-interval half-width between 0 and 1 "
                            + "(0.01 for ± 1 point of service level), found \(precision)")
        }
        if let replications, replications < 1 {
            problems.append("--replications: expected a whole number ≥ 1, found \(replications)")
        } else if let replications, precision != nil, replications < SequentialStopping.minimumReplications {
            problems.append("--replications: with --precision, expected at least \(SequentialStopping.minimumReplications) "
                            + "(the replications run before the interval is first checked), found \(replications)")
        }
        if jobs < 1 { problems.append("--jobs: expected a whole number ≥ 1, found \(jobs)") }
        guard problems.isEmpty else { throw RunJobError.invalidOverrides(problems) }
        let stopping = precision.map {
            SequentialStopping(targetHalfWidth: $0, maximumReplications: replications ?? Self.defaultMaximumReplications)
        }
        let planned = stopping?.maximumReplications ?? replications ?? scenario.replications
        scenario.replications = planned
        let simulation = Simulation(scenario: scenario)
        let directory = outputDirectory ?? Self.defaultDirectory(for: scenario)
        let staging = try ReportDirectory.Staging(for: directory)
        do {
            let report = try await simulate(simulation, planned: planned, stopping: stopping, into: staging,
                                            progress: progress)
            try staging.commit()
            return Outcome(report: report, directory: directory)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Runs the replications and writes the report's files into `staging`: the record writers
    /// (``RecordFiles``) stream the chat records into it while the replications run, and the
    /// metric files (``RunReport``) are added once the run is over.
    private func simulate(
        _ simulation: Simulation, planned: Int, stopping: SequentialStopping?, into staging: ReportDirectory.Staging,
        progress: (RunProgress) -> Void
    ) async throws -> RunReport {
        let records = simulation.setup.scenario.records == .none
            ? nil : try RecordFiles(in: staging.folder, catalog: RecordCatalog(setup: simulation.setup))
        let aggregate = await simulation.run(replications: planned, jobs: jobs, records: records?.sinks) { aggregate in
            progress(RunProgress(aggregate: aggregate, planned: planned, mayStopEarly: stopping != nil))
            return stopping?.shouldContinue(after: aggregate) ?? true
        }
        try records?.finish(replications: aggregate.replications)
        let report = RunReport(setup: simulation.setup, aggregate: aggregate, version: ChatsimVersion.current,
                               stopping: stopping)
        try staging.write(report.files)
        return report
    }

    /// `Reports/<scenario name>` under the current directory, with characters that are unsafe in
    /// file names replaced by `-`.
    public static func defaultDirectory(for scenario: Scenario) -> URL {
        let safe = String(scenario.name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        return URL(fileURLWithPath: "Reports", isDirectory: true)
            .appendingPathComponent(safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "scenario" : safe)
    }
}

/// Problems with a run's command-line overrides.
public enum RunJobError: Error, CustomStringConvertible {
    /// The overrides make the scenario invalid.
    case invalidOverrides([String])

    public var description: String {
        switch self {
        case .invalidOverrides(let problems): problems.joined(separator: "\n")
        }
    }
}
