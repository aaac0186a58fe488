extension IPAddress: LosslessStringConvertible {
    /// Reads an IPv4 or IPv6 address, or returns nil.
    ///
    /// - IPv4: a dotted quad, exactly four decimal numbers from 0 to 255. A number may not start with
    ///   `0` unless it is `0` itself, since `010` means 8 to some parsers and 10 to others.
    /// - IPv6: eight groups of one to four hexadecimal digits (either case) separated by colons; at most
    ///   one `::` stands for one or more groups of zeros (`::`, `::1`, `fe80::`, `2001:db8::1`); the last
    ///   two groups may be written as a dotted quad (`::ffff:192.0.2.1`, `64:ff9b::192.0.2.33`).
    ///
    /// Zone ids (`fe80::1%eth0`), brackets, prefix lengths and surrounding spaces are rejected.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)[...]
        let address: IPAddress?
        if bytes.contains(Self.colon) {
            address = Self.parseIPv6(bytes)
        } else {
            address = Self.parseIPv4(bytes).map { IPAddress(ipv4: $0) }
        }
        guard let address else { return nil }
        self = address
    }

    private static let colon = UInt8(ascii: ":")

    /// The 32-bit value of a dotted quad.
    private static func parseIPv4(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard let octet = parseOctet(part) else { return nil }
            value = value << 8 | UInt32(octet)
        }
        return value
    }

    /// A decimal number from 0 to 255 with no leading zero.
    private static func parseOctet(_ digits: ArraySlice<UInt8>) -> UInt8? {
        guard (1...3).contains(digits.count),
              digits.count == 1 || digits.first != UInt8(ascii: "0")
        else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return UInt8(exactly: value)
    }

    /// An IPv6 address: the groups before and after `::` (if any), with zeros between them.
    private static func parseIPv6(_ bytes: ArraySlice<UInt8>) -> IPAddress? {
        let gap = bytes.indices.dropLast().first { bytes[$0] == colon && bytes[$0 + 1] == colon }
        let head = gap.map { bytes[..<$0] } ?? bytes
        let tail = gap.map { bytes[($0 + 2)...] } ?? []
        guard let headGroups = parseGroups(head, mayEndInIPv4: gap == nil),
              let tailGroups = parseGroups(tail, mayEndInIPv4: true)
        else { return nil }
        let written = headGroups.count + tailGroups.count
        guard gap == nil ? written == 8 : written <= 7 else { return nil }
        let groups = headGroups + Array(repeating: 0, count: 8 - written) + tailGroups
        let high = groups[0..<4].reduce(0) { $0 << 16 | UInt64($1) }
        let low = groups[4..<8].reduce(0) { $0 << 16 | UInt64($1) }
        return IPAddress(high: high, low: low)
    }

    /// Colon-separated groups, none empty; when `mayEndInIPv4`, the last may be a dotted quad,
    /// which counts as two groups.
    private static func parseGroups(_ bytes: ArraySlice<UInt8>, mayEndInIPv4: Bool) -> [UInt16]? {
        if bytes.isEmpty { return [] }
        let parts = bytes.split(separator: colon, omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (index, part) in parts.enumerated() {
            if mayEndInIPv4, index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                guard let ipv4 = parseIPv4(part) else { return nil }
                groups += [UInt16(ipv4 >> 16), UInt16(ipv4 & 0xffff)]
            } else {
                guard let group = parseHexGroup(part) else { return nil }
                groups.append(group)
            }
        }
        return groups
    }

    /// One to four hexadecimal digits, either case.
    private static func parseHexGroup(_ digits: ArraySlice<UInt8>) -> UInt16? {
        guard (1...4).contains(digits.count) else { return nil }
        var value: UInt16 = 0
        for digit in digits {
            guard let nibble = hexValue(digit) else { return nil }
            value = value << 4 | nibble
        }
        return value
    }

    private static func hexValue(_ digit: UInt8) -> UInt16? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt16(digit - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt16(digit - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt16(digit - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
