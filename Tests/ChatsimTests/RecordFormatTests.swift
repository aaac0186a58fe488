import ContactCenter
@testable import Reporting
import Testing

/// The fields of the record files, formatted from hand-made records.
@Suite struct RecordFormatTests {
    let catalog = RecordCatalog(
        deploymentName: "demo, \"day\"", buttonIDs: ["sales", "support"], buttonSkills: [1, 0],
        skillNames: ["support", "sales"], agentNames: ["tier1-1", "tier1-2", "R&D-1"],
        time: RecordTime(startDate: Scenario.CalendarDate(year: 2026, month: 1, day: 5)))

    @Test func idsAreFifteenCharactersOfPrefixAndBase36() {
        #expect(RecordIDs.transcript(replication: 0, number: 1) == "570000000000001")
        #expect(RecordIDs.transcript(replication: 37, number: 36) == "570001100000010")
        #expect(RecordIDs.transcript(replication: 36 * 36 * 36 * 36 - 1, number: 35) == "570ZZZZ0000000Z")
        #expect(RecordIDs.button(0) == "573000000000000")
        #expect(RecordIDs.button(35) == "57300000000000Z")
        #expect(RecordIDs.deployment == "572000000000000")
        #expect(RecordIDs.skill(1) == "0C5000000000001")
        #expect(RecordIDs.user(36 * 36 + 10) == "00500000000010A")
        for id in [RecordIDs.transcript(replication: 999, number: 123_456), RecordIDs.user(5)] {
            #expect(id.count == 15)
        }
    }

    @Test func timesAreISOSecondsFromTheStartDatePlusTheReplication() {
        let time = catalog.time
        #expect(time.timestamp(replication: 0, seconds: 0) == "2026-01-05T00:00:00Z")
        #expect(time.timestamp(replication: 0, seconds: 8 * 3600 + 3 * 60 + 12.999) == "2026-01-05T08:03:12Z")
        #expect(time.timestamp(replication: 0, seconds: 86_399.9) == "2026-01-05T23:59:59Z")
        #expect(time.timestamp(replication: 0, seconds: 86_400 + 5) == "2026-01-06T00:00:05Z", "past midnight")
        #expect(time.timestamp(replication: 1, seconds: 0) == "2026-01-06T00:00:00Z", "day r is startDate + r")
        #expect(time.timestamp(replication: 26, seconds: 3_600) == "2026-01-31T01:00:00Z")
        #expect(time.timestamp(replication: 27, seconds: 3_600) == "2026-02-01T01:00:00Z")
        #expect(time.timestamp(replication: 361, seconds: 60) == "2027-01-01T00:01:00Z")
        let leap = RecordTime(startDate: Scenario.CalendarDate(year: 2024, month: 2, day: 28))
        #expect(leap.timestamp(replication: 1, seconds: 0) == "2024-02-29T00:00:00Z")
        #expect(leap.timestamp(replication: 2, seconds: 0) == "2024-03-01T00:00:00Z")
        let early = RecordTime(startDate: Scenario.CalendarDate(year: 1969, month: 12, day: 31))
        #expect(early.firstDay == -1)
        #expect(early.timestamp(replication: 0, seconds: 86_400) == "1970-01-01T00:00:00Z")
        #expect(early.transcriptHeader(replication: 0, seconds: 0) == "Wednesday, December 31, 1969, 00:00:00 (+0000)")
    }

    @Test func durationsAreRoundedToWholeSeconds() {
        #expect(RecordTime.duration(nil) == "")
        #expect(RecordTime.duration(0.4) == "0")
        #expect(RecordTime.duration(2.5) == "3")
        #expect(RecordTime.duration(2.49) == "2")
        #expect(RecordTime.duration(125.7) == "126")
    }

    @Test func transcriptHeaderNamesTheWeekdayAndMonthInEnglish() {
        let time = catalog.time
        #expect(time.transcriptHeader(replication: 0, seconds: 29_001.5) == "Monday, January 05, 2026, 08:03:21 (+0000)")
        #expect(time.transcriptHeader(replication: 5, seconds: 86_400 + 1) == "Sunday, January 11, 2026, 00:00:01 (+0000)")
        #expect(time.transcriptHeader(replication: 40, seconds: 13 * 3600) == "Saturday, February 14, 2026, 13:00:00 (+0000)")
    }

    @Test func csvLinesQuoteCommasQuotesAndLineBreaks() {
        #expect(CSVTable.line(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", ""])
                == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\nlf\",\n")
        var table = CSVTable(header: ["x", "y"])
        table.append(["1", "<p align=\"center\">"])
        #expect(table.serialized() == "x,y\n1,\"<p align=\"\"center\"\">\"\n")
    }

    /// A chat on button 1 (support), requested just before midnight of the second day and accepted
    /// just after, by agent 2, that the visitor ended.
    func completedChat() -> TranscriptRecord {
        var record = TranscriptRecord(replication: 1, number: 7, button: 1, requestTime: 86_390.4)
        record.startTime = 86_400.6
        record.endTime = 87_000.4
        record.endedBy = .visitor
        record.status = .completed
        record.owner = 2
        record.events += [TranscriptEvent(time: 86_390.4, type: .pushAssignment, agent: 2),
                          TranscriptEvent(time: 86_400.6, type: .accept, agent: 2),
                          TranscriptEvent(time: 87_000.4, type: .endVisitor, agent: nil, detail: "bye, \"all\"")]
        return record
    }

    func row(_ record: TranscriptRecord) -> [String: String] {
        let fields = TranscriptCSVRow.fields(record, catalog: catalog)
        #expect(fields.count == TranscriptCSVRow.header.count)
        return Dictionary(uniqueKeysWithValues: zip(TranscriptCSVRow.header, fields))
    }

    @Test func transcriptColumnsAreTheAPINamesInOrder() {
        #expect(TranscriptCSVRow.header.count == 38)
        #expect(CSVTable.line(TranscriptCSVRow.header)
                == "Id,Name,LiveChatButtonId,LiveChatDeploymentId,SkillId,OwnerId,Status,EndedBy,RequestTime,"
                + "StartTime,EndTime,WaitTime,Abandoned,ChatDuration,OperatorMessageCount,VisitorMessageCount,"
                + "AverageResponseTimeOperator,MaxResponseTimeOperator,AverageResponseTimeVisitor,"
                + "MaxResponseTimeVisitor,LiveChatVisitorId,ChatKey,CaseId,ContactId,AccountId,LeadId,IpAddress,"
                + "Location,Browser,BrowserLanguage,Platform,ScreenResolution,UserAgent,ReferrerUri,VisitorNetwork,"
                + "IsChatbotSession,Body,SupervisorTranscriptBody\n")
        #expect(TranscriptEventCSVRow.header == ["LiveChatTranscriptId", "Time", "Type", "AgentId", "Detail"])
    }

    @Test func anAcceptedChatHasItsTimesOwnerAndBody() {
        let fields = row(completedChat())
        let expected: [String: String] = [
            "Id": "570000100000007", "Name": "00000007", "LiveChatButtonId": "573000000000001",
            "LiveChatDeploymentId": "572000000000000", "SkillId": "0C5000000000000", "OwnerId": "005000000000002",
            "Status": "Completed", "EndedBy": "Visitor", "RequestTime": "2026-01-06T23:59:50Z",
            "StartTime": "2026-01-07T00:00:00Z", "EndTime": "2026-01-07T00:10:00Z", "WaitTime": "10",
            "Abandoned": "", "ChatDuration": "600", "OperatorMessageCount": "0", "VisitorMessageCount": "0",
            "IsChatbotSession": "false", "SupervisorTranscriptBody": "", "IpAddress": "", "LiveChatVisitorId": "",
            "ChatKey": RecordIDs.chatKey(replication: 1, number: 7),
            "Body": "<p align=\"center\">Chat Started: Wednesday, January 07, 2026, 00:00:00 (+0000)</p>"
                + "<p align=\"center\">Chat Origin: support</p><p align=\"center\">Agent R&amp;D-1</p>",
        ]
        for (column, value) in expected {
            #expect(fields[column] == value, "\(column)")
        }
        let empty = TranscriptCSVRow.header.filter { expected[$0] == nil }
        #expect(empty.count == 16, "the response times, the linked records and the visitor's attributes")
        #expect(empty.allSatisfy { fields[$0] == "" }, "fields not simulated are empty")
    }

    @Test func aConversationGivesCountsResponseTimesAndBodyLines() throws {
        var record = completedChat()
        let start = record.startTime!
        record.messages = [
            TranscriptMessage(time: start + 1, kind: .greeting, agent: 2),
            TranscriptMessage(time: start + 20.7, kind: .visitor, agent: nil),
            TranscriptMessage(time: start + 93.2, kind: .reply, agent: 2),
            TranscriptMessage(time: start + 150, kind: .visitor, agent: nil),
            TranscriptMessage(time: start + 3_725, kind: .article, agent: 0),
        ]
        record.agentResponses.add(72.5)
        record.agentResponses.add(3_575)
        record.visitorResponses.add(19.7)
        record.visitorResponses.add(56.8)
        let fields = row(record)
        #expect(fields["OperatorMessageCount"] == "3" && fields["VisitorMessageCount"] == "2")
        #expect(fields["AverageResponseTimeOperator"] == "1824" && fields["MaxResponseTimeOperator"] == "3575")
        #expect(fields["AverageResponseTimeVisitor"] == "38" && fields["MaxResponseTimeVisitor"] == "57")
        let body = try #require(fields["Body"])
        #expect(body.hasPrefix("<p align=\"center\">Chat Started: Wednesday, January 07, 2026, 00:00:00 (+0000)</p>"
                               + "<p align=\"center\">Chat Origin: support</p><p align=\"center\">Agent R&amp;D-1</p>"
                               + "( 1s ) R&amp;D-1: Hello, thanks for contacting us. How can I help you today?<br>"
                               + "( 20s ) Visitor: "))
        #expect(body.contains("<br>( 1m 33s ) R&amp;D-1: "))
        #expect(body.contains("<br>( 2m 30s ) Visitor: "))
        #expect(body.hasSuffix("<br>"))
        let lines = body.components(separatedBy: "<br>").dropLast()
        #expect(lines.count == 5)
        #expect(lines.last?.hasPrefix("( 1h 2m 5s ) tier1-1: ") == true, "a conference guest's message")
    }

    @Test func theVisitorOpensWithAQuestionAndChatsReadDifferently() throws {
        func visitorLines(ofChat number: Int) throws -> [Substring] {
            var record = TranscriptRecord(replication: 0, number: number, button: 0, requestTime: 0)
            record.startTime = 1
            record.owner = 0
            record.messages = [TranscriptMessage(time: 2, kind: .greeting, agent: 0)]
                + (0..<6).map { TranscriptMessage(time: 10 + Double($0), kind: .visitor, agent: nil) }
            let body = try #require(row(record)["Body"])
            return body.components(separatedBy: "<br>").filter { $0.contains(") Visitor: ") }
                .map { $0.split(separator: ":", maxSplits: 1)[1].dropFirst() }
        }
        var openings: Set<Substring> = []
        var conversations: Set<[Substring]> = []
        for number in 1...20 {
            let lines = try visitorLines(ofChat: number)
            #expect(lines.count == 6)
            #expect(TranscriptBody.openers.contains(String(lines[0])), "\(lines[0])")
            #expect(lines.dropFirst().allSatisfy { TranscriptBody.visitorPhrases.contains(String($0)) })
            openings.insert(lines[0])
            conversations.insert(lines)
        }
        #expect(openings.count > 3 && conversations.count == 20, "chats do not all read alike")
    }

    @Test func aMissedChatHasNoStartOwnerNorBody() {
        var record = TranscriptRecord(replication: 0, number: 12, button: 0, requestTime: 100.2)
        record.endTime = 145.9
        record.endedBy = .visitor
        record.events.append(TranscriptEvent(time: 145.9, type: .cancelVisitor, agent: nil))
        let fields = row(record)
        #expect(fields["Id"] == "57000000000000C" && fields["Status"] == "Missed")
        #expect(fields["SkillId"] == "0C5000000000001" && fields["LiveChatButtonId"] == "573000000000000")
        #expect(fields["RequestTime"] == "2026-01-05T00:01:40Z" && fields["EndTime"] == "2026-01-05T00:02:25Z")
        #expect(fields["StartTime"] == "" && fields["OwnerId"] == "" && fields["WaitTime"] == "")
        #expect(fields["Abandoned"] == "46" && fields["ChatDuration"] == "" && fields["Body"] == "")
    }

    @Test func eventRowsNameTheTranscriptTimeTypeAndAgent() {
        let record = completedChat()
        let id = RecordIDs.transcript(replication: record.replication, number: record.number)
        let lines = record.events.map {
            CSVTable.line(TranscriptEventCSVRow.fields($0, transcriptID: id, replication: record.replication,
                                                       catalog: catalog))
        }
        #expect(lines == ["570000100000007,2026-01-06T23:59:50Z,ChatRequest,,\n",
                          "570000100000007,2026-01-06T23:59:50Z,PushAssignment,005000000000002,\n",
                          "570000100000007,2026-01-07T00:00:00Z,Accept,005000000000002,\n",
                          "570000100000007,2026-01-07T00:10:00Z,EndVisitor,,\"bye, \"\"all\"\"\"\n"])
    }

    @Test func recordKeysListButtonsDeploymentSkillsAndUsers() {
        #expect(catalog.keysCSV().serialized() == """
            Id,Object,Name
            573000000000000,LiveChatButton,sales
            573000000000001,LiveChatButton,support
            572000000000000,LiveChatDeployment,"demo, ""day\"\"\"
            0C5000000000000,Skill,support
            0C5000000000001,Skill,sales
            005000000000000,User,tier1-1
            005000000000001,User,tier1-2
            005000000000002,User,R&D-1

            """)
    }
}
