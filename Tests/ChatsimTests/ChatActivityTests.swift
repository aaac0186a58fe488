import Chatsim
import ContactCenter
import Foundation
import Metrics
import Reporting
import Routing
import ScenarioFiles
import Testing

/// What happens inside conversations (attached records, file transfers, flags and whispers,
/// visitors and agents leaving), checked on the records of `Fixtures/every-event.yaml`, a run
/// meant to produce every transcript event type.
@Suite struct ChatActivityTests {
    /// The rows of a CSV file as dictionaries by column (quoted fields may hold commas and quotes).
    static func rows(_ text: String) -> [[String: String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                if !field.isEmpty { field.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else if character == "\n" {
                fields.append(field)
                records.append(fields)
                fields = []
                field = ""
            } else {
                field.append(character)
            }
        }
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// `transcripts.csv` and `transcript_events.csv` of a run of the fixture.
    func runFixture() async throws -> (transcripts: [[String: String]], events: [[String: String]]) {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        _ = try await RunJob(scenarioFile: RepositoryPaths.fixture("every-event.yaml"), outputDirectory: report,
                             replications: nil, precision: nil, jobs: 2).run()
        let read = { (name: String) in
            Self.rows(try String(contentsOf: report.appendingPathComponent(name), encoding: .utf8))
        }
        return (try read("transcripts.csv"), try read("transcript_events.csv"))
    }

    @Test func everyTranscriptEventTypeAppearsInTheFixtureRun() async throws {
        let seen = Set(try await runFixture().events.compactMap { $0["Type"] })
        for type in TranscriptEventType.allCases {
            #expect(seen.contains(type.rawValue), "\(type.rawValue) never appears in transcript_events.csv")
        }
    }

    /// Seconds since midnight of an ISO time `2026-01-05T08:03:12Z`, days counted from the 5th.
    func seconds(_ time: String) -> Int {
        let parts = time.dropFirst(8).split(whereSeparator: { "T:Z".contains($0) }).map { Int($0)! }
        return (parts[0] - 5) * 86_400 + parts[1] * 3600 + parts[2] * 60 + parts[3]
    }

    @Test func everyTranscriptOfAConversationRunIsConsistent() async throws {
        let (transcripts, events) = try await runFixture()
        let eventsByTranscript = Dictionary(grouping: events) { $0["LiveChatTranscriptId"]! }
        let prefixes = ["CaseId": "500", "ContactId": "003", "AccountId": "001", "LeadId": "00Q", "Order__c": "a00"]
        var createdIDs: [String: String] = [:]
        #expect(transcripts.count > 1000)
        #expect(transcripts.contains { $0["Order__c", default: ""] != "" }, "the custom object has its column")
        for row in transcripts {
            let id = row["Id"]!
            if let start = row["StartTime"], !start.isEmpty {
                let wait = try #require(Int(row["WaitTime"]!))
                #expect(abs(wait - (seconds(start) - seconds(row["RequestTime"]!))) <= 1, "\(id): WaitTime")
            }
            if row["Status"] == "Missed" {
                #expect(row["StartTime"] == "" && row["WaitTime"] == "", "\(id): a missed chat never started")
                #expect((row["Abandoned"] != "") == (row["EndedBy"] == "Visitor"), "\(id): Abandoned when the visitor left")
            }
            let body = row["Body"]!
            let lines = body.isEmpty ? [] : body.components(separatedBy: "</p>").last!.components(separatedBy: "<br>").dropLast()
            let visitorLines = lines.filter { $0.contains(") Visitor: ") }.count
            #expect(Int(row["VisitorMessageCount"]!) == visitorLines, "\(id): visitor messages")
            #expect(Int(row["OperatorMessageCount"]!) == lines.count - visitorLines, "\(id): agent messages")
            for side in ["Operator", "Visitor"] {
                if let average = Int(row["AverageResponseTime\(side)"]!) {
                    #expect(average <= Int(row["MaxResponseTime\(side)"]!)!, "\(id): average ≤ max (\(side))")
                }
            }
            let chatEvents = try #require(eventsByTranscript[id])
            #expect(chatEvents.first?["Type"] == "ChatRequest", "\(id): begins with ChatRequest")
            #expect(zip(chatEvents, chatEvents.dropFirst()).allSatisfy { $0["Time"]! <= $1["Time"]! }, "\(id): in time order")
            var attached = false
            for (column, prefix) in prefixes where row[column] != "" {
                let recordID = row[column]!
                attached = true
                #expect(recordID.count == 15 && recordID.hasPrefix(prefix), "\(id): \(column) \(recordID)")
                if !recordID.hasPrefix(prefix + "0000") {
                    #expect(createdIDs.updateValue(id, forKey: recordID) == nil, "\(recordID) created twice")
                }
            }
            let files = chatEvents.filter { $0["Type"]!.hasPrefix("FileTransfer") }
            #expect(files.isEmpty || attached, "\(id): a file needs an attached record")
            let whispers = row["SupervisorTranscriptBody"]!.components(separatedBy: "<br>").dropLast()
            #expect(whispers.count == chatEvents.filter { $0["Type"] == "Other" }.count, "\(id): one whisper per Other")
            #expect(whispers.allSatisfy { $0.hasPrefix("( ") && $0.contains(" ) Supervisor: ") })
        }
        #expect(!createdIDs.isEmpty)
    }

    func fixtureScenario() throws -> Scenario {
        try ScenarioLoader.load(contentsOf: RepositoryPaths.fixture("every-event.yaml"))
    }

    @Test func filesComeAfterARecordIsAttachedAndFlagsAreLoweredOnce() throws {
        let sink = CollectingSink()
        _ = Simulation(scenario: try fixtureScenario()).runReplication(0, records: sink)
        var transfers = 0
        for record in sink.records {
            let types = Set(record.attachedRecords.map(\.type))
            #expect(types.count == record.attachedRecords.count, "at most one record of each type")
            let files = record.events.filter { $0.type.rawValue.hasPrefix("FileTransfer") }
            if let first = files.first {
                transfers += 1
                #expect(first.type == .fileTransferRequested)
                #expect(first.time >= record.attachedRecords.map(\.time).min()!)
                #expect(files.count == 2, "requested, then one outcome")
                let outcome = files.last!
                let megabytes = try #require(Double(outcome.detail.dropLast(" MB".count)))
                if outcome.type == .fileTransferFailed { #expect(megabytes > 5) }
                if outcome.type == .fileTransferSucceeded { #expect(megabytes <= 5) }
            }
            let raised = record.events.filter { $0.type == .flagRaised }.count
            let lowered = record.events.filter { [.flagLoweredAgent, .flagLoweredSupervisor].contains($0.type) }.count
            #expect(raised == lowered && raised <= 1)
            #expect(record.whispers.count == record.events.filter { $0.type == .other }.count)
        }
        #expect(transfers > 20)
    }

    @Test func flagsAreMeasuredWhetherOrNotRecordsAreKept() throws {
        var scenario = try fixtureScenario()
        let recorded = Simulation(scenario: scenario).runReplication(1, records: CollectingSink())
        scenario.records = .none
        let unrecorded = Simulation(scenario: scenario).runReplication(1)
        #expect(recorded == unrecorded)
        let tally = unrecorded.totalChats.conversations
        // 20% of conversations raise a flag; a supervisor lowers half of them.
        let n = Double(tally.conversations)
        let raised = Double(tally.flagsRaised)
        #expect(abs(raised / n - 0.2) < 3.29 * (0.2 * 0.8 / n).squareRoot(), "\(raised) of \(n)")
        #expect(abs(Double(tally.flagsLoweredBySupervisor) / raised - 0.5) < 3.29 * (0.25 / raised).squareRoot())
        #expect(SummaryMetric.flagsRaised.value(chats: unrecorded.totalChats, time: nil) == raised)
    }

    @Test func visitorsWhoCloseTheWindowLeaveInsteadOfEnding() throws {
        var scenario = try fixtureScenario()
        guard case .conversation(var model) = scenario.service else { return }
        model.visitorLeaves = 1
        model.idleTimeout = nil
        model.idleWarning = nil
        scenario.service = .conversation(model)
        let sink = CollectingSink()
        _ = Simulation(scenario: scenario).runReplication(0, records: sink)
        let types = sink.records.flatMap { $0.events.map(\.type) }
        #expect(types.contains(.leaveVisitor) && !types.contains(.endVisitor))
    }
}
