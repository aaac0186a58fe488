import ArgumentParser
import Chatsim
import Foundation

/// `chatsim compare`: run variants of a scenario with common random numbers and compare them.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios, or variants of one, with common random numbers.",
        discussion: """
            Runs every variant's replications with the same seed, so that replication r of each \
            variant draws the same arrivals, patience and handle times, and reports every metric \
            side by side with the paired difference from the first variant (the baseline) and its \
            95 % confidence interval. Variants are the scenario files, or one file with --vary. \
            Writes comparison.json, comparison.csv and comparison.html into \
            Reports/compare-<baseline name>/ (or --out), atomically; nothing is written when a \
            file or an option is wrong.
            """)

    @Argument(help: "Scenario files (.yaml, .yml or .json); the first is the baseline.")
    var scenarios: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Variants of the single scenario file: PATH=VALUE,VALUE,… for agents[i].count, agents[i].capacity, buttons[i].pushTimeout or serviceLevel, e.g. agents[0].capacity=2,3,4; the first value is the baseline.",
        valueName: "path=values"))
    var vary: String?

    @Option(name: .long, help: "Report folder (default: Reports/compare-<baseline scenario name>).")
    var out: String?

    @Option(name: .long, help: "Replications of every variant (default: the baseline's).")
    var replications: Int?

    @Option(name: .long, help: "Random seed of every variant (default: the baseline's).")
    var seed: UInt64?

    @Option(name: .long, help: "Replications simulated at once (default: all cores); results do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Also print comparison.json to standard output.")
    var json = false

    func run() async throws {
        let job = CompareJob(
            scenarioFiles: scenarios.map { URL(fileURLWithPath: $0) }, variation: vary,
            outputDirectory: out.map { URL(fileURLWithPath: $0, isDirectory: true) },
            replications: replications, seed: seed, jobs: jobs)
        let outcome: CompareJob.Outcome
        do {
            outcome = try await job.run()
        } catch {
            throw fail(error)
        }
        for note in outcome.notes {
            FileHandle.standardError.write(Data("note: \(note)\n".utf8))
        }
        if json {
            print(outcome.report.json().serialized(), terminator: "")
        } else {
            print(outcome.report.headline())
            print("report written to \(outcome.directory.relativePath)/")
        }
    }
}
