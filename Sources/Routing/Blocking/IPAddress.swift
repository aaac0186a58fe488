/// A visitor's network address, IPv4 or IPv6, held as one 128-bit number.
///
/// The IPv4 address `a.b.c.d` is stored as the IPv4-mapped IPv6 address `::ffff:a.b.c.d`
/// (RFC 4291 §2.5.5.2), so both families share one ordered space: IPv4 addresses order among
/// themselves as 32-bit numbers, and lie inside a range of IPv6 addresses only if that range reaches
/// into `::ffff:0:0/96`.
///
/// Read addresses with ``init(_:)`` and print them with ``description``.
public struct IPAddress: Hashable, Comparable, Sendable {
    /// The 64 most significant bits of the 128-bit address.
    public let high: UInt64
    /// The 64 least significant bits of the 128-bit address.
    public let low: UInt64

    /// The address whose 128-bit value is `high << 64 | low`.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The IPv4 address with the 32-bit value `ipv4` (`a.b.c.d` is `a << 24 | b << 16 | c << 8 | d`),
    /// stored as `::ffff:a.b.c.d`.
    public init(ipv4: UInt32) {
        self.init(high: 0, low: Self.ipv4MappedPrefix | UInt64(ipv4))
    }

    /// Whether this is an IPv4 address, that is, an IPv6 address in `::ffff:0:0/96`.
    public var isIPv4: Bool {
        high == 0 && low >> 32 == Self.ipv4MappedPrefix >> 32
    }

    /// Compares the addresses as 128-bit numbers.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// The next address, or nil after the last one (all 128 bits set).
    var successor: IPAddress? {
        if low != .max { return IPAddress(high: high, low: low + 1) }
        if high != .max { return IPAddress(high: high + 1, low: 0) }
        return nil
    }

    /// The low 64 bits of every IPv4-mapped address, without the IPv4 value itself.
    static let ipv4MappedPrefix: UInt64 = 0xffff << 32
}
