import ContactCenter
@testable import Reporting
import Testing

/// The record fields of what happens inside a conversation: attached record ids, the supervisor's
/// whispers and the quick-text library.
@Suite struct ChatActivityFormatTests {
    let catalog = RecordCatalog(
        deploymentName: "demo", buttonIDs: ["support"], buttonSkills: [0], skillNames: ["support"],
        agentNames: ["tier1-1"], time: RecordTime(startDate: Scenario.CalendarDate(year: 2026, month: 1, day: 5)),
        quickTexts: ["Thanks for waiting & sorry!"],
        recordTypes: Scenario.AttachableRecord.standard + [Scenario.AttachableRecord("Order__c")!,
                                                           Scenario.AttachableRecord("Warranty_Claim__c")!])

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
        let header = TranscriptCSVRow.header(catalog: catalog)
        let fields = TranscriptCSVRow.fields(record, catalog: catalog)
        #expect(fields.count == header.count)
        return Dictionary(uniqueKeysWithValues: zip(header, fields))
    }

    @Test func attachedRecordsAreFoundOnesFromThePoolOrNewOnesOfTheDay() {
        let found = AttachedRecord(type: .contact, time: 200, origin: .found(36))
        let created = AttachedRecord(type: .supportCase, time: 150, origin: .created(0))
        func id(_ record: AttachedRecord, replication: Int) -> String {
            RecordIDs.attached(record, prefix: catalog.keyPrefix(of: record.type), replication: replication)
        }
        #expect(id(found, replication: 2) == "003000000000010", "the same on every day")
        #expect(id(found, replication: 7) == "003000000000010")
        #expect(id(created, replication: 2) == "500000300000000", "day 2's first new case")
        #expect(id(AttachedRecord(type: .account, time: 0, origin: .created(35)), replication: 0) == "00100010000000Z")
        #expect(id(AttachedRecord(type: .lead, time: 0, origin: .found(0)), replication: 0) == "00Q000000000000")
        var record = chat()
        record.attachedRecords = [created, found]
        let fields = row(record)
        #expect(fields["CaseId"] == "500000300000000" && fields["ContactId"] == "003000000000010")
        #expect(fields["AccountId"] == "" && fields["LeadId"] == "")
        #expect(fields["Order__c"] == "" && fields["Warranty_Claim__c"] == "")
    }

    @Test func customObjectsGetAColumnAndAKeyPrefixOfTheirOwn() {
        #expect(TranscriptCSVRow.header(catalog: catalog).suffix(3)
                == ["SupervisorTranscriptBody", "Order__c", "Warranty_Claim__c"], "custom columns come last")
        let order = Scenario.AttachableRecord("Order__c")!
        let claim = Scenario.AttachableRecord("Warranty_Claim__c")!
        #expect(catalog.keyPrefix(of: order) == "a00" && catalog.keyPrefix(of: claim) == "a01")
        var record = chat()
        record.attachedRecords = [AttachedRecord(type: claim, time: 200, origin: .created(1)),
                                  AttachedRecord(type: .lead, time: 300, origin: .found(5))]
        let fields = row(record)
        #expect(fields["Warranty_Claim__c"] == "a01000300000001" && fields["Order__c"] == "")
        #expect(fields["LeadId"] == "00Q000000000005" && fields["CaseId"] == "")
        #expect(TranscriptCSVRow.header(catalog: RecordCatalog(
            deploymentName: "d", buttonIDs: [], buttonSkills: [], skillNames: [], agentNames: [],
            time: catalog.time)) == TranscriptCSVRow.header, "no custom types: the standard columns only")
    }

    @Test func customObjectNamesFollowSalesforceAPINames() {
        for name in ["Order__c", "Warranty_Claim__c", "X2__c", "Case", "Lead"] {
            #expect(Scenario.AttachableRecord(name) != nil, "\(name)")
        }
        for name in ["Order", "order__C", "_Order__c", "Order___c", "Warranty__Claim__c", "2Order__c", "Ordér__c", "__c",
                     "case"] {
            #expect(Scenario.AttachableRecord(name) == nil, "\(name)")
        }
        #expect(Scenario.AttachableRecord("Order__c")!.isCustom && !Scenario.AttachableRecord.lead.isCustom)
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
