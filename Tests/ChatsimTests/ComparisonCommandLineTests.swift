import Foundation
import Testing

/// `chatsim compare` end to end.
extension CommandLineTests {
    @Test func compareCommandPrintsTheHeadlineTableAndWritesTheReport() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let scenario = RepositoryPaths.scenario("mmc-12.yaml").path
        let outcome = try chatsim(["compare", scenario, "--vary", "agents[0].count=12,13", "--replications", "4"], in: directory)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.first == "count=12 vs count=13: 4 replications each, common random numbers (seed 1)")
        #expect(lines.contains { $0.hasPrefix("  serviceLevel  count=12") })
        #expect(lines.contains { $0.hasPrefix("                count=13") && $0.hasSuffix("*") })
        #expect(lines.last == "report written to Reports/compare-mmc-12/")
        for name in ["comparison.json", "comparison.csv", "comparison.html"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("Reports/compare-mmc-12/\(name)").path))
        }
        let json = try chatsim(["compare", scenario, scenario, "--replications", "2", "--json", "--out", "same"], in: directory)
        #expect(json.status == 0, "\(json.errors)")
        #expect(json.output.hasPrefix("{\n  \"baseline\": \"mmc-12\""))
        #expect(try Data(contentsOf: directory.appendingPathComponent("same/comparison.json")) == Data(json.output.utf8))
    }

    @Test func compareCommandFailsWithStatusOneOnBadInput() throws {
        let directory = try RepositoryPaths.temporaryFolder()
        let scenario = RepositoryPaths.scenario("mmc-12.yaml").path
        let cases: [([String], String)] = [
            ([scenario], "error: expected at least two scenario files to compare"),
            ([scenario, "--vary", "agents[0].skills=a,b"], "error: --vary: cannot vary \"agents[0].skills\""),
            ([scenario, "--vary", "agents[0].count=12"], "error: --vary agents[0].count: expected at least two values"),
            ([scenario, RepositoryPaths.scenario("support-day.yaml").path], "support-day.yaml: horizon: expected 28800 s"),
            ([scenario, "missing.yaml"], "error: missing.yaml: cannot read the file: no such file"),
        ]
        for (arguments, message) in cases {
            let outcome = try chatsim(["compare"] + arguments, in: directory)
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.errors.contains(message), "\(outcome.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Reports").path))
        let usage = try chatsim(["compare", scenario, "--replications", "many"], in: directory)
        #expect(usage.status == 64)
    }
}
