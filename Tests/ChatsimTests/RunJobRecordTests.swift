import Chatsim
import Foundation
import Reporting
import Testing

/// `chatsim run` writes the chat records beside the metrics, the same for any number of jobs.
@Suite struct RunJobRecordTests {
    /// A two-hour day on two buttons, understaffed so that visitors wait and abandon.
    static func scenarioText(records: String?) -> String {
        """
        name: records-test
        seed: 3
        horizon: 2h
        warmup: 0s
        replications: 3
        interval: 30m
        serviceLevel: 20s
        \(records.map { "records: \($0)" } ?? "")
        buttons:
          - id: orders
            skill: orders
            arrivals: { rate: 90/h }
          - id: returns
            skill: returns
            arrivals: { rate: 30/h }
        agents:
          - group: team
            count: 3
            skills: [orders, returns]
            capacity: 1
        visitors:
          patience: exponential(mean: 1m)
        service:
          mode: simple
          handleTime: exponential(mean: 3m)

        """
    }

    func run(records: String? = nil, jobs: Int, replications: Int? = nil, precision: Double? = nil,
             in base: URL) async throws -> [String: Data] {
        let scenario = base.appendingPathComponent("records-\(UUID().uuidString).yaml")
        try Data(Self.scenarioText(records: records).utf8).write(to: scenario)
        let folder = base.appendingPathComponent("report-\(UUID().uuidString)")
        _ = try await RunJob(scenarioFile: scenario, outputDirectory: folder, replications: replications,
                             precision: precision, jobs: jobs).run()
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func lines(_ data: Data?) -> [Substring] {
        String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n")
    }

    func summary(_ files: [String: Data]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: files["summary.json"] ?? Data()) as? [String: Any])
    }

    @Test func recordsOfEveryChatAreWrittenTheSameForAnyJobCount() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let files = try await run(jobs: 1, in: base)
        let parallel = try await run(jobs: 4, in: base)
        #expect(Set(files.keys) == ["summary.json", "intervals.csv", "buttons.csv", "skills.csv", "agent_groups.csv",
                                    "agents.csv", "report.html", "transcripts.csv", "transcript_events.csv",
                                    "visitors.csv", "agent_sessions.csv", "record_keys.csv"])
        #expect(files == parallel, "byte-identical whatever --jobs")

        let transcripts = lines(files["transcripts.csv"])
        #expect(transcripts.first.map(String.init) == TranscriptCSVRow.header.joined(separator: ","))
        let summary = try summary(files)
        let offered = try #require((summary["offered"] as? [String: Any])?["mean"] as? Double)
        #expect(transcripts.count - 1 == Int((offered * 3).rounded()), "one row per requested chat")
        let ids = transcripts.dropFirst().map { String($0.prefix(15)) }
        #expect(Set(ids).count == ids.count)
        let days = ids.map { $0.dropFirst(3).prefix(4) }
        #expect(days == days.sorted(), "days in replication order (chats of a day in finishing order)")
        #expect(Set(days) == ["0000", "0001", "0002"])

        let events = lines(files["transcript_events.csv"])
        #expect(events.first == "LiveChatTranscriptId,Time,Type,AgentId,Detail")
        #expect(events.count > transcripts.count)
        let known = Set(ids)
        #expect(events.dropFirst().allSatisfy { known.contains(String($0.prefix(15))) },
                "every event belongs to a transcript")
        #expect(events.dropFirst().allSatisfy { $0.dropFirst(16).hasPrefix("2026-01-0") })

        #expect(String(decoding: files["record_keys.csv"] ?? Data(), as: UTF8.self) == """
            Id,Object,Name
            573000000000000,LiveChatButton,orders
            573000000000001,LiveChatButton,returns
            572000000000000,LiveChatDeployment,records-test
            0C5000000000000,Skill,orders
            0C5000000000001,Skill,returns
            005000000000000,User,team-1
            005000000000001,User,team-2
            005000000000002,User,team-3

            """)
    }

    @Test func recordsNoneWritesNoRecordFiles() async throws {
        let files = try await run(records: "none", jobs: 2, in: try RepositoryPaths.temporaryFolder())
        #expect(Set(files.keys) == ["summary.json", "intervals.csv", "buttons.csv", "skills.csv", "agent_groups.csv",
                                    "agents.csv", "report.html"])
    }

    @Test func sampledRecordsAreASubsetAndMetricsDoNotDependOnThem() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let all = try await run(jobs: 2, in: base)
        let sampled = try await run(records: "{sample: 30%}", jobs: 2, in: base)
        let none = try await run(records: "none", jobs: 2, in: base)
        for name in ["summary.json", "intervals.csv", "agents.csv"] {
            #expect(all[name] == sampled[name] && all[name] == none[name], "\(name)")
        }
        let allRows = Set(lines(all["transcripts.csv"]).dropFirst())
        let sampledRows = lines(sampled["transcripts.csv"]).dropFirst()
        #expect(!sampledRows.isEmpty && sampledRows.count < allRows.count / 2)
        #expect(sampledRows.allSatisfy { allRows.contains($0) }, "a sampled chat's row is the same as with all")
    }

    @Test func aSequentialStopKeepsTheRecordsOfTheReplicationsItCounts() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let serial = try await run(jobs: 1, replications: 40, precision: 0.5, in: base)
        let parallel = try await run(jobs: 8, replications: 40, precision: 0.5, in: base)
        #expect(serial == parallel)
        let counted = try #require(try summary(serial)["replications"] as? Int)
        #expect(counted < 40)
        let days = Set(lines(serial["transcripts.csv"]).dropFirst().map { $0.dropFirst(3).prefix(4) })
        #expect(days == Set((0..<counted).map { Substring(RecordIDs.transcript(replication: $0, number: 0).dropFirst(3).prefix(4)) }))
    }
}
