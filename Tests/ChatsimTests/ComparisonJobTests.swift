import Chatsim
import ContactCenter
import Foundation
import Metrics
import ScenarioFiles
import Testing

/// `CompareJob`: comparable variants, report files, determinism.
@Suite struct ComparisonJobTests {
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// A copy of `mmc-12.yaml` in `folder` with each `(old, new)` text replaced.
    func mmc12Copy(in folder: URL, named name: String, _ replacements: [(String, String)]) throws -> URL {
        var text = try String(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"), encoding: .utf8)
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func writesJSONCSVAndHTML() async throws {
        let folder = try RepositoryPaths.temporaryFolder().appendingPathComponent("report")
        let job = CompareJob(scenarioFiles: [RepositoryPaths.scenario("mmc-12.yaml")], variation: "agents[0].count=12,13,14",
                             outputDirectory: folder, replications: 5, jobs: 2)
        _ = try await job.run()
        let files = try contents(of: folder)
        #expect(Set(files.keys) == ["comparison.json", "comparison.csv", "comparison.html"])
        let json = try JSONSerialization.jsonObject(with: files["comparison.json"]!) as! [String: Any]
        #expect(json["baseline"] as? String == "count=12")
        #expect(json["seed"] as? Int == 1 && json["replications"] as? Int == 5)
        let variants = json["variants"] as! [[String: Any]]
        #expect(variants.map { $0["name"] as! String } == ["count=12", "count=13", "count=14"])
        #expect(variants[2]["override"] as? String == "agents[0].count=14")
        #expect(variants[0]["source"] as? String == RepositoryPaths.scenario("mmc-12.yaml").relativePath)
        let metrics = json["metrics"] as! [String: Any]
        let serviceLevel = metrics["serviceLevel"] as! [String: Any]
        let levels = serviceLevel["variants"] as! [String: Any]
        #expect(Set(levels.keys) == ["count=12", "count=13", "count=14"])
        let differences = serviceLevel["differences"] as! [String: [String: Any]]
        #expect(Set(differences.keys) == ["count=13", "count=14"])
        #expect(differences["count=14"]!["n"] as? Int == 5 && differences["count=14"]!["significant"] as? Bool == true)
        #expect((differences["count=14"]!["ci95"] as! [Double])[0] > 0)
        let lines = String(decoding: files["comparison.csv"]!, as: UTF8.self).split(separator: "\n")
        #expect(lines[0] == "metric,variant,mean,low,high,difference,differenceLow,differenceHigh,differenceSignificant")
        #expect(lines.count == 1 + 3 * SummaryMetric.allCases.count)
        #expect(lines[1].hasPrefix("offered,count=12,") && lines[1].hasSuffix(",,,,"))
        #expect(lines.contains { $0.hasPrefix("serviceLevel,count=14,") && $0.hasSuffix(",true") })
        let html = String(decoding: files["comparison.html"]!, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<h2>Service</h2>") && html.contains("<td class=\"significant\">"))
        #expect(!html.contains("http") && !html.contains("<script") && !html.contains("<link"), "self-contained")
    }

    @Test func jobCountDoesNotChangeAByte() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        func compare(jobs: Int) async throws -> [String: Data] {
            let folder = base.appendingPathComponent("jobs-\(jobs)")
            _ = try await CompareJob(scenarioFiles: [RepositoryPaths.scenario("support-day.yaml")],
                                     variation: "agents[0].capacity=2,3,4", outputDirectory: folder,
                                     replications: 7, jobs: jobs).run()
            return try contents(of: folder)
        }
        let serial = try await compare(jobs: 1)
        let parallel = try await compare(jobs: 3)
        #expect(serial.count == 3 && serial == parallel)
    }

    @Test func variantsGetTheBaselineSeedAndReplicationsWithANote() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let baseline = RepositoryPaths.scenario("mmc-12.yaml")
        let other = try mmc12Copy(in: folder, named: "other.yaml", [
            ("name: mmc-12", "name: other"), ("seed: 1", "seed: 7"), ("replications: 1000", "replications: 10"),
            ("count: 12", "count: 13"),
        ])
        let (variants, notes) = try CompareJob(scenarioFiles: [baseline, other]).variants()
        #expect(variants.map(\.name) == ["mmc-12", "other"])
        #expect(variants.allSatisfy { $0.scenario.seed == 1 && $0.scenario.replications == 1000 })
        #expect(notes == [
            "\(other.relativePath): seed 7 replaced by the baseline's 1, so that the variants share random numbers",
            "\(other.relativePath): replications 10 replaced by the baseline's 1000",
        ])
        let (overridden, quiet) = try CompareJob(scenarioFiles: [baseline, other], replications: 4, seed: 9).variants()
        #expect(overridden.allSatisfy { $0.scenario.seed == 9 && $0.scenario.replications == 4 })
        #expect(quiet.isEmpty)
    }

    @Test func incompatibleScenariosAreRejectedNamingFileAndField() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let baseline = RepositoryPaths.scenario("mmc-12.yaml")
        let other = try mmc12Copy(in: folder, named: "longer.yaml", [
            ("horizon: 8h", "horizon: 10h"), ("warmup: 0s", "warmup: 30m"), ("interval: 30m", "interval: 15m"),
        ])
        let report = folder.appendingPathComponent("report")
        do {
            _ = try await CompareJob(scenarioFiles: [baseline, other], outputDirectory: report).run()
            Issue.record("expected an error")
        } catch {
            let expected = ["horizon: expected 28800 s", "warmup: expected 0 s", "interval: expected 1800 s"]
            let lines = "\(error)".split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            for (line, start) in zip(lines, expected) {
                #expect(line.hasPrefix("\(other.relativePath): \(start) like the baseline \(baseline.relativePath), found"), "\(line)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }

    @Test func badFilesAndOptionsAreRejectedBeforeRunning() async throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let baseline = RepositoryPaths.scenario("mmc-12.yaml")
        let broken = try mmc12Copy(in: folder, named: "broken.yaml", [("count: 12", "count: twelve")])
        func problem(_ job: CompareJob) async -> String? {
            do {
                _ = try await job.run()
                return nil
            } catch {
                return "\(error)"
            }
        }
        let report = folder.appendingPathComponent("report")
        #expect(await problem(CompareJob(scenarioFiles: [baseline], outputDirectory: report))
                == "expected at least two scenario files to compare, or one with --vary PATH=VALUE,VALUE,…, found 1")
        let countLine = try #require(String(contentsOf: broken, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("count: twelve") }) + 1
        #expect(await problem(CompareJob(scenarioFiles: [baseline, broken], outputDirectory: report))?
                .hasPrefix("\(broken.relativePath):\(countLine):12: agents[0].count: expected") == true)
        #expect(await problem(CompareJob(scenarioFiles: [baseline, baseline], outputDirectory: report, replications: 0))
                == "--replications: expected a whole number ≥ 1, found 0")
        #expect(await problem(CompareJob(scenarioFiles: [baseline, baseline], outputDirectory: report, jobs: 0))
                == "--jobs: expected a whole number ≥ 1, found 0")
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }

    @Test func defaultFolderIsNamedAfterTheBaselineScenario() throws {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("mmc-12.yaml"))
        #expect(CompareJob.defaultDirectory(for: scenario).relativePath == "Reports/compare-mmc-12")
        scenario.name = "a/b"
        #expect(CompareJob.defaultDirectory(for: scenario).relativePath == "Reports/compare-a-b")
    }
}
