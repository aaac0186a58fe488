/// Why text does not describe a blocking rule, or why two addresses do not make a range.
public enum BlockingRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not an address, a range `A - B` or a CIDR block `A/n`.
    case malformed(String)
    /// A part of a range or CIDR block (first value) is not an address; the second value is the whole text.
    case invalidAddress(String, in: String)
    /// The prefix length of a CIDR block is not a whole number from 0 to `maximum`: 32 for an IPv4
    /// address written as a dotted quad, 128 for an address written in IPv6 notation.
    case invalidPrefixLength(String, maximum: Int)
    /// The address of a CIDR block has bits set after the prefix: it is not the first address of the
    /// block, which is `network`.
    case hostBitsSet(String, network: IPAddress)
    /// The first address of the range comes after the last.
    case reversedRange(from: IPAddress, to: IPAddress)
    /// One end of the range is an IPv4 address and the other an IPv6 address.
    case mixedFamilies(from: IPAddress, to: IPAddress)

    /// A one-line explanation naming the offending text.
    public var description: String {
        switch self {
        case .malformed(let text):
            #"expected an IPv4 or IPv6 address, a range "A - B" or a CIDR block "A/n", found "\#(text)""#
        case .invalidAddress(let part, let text):
            #"expected an IPv4 or IPv6 address, found "\#(part)" in "\#(text)""#
        case .invalidPrefixLength(let text, let maximum):
            #"expected a prefix length from 0 to \#(maximum) after "/", in "\#(text)""#
        case .hostBitsSet(let text, let network):
            #"the address of CIDR block "\#(text)" has bits set after the prefix; the block starts at \#(network)"#
        case .reversedRange(let from, let to):
            "the range \(from) - \(to) ends before it starts"
        case .mixedFamilies(let from, let to):
            "the range \(from) - \(to) mixes IPv4 and IPv6 addresses"
        }
    }
}
