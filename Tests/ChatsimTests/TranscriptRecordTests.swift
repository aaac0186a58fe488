import ContactCenter
import Foundation
import Metrics
import Routing
import ScenarioFiles
import Testing

/// Keeps a replication's records in memory, for tests.
final class CollectingSink: RecordSink, @unchecked Sendable {
    var records: [TranscriptRecord] = []
    var sessions: [AgentSessionRecord] = []
    var visitors: [VisitorRecord] = []
    var closed = false

    func write(_ transcript: TranscriptRecord) {
        #expect(!closed, "written after close")
        records.append(transcript)
    }

    func write(_ session: AgentSessionRecord) {
        #expect(!closed, "written after close")
        sessions.append(session)
    }

    func write(_ visitor: VisitorRecord) {
        #expect(!closed, "written after close")
        visitors.append(visitor)
    }

    func close() { closed = true }
}

/// The records of simulated chats tell the same story as the metrics, field by field.
@Suite struct TranscriptRecordTests {
    func records(of file: String, replication: Int = 0, edit: (inout Scenario) -> Void = { _ in })
        throws -> (ReplicationMetrics, [TranscriptRecord]) {
        var scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario(file))
        edit(&scenario)
        let sink = CollectingSink()
        let metrics = Simulation(scenario: scenario).runReplication(replication, records: sink)
        #expect(sink.closed)
        return (metrics, sink.records)
    }

    @Test(arguments: ["routing-example.yaml", "transfers-example.yaml", "support-day.yaml"])
    func everyRecordIsConsistent(file: String) throws {
        let (metrics, records) = try records(of: file) { $0.warmup = 0; $0.records = .all }
        let chats = metrics.totalChats
        #expect(records.count == chats.offered, "one record per request")
        #expect(Set(records.map(\.number)) == Set(1...records.count), "numbered 1, 2, … in request order")
        for record in records {
            let events = record.events
            #expect(events.first?.type == .chatRequest && events.first?.time == record.requestTime)
            #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time }, "events in time order")
            let endTime = try #require(record.endTime)
            #expect(events.last!.time <= endTime || record.status == .completed)
            switch record.status {
            case .completed:
                let start = try #require(record.startTime)
                #expect(record.waitTime == start - record.requestTime && record.owner != nil)
                #expect(record.chatDuration == endTime - start)
                #expect(events.contains { $0.type == .accept })
                #expect(events.contains { [.endAgent, .endVisitor, .leaveAgent, .leaveVisitor].contains($0.type) },
                        "\(events.map(\.type))")
            case .missed:
                #expect(record.startTime == nil && record.owner == nil && record.waitTime == nil)
                #expect((record.abandonedAfter != nil) == (record.endedBy == .visitor))
            case .blocked:
                #expect(events.contains { $0.type == .cancelBlocked || $0.type == .agentBlocked })
            }
        }
        #expect(records.filter { $0.abandonedAfter != nil }.count == chats.abandoned)
        #expect(records.filter { $0.startTime != nil }.count == chats.accepted)
        let waits = records.compactMap(\.waitTime) + records.compactMap(\.abandonedAfter)
        #expect(abs(waits.reduce(0, +) - chats.waitSum) < 1e-6 * max(1, chats.waitSum))
    }

    @Test func theRoutingEventsOfTheExamplesAllAppear() throws {
        var seen = Set<TranscriptEventType>()
        for file in ["routing-example.yaml", "transfers-example.yaml"] {
            for replication in 0..<3 {
                // One declined or missed offer is enough to cancel a request (CancelNoAgent).
                let (_, records) = try records(of: file, replication: replication) {
                    for index in $0.buttons.indices { $0.buttons[index].rerouteAttempts = 1 }
                }
                for record in records { seen.formUnion(record.events.map(\.type)) }
            }
        }
        let expected: Set<TranscriptEventType> = [
            .chatRequest, .enqueue, .pushAssignment, .choiceRoute, .accept, .declineManual, .declineTimeout,
            .cancelNoAgent, .cancelNoQueue, .cancelVisitor, .cancelBlocked, .endAgent, .transferRequest, .transfer,
            .transferDeclined, .transferredToButton, .transferredToSbrSkill, .chatResumedAfterTransfer,
            .conferenceRequest, .operatorJoinedConference, .operatorLeftConference, .agentBlocked,
        ]
        #expect(expected.subtracting(seen).isEmpty, "never produced: \(expected.subtracting(seen))")
    }

    @Test func aSampleKeepsAboutItsShareAndNoneKeepsNothing() throws {
        let (metrics, sampled) = try records(of: "support-day.yaml") { $0.records = .sample(0.1); $0.warmup = 0 }
        let offered = Double(metrics.totalChats.offered)
        let tolerance = 3.29 * (0.1 * 0.9 / offered).squareRoot() * offered
        #expect(abs(Double(sampled.count) - 0.1 * offered) < tolerance, "\(sampled.count) of \(offered)")
        let (_, none) = try records(of: "support-day.yaml") { $0.records = .none }
        #expect(none.isEmpty)
    }

    @Test func recordsDoNotChangeTheMetrics() throws {
        let scenario = try ScenarioLoader.load(contentsOf: RepositoryPaths.scenario("transfers-example.yaml"))
        var sampled = scenario
        sampled.records = .sample(0.5)
        let simulation = Simulation(scenario: scenario)
        #expect(simulation.runReplication(1, records: CollectingSink()) == simulation.runReplication(1))
        #expect(Simulation(scenario: sampled).runReplication(1, records: CollectingSink()) == simulation.runReplication(1))
    }
}
