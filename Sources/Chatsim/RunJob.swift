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
    /// Replaces the scenario's number of replications.
    public var replications: Int?
    /// Replaces the scenario's seed.
    public var seed: UInt64?
    /// Replications simulated at once.
    public var jobs: Int

    /// Describes a run.
    public init(scenarioFile: URL, outputDirectory: URL? = nil, replications: Int? = nil,
                seed: UInt64? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenarioFile = scenarioFile
        self.outputDirectory = outputDirectory
        self.replications = replications
        self.seed = seed
        self.jobs = jobs
    }

    /// The outcome of a run: its report and where it was written.
    public struct Outcome: Sendable {
        /// The report that was written.
        public let report: RunReport
        /// The folder holding the report files.
        public let directory: URL
    }

    /// Loads the scenario (with the overrides), checks it, simulates it and writes the report
    /// atomically. Throws before writing anything when the scenario or the overrides are invalid.
    public func run(progress: (Int) -> Void = { _ in }) async throws -> Outcome {
        var scenario = try ScenarioLoader.load(contentsOf: scenarioFile)
        if let replications { scenario.replications = replications }
        if let seed { scenario.seed = seed }
        let problems = scenario.problems()
        guard problems.isEmpty else {
            throw RunJobError.invalidOverrides(problems.map { "--\($0.path): \($0.message)" })
        }
        guard jobs >= 1 else { throw RunJobError.invalidOverrides(["--jobs: expected a whole number ≥ 1"]) }
        let simulation = Simulation(scenario: scenario)
        let aggregate = await simulation.run(replications: scenario.replications, jobs: jobs, progress: progress)
        let report = RunReport(setup: simulation.setup, aggregate: aggregate, version: ChatsimVersion.current)
        let directory = outputDirectory ?? Self.defaultDirectory(for: scenario)
        try ReportDirectory.write(report.files, to: directory)
        return Outcome(report: report, directory: directory)
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
