import Foundation
import Testing

/// The `chatsim` executable end to end: exit status, standard error, files written.
@Suite struct CommandLineTests {
    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    func chatsim(_ arguments: [String], in directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = RepositoryPaths.chatsimExecutable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                       errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func runWritesUnderReportsAndPrintsJSONOnRequest() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let scenario = RepositoryPaths.scenario("mmc-12.yaml").path
        let outcome = try chatsim(["run", scenario, "--replications", "3", "--json"], in: directory)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.errors.isEmpty, "no progress line when standard error is not a terminal")
        #expect(outcome.output.hasPrefix("{\n  \"scenario\": \"mmc-12\""))
        let written = directory.appendingPathComponent("Reports/mmc-12/summary.json")
        #expect(try Data(contentsOf: written) == Data(outcome.output.utf8))
    }

    @Test func runNamesTheRecordFilesItWroteWithTheirSizes() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let outcome = try chatsim(["run", RepositoryPaths.scenario("support-day.yaml").path, "--replications", "2"],
                                  in: directory)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let line = try #require(outcome.output.split(separator: "\n").first { $0.hasPrefix("records: ") })
        #expect(line.hasPrefix("records: transcripts.csv ") && line.contains(" MB, transcript_events.csv ")
                && line.contains("visitors.csv") && line.contains("agent_sessions.csv") && line.hasSuffix(" MB"),
                "\(line)")
        let none = try chatsim(["run", RepositoryPaths.scenario("mmc-12.yaml").path, "--replications", "2"], in: directory)
        #expect(!none.output.contains("records:"), "mmc-12 writes no records")
    }

    @Test func precisionRunsUntilTheIntervalIsNarrowEnoughOrRejectsABadValue() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let scenario = RepositoryPaths.scenario("mmc-12.yaml").path
        let outcome = try chatsim(["run", scenario, "--precision", "0.03", "--replications", "200"], in: directory)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("precision reached: serviceLevel 95 % CI ±"), "\(outcome.output)")
        let bad = try chatsim(["run", scenario, "--precision", "2"], in: directory)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("--precision: expected a confidence-interval half-width between 0 and 1"),
                "\(bad.errors)")
    }

    @Test func badScenarioFailsWithLocatedErrorsAndWritesNothing() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let text = try String(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "count: 12", with: "count: twelve")
            .replacingOccurrences(of: "skill: support", with: "skill: sales")
        try Data(text.utf8).write(to: directory.appendingPathComponent("bad.yaml"))
        let outcome = try chatsim(["run", "bad.yaml"], in: directory)
        #expect(outcome.status == 1)
        let countLine = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("count: twelve") }) + 1
        #expect(outcome.errors.contains("bad.yaml:\(countLine):12: agents[0].count: expected"), "\(outcome.errors)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Reports").path))
        let validation = try chatsim(["validate", "bad.yaml"], in: directory)
        #expect(validation.status == 1)
    }

    @Test func erlangPrintsExactValues() throws {
        let outcome = try chatsim(["erlang", "--rate", "4.2/min", "--handle", "2m", "--agents", "12"],
                                  in: try RepositoryPaths.temporaryFolder())
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("probWait       P(wait > 0)    18.39 %"))
    }

    @Test func usageErrorsExitNonZero() throws {
        let outcome = try chatsim(["run"], in: try RepositoryPaths.temporaryFolder())
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("Missing expected argument"))
    }
}
