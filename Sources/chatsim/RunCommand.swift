import ArgumentParser
import Chatsim
import Foundation
import Reporting

/// `chatsim run`: simulate a scenario and write its report.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a scenario's replications and write its report.",
        discussion: """
            Writes summary.json, the CSV tables, report.html and, unless the scenario says \
            records: none, the chat records (transcripts.csv, transcript_events.csv, \
            record_keys.csv) into Reports/<scenario name>/ (or --out), atomically: the folder \
            is replaced only once every file is complete. Nothing is \
            written when the scenario has errors. With --precision, replications go on until the \
            service level's 95 % confidence interval is narrower than ± the given half-width \
            (at least 10, at most --replications or 1000). Progress is drawn on standard error \
            when it is a terminal.
            """)

    @Argument(help: "Scenario file (.yaml, .yml or .json).")
    var scenario: String

    @Option(name: .long, help: "Report folder (default: Reports/<scenario name>).")
    var out: String?

    @Option(name: .long, help: "Number of replications (default: the scenario's); with --precision, the most to run (default 1000).")
    var replications: Int?

    @Option(name: .long, help: "Stop once the service level's 95 % CI half-width is below this (0.01 = ± 1 point).")
    var precision: Double?

    @Option(name: .long, help: "Random seed (default: the scenario's).")
    var seed: UInt64?

    @Option(name: .long, help: "Replications simulated at once (default: all cores); results do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Also print summary.json to standard output.")
    var json = false

    func run() async throws {
        let job = RunJob(
            scenarioFile: URL(fileURLWithPath: scenario),
            outputDirectory: out.map { URL(fileURLWithPath: $0, isDirectory: true) },
            replications: replications, seed: seed, precision: precision, jobs: jobs)
        let progress = TerminalProgress()
        let outcome: RunJob.Outcome
        do {
            outcome = try await job.run { progress.show($0) }
            progress.finish()
        } catch {
            progress.finish()
            throw fail(error)
        }
        if json {
            print(outcome.report.summaryJSON().serialized(), terminator: "")
        } else {
            print(outcome.report.headline())
            if let records = recordsLine(in: outcome.directory) { print(records) }
            print("report written to \(outcome.directory.relativePath)/")
        }
    }

    /// `records: transcripts.csv 11.9 MB, …`: the record files written and their sizes; `nil` when
    /// the scenario writes none.
    func recordsLine(in directory: URL) -> String? {
        let sizes = RecordFiles.fileNames.compactMap { name -> String? in
            let path = directory.appendingPathComponent(name).path
            guard let bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
            return "\(name) \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB"
        }
        return sizes.isEmpty ? nil : "records: " + sizes.joined(separator: ", ")
    }
}
