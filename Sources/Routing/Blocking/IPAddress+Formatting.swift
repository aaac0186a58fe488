extension IPAddress: CustomStringConvertible {
    /// The address as text that ``init(_:)`` reads back to the same address.
    ///
    /// IPv4 (IPv4-mapped) addresses print as a dotted quad, `192.0.2.1`. Other addresses print in the
    /// canonical IPv6 form of RFC 5952: lowercase hexadecimal without leading zeros, and the longest
    /// run of two or more zero groups (the leftmost on ties) written `::`, as in `2001:db8::1`.
    public var description: String {
        if isIPv4 {
            return "\((low >> 24) & 0xff).\((low >> 16) & 0xff).\((low >> 8) & 0xff).\(low & 0xff)"
        }
        let groups = (0..<8).map { index in
            UInt16(truncatingIfNeeded: (index < 4 ? high : low) >> (48 - 16 * (index % 4)))
        }
        let hex = groups.map { String($0, radix: 16) }
        guard let zeros = Self.longestZeroRun(groups), zeros.count >= 2 else {
            return hex.joined(separator: ":")
        }
        return hex[..<zeros.lowerBound].joined(separator: ":") + "::"
            + hex[zeros.upperBound...].joined(separator: ":")
    }

    /// The leftmost longest run of zero groups, or nil if no group is zero.
    private static func longestZeroRun(_ groups: [UInt16]) -> Range<Int>? {
        var longest: Range<Int>?
        var start = 0
        while let first = groups[start...].firstIndex(of: 0) {
            let end = groups[first...].firstIndex { $0 != 0 } ?? groups.endIndex
            if end - first > longest?.count ?? 0 { longest = first..<end }
            start = end
        }
        return longest
    }
}
