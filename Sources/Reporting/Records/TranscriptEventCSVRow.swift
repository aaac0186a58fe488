import ContactCenter

/// A row of `transcript_events.csv`: one `LiveChatTranscriptEvent` of a chat.
public enum TranscriptEventCSVRow {
    /// The columns, in file order.
    public static let header = ["LiveChatTranscriptId", "Time", "Type", "AgentId", "Detail"]

    /// The fields of `event`'s row, for the chat whose transcript id is `transcriptID` on
    /// replication `replication`'s day.
    public static func fields(_ event: TranscriptEvent, transcriptID: String, replication: Int,
                              catalog: RecordCatalog) -> [String] {
        [transcriptID,
         catalog.time.timestamp(replication: replication, seconds: event.time),
         event.type.rawValue,
         event.agent.map { catalog.userRecordIDs[$0] } ?? "",
         event.detail]
    }
}
