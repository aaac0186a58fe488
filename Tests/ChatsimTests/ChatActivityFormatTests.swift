import ContactCenter
import Reporting
import Testing

/// The record fields of what happens inside a conversation: attached record ids, the supervisor's
/// whispers and the quick-text library.
@Suite struct ChatActivityFormatTests {
    let catalog = RecordCatalog(
        deploymentName: "demo", buttonIDs: ["support"], buttonSkills: [0], skillNames: ["support"],
        agentNames: ["tier1-1"], time: RecordTime(startDate: Scenario.CalendarDate(year: 2026, month: 1, day: 5)),
        quickTexts: ["Thanks for waiting & sorry!"])

    func chat() -> TranscriptRecord {
        var record = TranscriptRecord(replication: 2, number: 3, button: 0, requestTime: 100)
        record.startTime = 110
        record.endTime = 500
        record.status = .completed
        record.endedBy = .agent
        record.owner = 0
        record.events += [TranscriptEvent(time: 110, type: .accept, agent: 0),
                          TranscriptEvent(time: 500, type: .endAgent, agent: 0)]
        return record
    }

    func row(_ record: TranscriptRecord) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(TranscriptCSVRow.header, TranscriptCSVRow.fields(record, catalog: catalog)))
    }

    @Test func attachedRecordsAreFoundOnesFromThePoolOrNewOnesOfTheDay() {
        let found = AttachedRecord(type: .contact, time: 200, origin: .found(36))
        let created = AttachedRecord(type: .supportCase, time: 150, origin: .created(0))
        #expect(RecordIDs.attached(found, replication: 2) == "003000000000010", "the same on every day")
        #expect(RecordIDs.attached(found, replication: 7) == "003000000000010")
        #expect(RecordIDs.attached(created, replication: 2) == "500000300000000", "day 2's first new case")
        #expect(RecordIDs.attached(AttachedRecord(type: .account, time: 0, origin: .created(35)), replication: 0)
                == "00100010000000Z")
        #expect(RecordIDs.attached(AttachedRecord(type: .lead, time: 0, origin: .found(0)), replication: 0)
                == "00Q000000000000")
        var record = chat()
        record.attachedRecords = [created, found]
        let fields = row(record)
        #expect(fields["CaseId"] == "500000300000000" && fields["ContactId"] == "003000000000010")
        #expect(fields["AccountId"] == "" && fields["LeadId"] == "")
    }

    @Test func whispersFillTheSupervisorBodyTimedFromTheStart() {
        var record = chat()
        record.whispers = [183.9, 3_722]
        let body = row(record)["SupervisorTranscriptBody"]!
        let lines = body.components(separatedBy: "<br>")
        #expect(lines.count == 3 && lines[2] == "")
        #expect(lines[0].hasPrefix("( 1m 13s ) Supervisor: ") && lines[1].hasPrefix("( 1h 0m 12s ) Supervisor: "))
        #expect(row(chat())["SupervisorTranscriptBody"] == "")
    }

    @Test func quickTextsComeFromTheLibraryWhenThereIsOne() {
        var record = chat()
        record.messages = [TranscriptMessage(time: 130, kind: .quickText, agent: 0),
                           TranscriptMessage(time: 140, kind: .reply, agent: 0)]
        let body = row(record)["Body"]!
        #expect(body.contains("( 20s ) tier1-1: Thanks for waiting &amp; sorry!<br>( 30s ) tier1-1: "))
    }
}
