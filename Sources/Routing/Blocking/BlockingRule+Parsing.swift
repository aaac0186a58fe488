extension BlockingRule {
    /// Reads a rule from text in one of three forms, with optional spaces around each part:
    ///
    /// - a single address: `203.0.113.7`, `2001:db8::1`;
    /// - an inclusive range: `198.51.100.0 - 198.51.100.255`, `2001:db8::1-2001:db8::ff`;
    /// - a CIDR block: `203.0.113.0/24` (the prefix length counts bits of the IPv4 address, 0 to 32),
    ///   `2001:db8::/32` (bits of the IPv6 address, 0 to 128). The address must be the first of its
    ///   block: `203.0.113.7/24` is rejected rather than read as `203.0.113.0/24`.
    ///
    /// Addresses are read by ``IPAddress/init(_:)``.
    ///
    /// - Throws: ``BlockingRuleError`` naming what is wrong with the text.
    public init(_ text: String, description: String = "") throws(BlockingRuleError) {
        let trimmed = Self.trimmingWhitespace(text[...])
        let dashParts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let slashParts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        switch (dashParts.count, slashParts.count) {
        case (1, 1):
            guard let address = IPAddress(String(trimmed)) else { throw .malformed(text) }
            self.init(blocking: address, description: description)
        case (2, 1):
            try self.init(
                from: Self.address(dashParts[0], in: text), to: Self.address(dashParts[1], in: text),
                description: description)
        case (1, 2):
            let (from, to) = try Self.block(address: slashParts[0], prefixLength: slashParts[1], in: text)
            try self.init(from: from, to: to, description: description)
        default:
            throw .malformed(text)
        }
    }

    /// The first and last addresses of a CIDR block.
    private static func block(
        address part: Substring, prefixLength lengthText: Substring, in text: String
    ) throws(BlockingRuleError) -> (IPAddress, IPAddress) {
        let address = try address(part, in: text)
        let isIPv6Notation = part.contains(":")
        let maximum = isIPv6Notation ? 128 : 32
        let digits = trimmingWhitespace(lengthText)
        guard (1...3).contains(digits.count), digits.allSatisfy({ ("0"..."9").contains($0) }),
              let length = Int(digits), length <= maximum
        else { throw .invalidPrefixLength(text, maximum: maximum) }
        // Bits of the 128-bit address after the prefix; shifts of 64 or more give 0.
        let prefix = isIPv6Notation ? length : 96 + length
        let hostHigh = UInt64.max >> prefix
        let hostLow = UInt64.max >> max(0, prefix - 64)
        let network = IPAddress(high: address.high & ~hostHigh, low: address.low & ~hostLow)
        guard network == address else { throw .hostBitsSet(text, network: network) }
        return (network, IPAddress(high: address.high | hostHigh, low: address.low | hostLow))
    }

    /// The address written in `part` (spaces around it ignored) of the rule `text`.
    private static func address(_ part: Substring, in text: String) throws(BlockingRuleError) -> IPAddress {
        let trimmed = trimmingWhitespace(part)
        guard !trimmed.isEmpty else { throw .malformed(text) }
        guard let address = IPAddress(String(trimmed)) else { throw .invalidAddress(String(trimmed), in: text) }
        return address
    }

    private static func trimmingWhitespace(_ text: Substring) -> Substring {
        var trimmed = text.drop(while: \.isWhitespace)
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
