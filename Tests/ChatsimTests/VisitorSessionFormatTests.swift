import ContactCenter
import Reporting
import Routing
import Testing

/// The fields of `visitors.csv`, `agent_sessions.csv` and the visitor columns of
/// `transcripts.csv`, formatted from hand-made records.
@Suite struct VisitorSessionFormatTests {
    let catalog = RecordCatalog(
        deploymentName: "demo", buttonIDs: ["support"], buttonSkills: [0], skillNames: ["support"],
        agentNames: ["tier1-1", "tier1-2"], time: RecordTime(startDate: Scenario.CalendarDate(year: 2026, month: 1, day: 5)))

    @Test func visitorAndSessionIdsHaveTheirPrefixes() {
        #expect(RecordIDs.visitor(replication: 1, number: 37) == "571000100000011")
        #expect(RecordIDs.session(replication: 0, number: 1) == "0Lx000000000001")
        #expect(RecordIDs.session(replication: 36, number: 36 * 36) == "0Lx001000000100")
    }

    @Test func keysAreShapedLikeVersion4UUIDsAndDifferByKindAndNumber() throws {
        let uuid = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        var keys: Set<String> = []
        for replication in 0..<3 {
            for number in 1...200 {
                let chat = RecordIDs.chatKey(replication: replication, number: number)
                let session = RecordIDs.sessionKey(replication: replication, number: number)
                #expect(chat.wholeMatch(of: uuid) != nil && session.wholeMatch(of: uuid) != nil, "\(chat) \(session)")
                keys.insert(chat)
                keys.insert(session)
            }
        }
        #expect(keys.count == 2 * 3 * 200, "no two keys alike")
        #expect(RecordIDs.chatKey(replication: 2, number: 5) == RecordIDs.chatKey(replication: 2, number: 5))
    }

    @Test func aVisitorRowGivesIdSessionKeyNameAndChats() {
        #expect(VisitorCSVRow.header == ["Id", "SessionKey", "Name", "NumberOfChats"])
        #expect(VisitorCSVRow.fields(VisitorRecord(replication: 2, number: 5, chats: 3))
                == ["571000200000005", RecordIDs.sessionKey(replication: 2, number: 5), "Visitor 5", "3"])
    }

    @Test func aSessionRowGivesTimesInWholeSecondsAndCounters() {
        #expect(CSVTable.line(AgentSessionCSVRow.header)
                == "Id,AgentId,LoginTime,LogoutTime,TimeInOnlineStatus,TimeInAwayStatus,TimeInChats,TimeAtCapacity,"
                + "TimeIdle,ChatReqAssigned,ChatReqEngaged,ChatReqDeclined,ChatReqTimedOut,NumFlagRaised,"
                + "NumFlagLoweredAgent,NumFlagLoweredSupervisor\n")
        var session = AgentSessionRecord(replication: 1, number: 3, agent: 1, loginTime: 9 * 3600)
        session.logoutTime = 17 * 3600 + 0.6
        (session.online, session.away, session.inChats, session.atCapacity, session.idle) =
            (27_000.4, 1800.2, 20_000.5, 3600, 7000)
        (session.assigned, session.engaged, session.declined, session.timedOut) = (40, 35, 3, 2)
        (session.flagsRaised, session.flagsLoweredByAgent, session.flagsLoweredBySupervisor) = (2, 1, 1)
        #expect(AgentSessionCSVRow.fields(session, catalog: catalog) == [
            "0Lx000100000003", "005000000000001", "2026-01-06T09:00:00Z", "2026-01-06T17:00:00Z",
            "27000", "1800", "20001", "3600", "7000", "40", "35", "3", "2", "2", "1", "1",
        ])
    }

    @Test func transcriptsShowTheVisitorIdChatKeyAddressAndAttributes() {
        var record = TranscriptRecord(replication: 1, number: 7, button: 0, requestTime: 60)
        record.visitor = ChatVisitor(
            number: 4, address: IPAddress("198.51.100.7")!,
            attributes: ["Paris, Ile-de-France, France", "Firefox", "fr-FR", "Linux x86_64", "1920x1080",
                         "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
                         "https://www.example.fr/", "Orange"])
        let fields = Dictionary(uniqueKeysWithValues: zip(TranscriptCSVRow.header,
                                                          TranscriptCSVRow.fields(record, catalog: catalog)))
        let expected = [
            "LiveChatVisitorId": "571000100000004", "ChatKey": RecordIDs.chatKey(replication: 1, number: 7),
            "IpAddress": "198.51.100.7", "Location": "Paris, Ile-de-France, France", "Browser": "Firefox",
            "BrowserLanguage": "fr-FR", "Platform": "Linux x86_64", "ScreenResolution": "1920x1080",
            "UserAgent": "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
            "ReferrerUri": "https://www.example.fr/", "VisitorNetwork": "Orange",
            "CaseId": "", "ContactId": "", "AccountId": "", "LeadId": "",
        ]
        for (column, value) in expected {
            #expect(fields[column] == value, "\(column)")
        }
        #expect(record.visitor?[.network] == "Orange")
    }
}
