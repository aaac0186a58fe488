import ContactCenter

/// A row of `transcripts.csv`: one chat's `LiveChatTranscript`, with the API names as columns.
/// Message counts and response times come from the conversation (conversation mode; `0` and empty
/// in the simple service mode); the visitor's record id, address and attributes from the chat's
/// ``ChatVisitor``; attached records and supervisor whispers from what happened inside it.
/// `IsChatbotSession` is `false`.
public enum TranscriptCSVRow {
    /// The columns, in file order.
    public static let header = [
        "Id", "Name", "LiveChatButtonId", "LiveChatDeploymentId", "SkillId", "OwnerId", "Status", "EndedBy",
        "RequestTime", "StartTime", "EndTime", "WaitTime", "Abandoned", "ChatDuration", "OperatorMessageCount",
        "VisitorMessageCount", "AverageResponseTimeOperator", "MaxResponseTimeOperator", "AverageResponseTimeVisitor",
        "MaxResponseTimeVisitor", "LiveChatVisitorId", "ChatKey", "CaseId", "ContactId", "AccountId", "LeadId",
        "IpAddress", "Location", "Browser", "BrowserLanguage", "Platform", "ScreenResolution", "UserAgent",
        "ReferrerUri", "VisitorNetwork", "IsChatbotSession", "Body", "SupervisorTranscriptBody",
    ]

    /// The columns of a run's file: ``header``, then one lookup column per custom record type,
    /// named after it (`Order__c`).
    public static func header(catalog: RecordCatalog) -> [String] {
        header + catalog.customRecordTypes.map(\.name)
    }

    /// The fields of `record`'s row, one per column of ``header(catalog:)``.
    public static func fields(_ record: TranscriptRecord, catalog: RecordCatalog) -> [String] {
        let time = catalog.time
        let day = record.replication
        let stamp = { (seconds: Double?) in seconds.map { time.timestamp(replication: day, seconds: $0) } ?? "" }
        let operatorMessages = record.messages.count { $0.isFromAgent }
        let linkedRecords = zip(catalog.recordTypes, catalog.recordKeyPrefixes).map { type, prefix in
            record.attachedRecords.first { $0.type == type }.map {
                RecordIDs.attached($0, prefix: prefix, replication: day)
            } ?? ""
        }
        let standardCount = Scenario.AttachableRecord.standard.count
        return [
            RecordIDs.transcript(replication: record.replication, number: record.number),
            name(record.number),
            catalog.buttonRecordIDs[record.button],
            RecordIDs.deployment,
            catalog.buttonSkillRecordIDs[record.button],
            record.owner.map { catalog.userRecordIDs[$0] } ?? "",
            record.status.rawValue,
            record.endedBy?.rawValue ?? "",
            stamp(record.requestTime),
            stamp(record.startTime),
            stamp(record.endTime),
            RecordTime.duration(record.waitTime),
            RecordTime.duration(record.abandonedAfter),
            RecordTime.duration(record.chatDuration),
            String(operatorMessages),
            String(record.messages.count - operatorMessages),
            RecordTime.duration(record.agentResponses.average),
            RecordTime.duration(record.agentResponses.count > 0 ? record.agentResponses.longest : nil),
            RecordTime.duration(record.visitorResponses.average),
            RecordTime.duration(record.visitorResponses.count > 0 ? record.visitorResponses.longest : nil),
            record.visitor.map { RecordIDs.visitor(replication: day, number: $0.number) } ?? "",
            RecordIDs.chatKey(replication: day, number: record.number),
        ] + linkedRecords.prefix(standardCount) + visitorDetails(record.visitor)
            + ["false", body(record, catalog: catalog), supervisorBody(record)] + linkedRecords.dropFirst(standardCount)
    }

    /// `IpAddress`, then the attributes from `Location` to `VisitorNetwork`; empty without a visitor.
    static func visitorDetails(_ visitor: ChatVisitor?) -> [String] {
        guard let visitor else { return Array(repeating: "", count: 1 + VisitorAttribute.allCases.count) }
        return [visitor.address.description] + visitor.attributes
    }

    /// `SupervisorTranscriptBody`: one line per supervisor whisper, timed like the `Body`'s lines.
    static func supervisorBody(_ record: TranscriptRecord) -> String {
        guard let start = record.startTime, !record.whispers.isEmpty else { return "" }
        var bytes: [UInt8] = []
        for (index, time) in record.whispers.enumerated() {
            TranscriptBody.appendWhisperLine(index: index, ofChat: record.number, at: time, since: start, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Name`: the chat's number within its day, zero-padded to 8 digits.
    static func name(_ number: Int) -> String {
        RecordTime.pad(number, 8)
    }

    /// `Body`: for a chat an agent accepted, the header a transcript opens with (start time, the
    /// button, the agent who accepted it), then one line per message (``TranscriptBody``); empty for
    /// chats no agent accepted. Names are HTML-escaped.
    static func body(_ record: TranscriptRecord, catalog: RecordCatalog) -> String {
        guard let start = record.startTime,
              let acceptor = record.events.first(where: { $0.type == .accept })?.agent ?? record.owner
        else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(200 + 80 * record.messages.count)
        bytes.append(contentsOf: "<p align=\"center\">Chat Started: ".utf8)
        bytes.append(contentsOf: catalog.time.transcriptHeader(replication: record.replication, seconds: start).utf8)
        bytes.append(contentsOf: "</p><p align=\"center\">Chat Origin: ".utf8)
        bytes.append(contentsOf: catalog.buttonIDsInHTML[record.button].utf8)
        bytes.append(contentsOf: "</p><p align=\"center\">Agent ".utf8)
        bytes.append(contentsOf: catalog.agentNamesInHTML[acceptor].utf8)
        bytes.append(contentsOf: "</p>".utf8)
        let opening = record.messages.firstIndex { $0.kind == .visitor }
        for (index, message) in record.messages.enumerated() {
            TranscriptBody.appendLine(message, index: index, opening: index == opening, ofChat: record.number,
                                      since: start, catalog: catalog, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
