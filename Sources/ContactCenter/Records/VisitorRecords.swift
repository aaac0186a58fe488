import Routing

/// The visitor of a chat, as its transcript shows it: the visitor's number within its day (its
/// `LiveChatVisitor` record), its address and its attributes.
public struct ChatVisitor: Sendable, Equatable {
    /// Number of the visitor within its replication, from 1, in order of first arrival.
    public let number: Int
    /// The address the visitor came from (`IpAddress`).
    public let address: IPAddress
    /// The value of each attribute, in ``VisitorAttribute/allCases`` order.
    public let attributes: [String]

    /// A chat's visitor.
    public init(number: Int, address: IPAddress, attributes: [String]) {
        precondition(attributes.count == VisitorAttribute.allCases.count, "one value per attribute")
        self.number = number
        self.address = address
        self.attributes = attributes
    }

    /// The value of `attribute`.
    public subscript(_ attribute: VisitorAttribute) -> String {
        attributes[VisitorAttribute.allCases.firstIndex(of: attribute)!]
    }
}

/// A visitor of one simulated day (`LiveChatVisitor`), written once the day is over.
public struct VisitorRecord: Sendable, Equatable {
    /// Replication (simulated day) of the visitor, from 0.
    public let replication: Int
    /// Number of the visitor within its replication, from 1, in order of first arrival.
    public let number: Int
    /// Chats the visitor requested that day.
    public let chats: Int

    /// A visitor's record.
    public init(replication: Int, number: Int, chats: Int) {
        self.replication = replication
        self.number = number
        self.chats = chats
    }
}
