import Chatsim
import Foundation
import ScenarioFiles
import Testing

@Suite struct RunJobTests {
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func runMMC12(into folder: URL, replications: Int = 6, seed: UInt64? = nil, jobs: Int = 1) async throws -> [String: Data] {
        let job = RunJob(scenarioFile: RepositoryPaths.scenario("mmc-12.yaml"), outputDirectory: folder,
                         replications: replications, seed: seed, jobs: jobs)
        _ = try await job.run()
        return try contents(of: folder)
    }

    @Test func writesTheSummaryAndIntervals() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let files = try await runMMC12(into: folder)
        #expect(Set(files.keys) == ["summary.json", "intervals.csv", "buttons.csv", "skills.csv", "agent_groups.csv",
                                    "agents.csv", "report.html"])
        let summary = try JSONSerialization.jsonObject(with: files["summary.json"]!) as! [String: Any]
        #expect(summary["scenario"] as? String == "mmc-12")
        #expect(summary["seed"] as? Int == 1)
        #expect(summary["replications"] as? Int == 6)
        #expect(summary["version"] as? String == ChatsimVersion.current)
        #expect(summary["serviceLevelTarget"] as? Double == 0.8)
        for key in ["offered", "accepted", "abandoned", "meanWait", "probWait", "serviceLevel", "abandonRate",
                    "meanAbandonedAfter", "utilization", "occupancy"] {
            let metric = try #require(summary[key] as? [String: Any], "missing \(key)")
            #expect(metric["mean"] != nil && metric["ci95"] != nil, "\(key) lacks mean or ci95")
        }
        let offered = summary["offered"] as! [String: Any]
        let interval = offered["ci95"] as! [Double]
        #expect(interval[0] < offered["mean"] as! Double && (offered["mean"] as! Double) < interval[1])
        let lines = String(decoding: files["intervals.csv"]!, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1 + 16 * 2, "a header, then 16 half-hours × (button + ALL)")
        #expect(lines[0].hasPrefix("intervalStart,intervalEnd,button,offered,offeredLow,offeredHigh,"))
        #expect(lines[1].hasPrefix("0:00:00,0:30:00,support,"))
        #expect(lines[32].hasPrefix("7:30:00,8:00:00,ALL,"))
    }

    @Test func sameSeedGivesByteIdenticalFilesWhateverTheJobCount() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let first = try await runMMC12(into: base.appendingPathComponent("a"), jobs: 1)
        let second = try await runMMC12(into: base.appendingPathComponent("b"), jobs: 1)
        let parallel = try await runMMC12(into: base.appendingPathComponent("c"), jobs: 4)
        #expect(first == second)
        #expect(first == parallel)
        let reseeded = try await runMMC12(into: base.appendingPathComponent("d"), seed: 2)
        #expect(reseeded["summary.json"] != first["summary.json"])
    }

    @Test func aRerunReplacesTheWholeReport() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: folder.appendingPathComponent("old.csv"))
        let files = try await runMMC12(into: folder)
        #expect(files["old.csv"] == nil && files.count == 7)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(leftovers == ["report"], "no staging or retired folders remain: \(leftovers)")
    }

    @Test func aBadScenarioWritesNothing() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let scenario = base.appendingPathComponent("bad.yaml")
        let text = try String(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "capacity: 1", with: "capacty: 1")
        try Data(text.utf8).write(to: scenario)
        let folder = base.appendingPathComponent("report")
        await #expect(throws: ScenarioFileError.self) {
            _ = try await RunJob(scenarioFile: scenario, outputDirectory: folder).run()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func invalidOverridesAreRejectedBeforeRunning() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let job = RunJob(scenarioFile: RepositoryPaths.scenario("mmc-12.yaml"), outputDirectory: folder, replications: 0)
        do {
            _ = try await job.run()
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "--replications: expected a whole number ≥ 1, found 0")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func defaultReportFolderIsNamedAfterTheScenario() throws {
        let scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"))
        #expect(RunJob.defaultDirectory(for: scenario).relativePath == "Reports/mmc-12")
        var odd = scenario
        odd.name = "../team A/B"
        #expect(RunJob.defaultDirectory(for: odd).relativePath == "Reports/..-team-A-B")
    }
}
