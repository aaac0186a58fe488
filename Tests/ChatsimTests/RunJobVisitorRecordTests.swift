import Chatsim
import Foundation
import Reporting
import Testing

/// `visitors.csv` and `agent_sessions.csv` as `chatsim run` writes them: the same for any number
/// of jobs, and consistent with `transcripts.csv` and `transcript_events.csv`.
@Suite struct RunJobVisitorRecordTests {
    static let scenarioText = """
        name: visitor-records-test
        seed: 11
        horizon: 3h
        replications: 3
        records: all
        buttons:
          - id: support
            skill: support
            arrivals: { rate: 100/h }
            pushTimeout: 20s
        agents:
          - group: early
            count: 3
            skills: [support]
            capacity: 2
            acceptDelay: exponential(mean: 8s)
            declineProbability: 5%
            shift: { start: 0h, end: 2h, breaks: [{ at: 1h, length: 10m }] }
            blockProbability: 5%
          - group: late
            count: 3
            skills: [support]
            capacity: 2
            shift: { start: 1h, end: 3h }
            atShiftEnd: endChats
        visitors:
          patience: exponential(mean: 2m)
          returning: 30%
          attributes:
            addresses: 198.51.100.0 - 198.51.100.255
            browser: { Chrome: 60, Safari: 25, Firefox: 15 }
        service:
          mode: simple
          handleTime: exponential(mean: 4m)

        """

    func run(jobs: Int, in base: URL) async throws -> [String: Data] {
        let scenario = base.appendingPathComponent("visitors-\(UUID().uuidString).yaml")
        try Data(Self.scenarioText.utf8).write(to: scenario)
        let folder = base.appendingPathComponent("report-\(UUID().uuidString)")
        _ = try await RunJob(scenarioFile: scenario, outputDirectory: folder, replications: nil, precision: nil,
                             jobs: jobs).run()
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The rows of a file whose first columns hold no commas, split into fields (a `Detail` or a
    /// `Body` with commas spills into further fields, which these tests do not read).
    func rows(_ data: Data?) -> [[Substring]] {
        String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    @Test func visitorsAndSessionsAreWrittenTheSameForAnyJobCountAndReconcile() async throws {
        let base = try RepositoryPaths.temporaryFolder()
        let files = try await run(jobs: 1, in: base)
        let parallel = try await run(jobs: 2, in: base)
        #expect(files == parallel, "byte-identical whatever --jobs")

        let visitors = rows(files["visitors.csv"])
        let transcripts = rows(files["transcripts.csv"])
        #expect(visitors.reduce(0) { $0 + Int($1[3])! } == transcripts.count, "NumberOfChats adds up to the chats")
        #expect(Set(visitors.map { $0[0] }).count == visitors.count && visitors.count < transcripts.count)
        let column = Dictionary(uniqueKeysWithValues: TranscriptCSVRow.header.enumerated().map { ($1, $0) })
        let visitorIDs = Set(transcripts.map { $0[column["LiveChatVisitorId"]!] })
        #expect(visitorIDs == Set(visitors.map { $0[0] }), "every transcript names a listed visitor")

        let sessions = rows(files["agent_sessions.csv"])
        let acceptsByAgent = Dictionary(grouping: rows(files["transcript_events.csv"]).filter { $0[2] == "Accept" }) {
            $0[3]
        }.mapValues(\.count)
        let engagedByAgent = Dictionary(grouping: sessions) { $0[1] }.mapValues { $0.reduce(0) { $0 + Int($1[10])! } }
        #expect(engagedByAgent == acceptsByAgent, "ChatReqEngaged adds up to the Accept events of each agent")
        #expect(sessions.count == 3 * 6, "one session per agent and day")
        let iso = ISO8601DateFormatter()
        for session in sessions {
            let login = try #require(iso.date(from: String(session[2])))
            let logout = try #require(iso.date(from: String(session[3])))
            let online = Double(session[4])!
            let away = Double(session[5])!
            #expect(abs(online + away - logout.timeIntervalSince(login)) <= 2, "within rounding: \(session)")
        }
        #expect(sessions.contains { Int($0[11])! > 0 } && sessions.contains { Int($0[12])! > 0 },
                "declines and time-outs are counted")
    }
}
