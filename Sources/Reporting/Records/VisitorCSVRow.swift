import ContactCenter

/// A row of `visitors.csv`: one visitor of a day (`LiveChatVisitor`).
public enum VisitorCSVRow {
    /// The columns, in file order.
    public static let header = ["Id", "SessionKey", "Name", "NumberOfChats"]

    /// The fields of `visitor`'s row, one per column of ``header``.
    public static func fields(_ visitor: VisitorRecord) -> [String] {
        [RecordIDs.visitor(replication: visitor.replication, number: visitor.number),
         RecordIDs.sessionKey(replication: visitor.replication, number: visitor.number),
         "Visitor \(visitor.number)",
         String(visitor.chats)]
    }
}
