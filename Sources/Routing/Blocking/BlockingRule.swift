/// A rule refusing chat requests from visitors whose address lies in an inclusive range: Salesforce's
/// `LiveChatBlockingRule` (`FromIpAddress`, `ToIpAddress`, `Description`).
///
/// Both ends are IPv4 addresses or both are IPv6 addresses. An IPv6 range that spans `::ffff:0:0/96`
/// (such as `::/0`) also covers the IPv4 addresses, which live there (see ``IPAddress``).
public struct BlockingRule: Hashable, Sendable {
    /// The first blocked address (`FromIpAddress`).
    public let from: IPAddress
    /// The last blocked address (`ToIpAddress`); the range includes it. Equal to ``from`` for a rule
    /// blocking a single address.
    public let to: IPAddress
    /// Why the rule exists (`Description`), free text.
    public let description: String

    /// A rule blocking every address from `from` through `to`.
    ///
    /// - Throws: ``BlockingRuleError/reversedRange(from:to:)`` if `from` comes after `to`;
    ///   ``BlockingRuleError/mixedFamilies(from:to:)`` if one end is IPv4 and the other IPv6.
    public init(from: IPAddress, to: IPAddress, description: String = "") throws(BlockingRuleError) {
        guard from.isIPv4 == to.isIPv4 else { throw .mixedFamilies(from: from, to: to) }
        guard from <= to else { throw .reversedRange(from: from, to: to) }
        self.from = from
        self.to = to
        self.description = description
    }

    /// A rule blocking one address, as when an agent blocks the visitor of a chat.
    public init(blocking address: IPAddress, description: String = "") {
        from = address
        to = address
        self.description = description
    }

    /// Whether the rule blocks `address`.
    public func contains(_ address: IPAddress) -> Bool {
        from <= address && address <= to
    }
}
