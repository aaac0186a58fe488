import Routing
import Testing

@Suite struct BlockingRuleParsingTests {
    /// Rule text, and the first and last addresses it blocks.
    @Test(arguments: [
        ("203.0.113.7", "203.0.113.7", "203.0.113.7"),
        ("  2001:db8::1 ", "2001:db8::1", "2001:db8::1"),
        ("198.51.100.0 - 198.51.100.255", "198.51.100.0", "198.51.100.255"),
        ("198.51.100.0-198.51.100.255", "198.51.100.0", "198.51.100.255"),
        (" 198.51.100.0 -198.51.100.255 ", "198.51.100.0", "198.51.100.255"),
        ("1.2.3.4-1.2.3.4", "1.2.3.4", "1.2.3.4"),
        ("::ffff:1.2.3.4 - 1.2.3.9", "1.2.3.4", "1.2.3.9"),
        ("2001:db8::1-2001:db8::ff", "2001:db8::1", "2001:db8::ff"),
        ("2001:db8::1 - 2001:db8::ff", "2001:db8::1", "2001:db8::ff"),
        ("203.0.113.0/24", "203.0.113.0", "203.0.113.255"),
        ("10.0.0.0 / 8", "10.0.0.0", "10.255.255.255"),
        ("0.0.0.0/0", "0.0.0.0", "255.255.255.255"),
        ("128.0.0.0/1", "128.0.0.0", "255.255.255.255"),
        ("203.0.113.7/32", "203.0.113.7", "203.0.113.7"),
        ("203.0.113.6/31", "203.0.113.6", "203.0.113.7"),
        ("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("2001:db8:0:1::/64", "2001:db8:0:1::", "2001:db8:0:1:ffff:ffff:ffff:ffff"),
        ("2001:db8::/63", "2001:db8::", "2001:db8:0:1:ffff:ffff:ffff:ffff"),
        ("2001:db8::/65", "2001:db8::", "2001:db8::7fff:ffff:ffff:ffff"),
        ("2001:db8::1/128", "2001:db8::1", "2001:db8::1"),
        ("8000::/1", "8000::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("::ffff:0:0/96", "0.0.0.0", "255.255.255.255"),
        ("::ffff:192.0.2.0/120", "192.0.2.0", "192.0.2.255"),
    ] as [(String, String, String)])
    func readsAddressesRangesAndCIDRBlocks(text: String, from: String, to: String) throws {
        let rule = try BlockingRule(text, description: "test")
        #expect(rule.from == IPAddress(from))
        #expect(rule.to == IPAddress(to))
        #expect(rule.description == "test")
    }

    @Test(arguments: [
        ("", BlockingRuleError.malformed("")),
        ("   ", .malformed("   ")),
        ("1.2.3", .malformed("1.2.3")),
        ("2001:db8::1%eth0", .malformed("2001:db8::1%eth0")),
        ("1.2.3.4 -", .malformed("1.2.3.4 -")),
        ("- 1.2.3.4", .malformed("- 1.2.3.4")),
        ("1.2.3.4 - 1.2.3.5 - 1.2.3.6", .malformed("1.2.3.4 - 1.2.3.5 - 1.2.3.6")),
        ("1.2.3.0/24 - 1.2.4.0", .malformed("1.2.3.0/24 - 1.2.4.0")),
        ("1.2.3.0/24/8", .malformed("1.2.3.0/24/8")),
        ("/24", .malformed("/24")),
        ("1.2.3 - 1.2.3.9", .invalidAddress("1.2.3", in: "1.2.3 - 1.2.3.9")),
        ("1.2.3.0 - 01.2.3.9", .invalidAddress("01.2.3.9", in: "1.2.3.0 - 01.2.3.9")),
        ("1.2.3.256/24", .invalidAddress("1.2.3.256", in: "1.2.3.256/24")),
        ("1.2.3.0/33", .invalidPrefixLength("1.2.3.0/33", maximum: 32)),
        ("1.2.3.0/", .invalidPrefixLength("1.2.3.0/", maximum: 32)),
        ("1.2.3.0/-1", .malformed("1.2.3.0/-1")),
        ("1.2.3.0/+8", .invalidPrefixLength("1.2.3.0/+8", maximum: 32)),
        ("1.2.3.0/8a", .invalidPrefixLength("1.2.3.0/8a", maximum: 32)),
        ("1.2.3.0/0024", .invalidPrefixLength("1.2.3.0/0024", maximum: 32)),
        ("2001:db8::/129", .invalidPrefixLength("2001:db8::/129", maximum: 128)),
        ("::ffff:1.2.3.0/24", .hostBitsSet("::ffff:1.2.3.0/24", network: IPAddress(high: 0, low: 0))),
        ("203.0.113.7/24", .hostBitsSet("203.0.113.7/24", network: IPAddress(ipv4: 0xcb00_7100))),
        ("2001:db8::1/32", .hostBitsSet("2001:db8::1/32", network: IPAddress(high: 0x2001_0db8_0000_0000, low: 0))),
        ("1.2.3.4 - 1.2.3.3",
         .reversedRange(from: IPAddress(ipv4: 0x0102_0304), to: IPAddress(ipv4: 0x0102_0303))),
        ("2001:db8::2-2001:db8::1",
         .reversedRange(from: IPAddress(high: 0x2001_0db8_0000_0000, low: 2),
                        to: IPAddress(high: 0x2001_0db8_0000_0000, low: 1))),
        ("1.2.3.4 - 2001:db8::1",
         .mixedFamilies(from: IPAddress(ipv4: 0x0102_0304), to: IPAddress(high: 0x2001_0db8_0000_0000, low: 1))),
        ("::fffe:ffff:ffff - 1.2.3.4",
         .mixedFamilies(from: IPAddress(high: 0, low: 0xfffe_ffff_ffff), to: IPAddress(ipv4: 0x0102_0304))),
    ] as [(String, BlockingRuleError)])
    func rejectsBadTextWithTheReason(text: String, error: BlockingRuleError) {
        #expect(throws: error) { try BlockingRule(text) }
    }

    @Test func errorMessagesQuoteTheText() {
        #expect(BlockingRuleError.malformed("1.2.3").description
            == #"expected an IPv4 or IPv6 address, a range "A - B" or a CIDR block "A/n", found "1.2.3""#)
        #expect(BlockingRuleError.invalidAddress("1.2.3", in: "1.2.3 - 1.2.3.9").description
            == #"expected an IPv4 or IPv6 address, found "1.2.3" in "1.2.3 - 1.2.3.9""#)
        #expect(BlockingRuleError.invalidPrefixLength("1.2.3.0/33", maximum: 32).description
            == #"expected a prefix length from 0 to 32 after "/", in "1.2.3.0/33""#)
        #expect(BlockingRuleError.hostBitsSet("203.0.113.7/24", network: IPAddress(ipv4: 0xcb00_7100)).description
            == #"the address of CIDR block "203.0.113.7/24" has bits set after the prefix; the block starts at 203.0.113.0"#)
        let one = IPAddress(ipv4: 0x0102_0304), two = IPAddress(high: 0x2001_0db8_0000_0000, low: 1)
        #expect(BlockingRuleError.reversedRange(from: two, to: two).description
            == "the range 2001:db8::1 - 2001:db8::1 ends before it starts")
        #expect(BlockingRuleError.mixedFamilies(from: one, to: two).description
            == "the range 1.2.3.4 - 2001:db8::1 mixes IPv4 and IPv6 addresses")
    }

    @Test func rulesBuiltFromAddressesCoverTheirBoundsInclusively() throws {
        let first = try #require(IPAddress("198.51.100.0")), last = try #require(IPAddress("198.51.100.255"))
        let rule = try BlockingRule(from: first, to: last, description: "Spam")
        #expect(rule.contains(first) && rule.contains(last))
        #expect(!rule.contains(try #require(IPAddress("198.51.99.255"))))
        #expect(!rule.contains(try #require(IPAddress("198.51.101.0"))))
        #expect(try BlockingRule("198.51.100.0/24", description: "Spam") == rule)
        #expect(throws: BlockingRuleError.reversedRange(from: last, to: first)) {
            try BlockingRule(from: last, to: first)
        }

        let single = BlockingRule(blocking: first, description: "Abusive visitor")
        #expect(single.from == first && single.to == first && single.description == "Abusive visitor")
        #expect(try BlockingRule("198.51.100.0", description: "Abusive visitor") == single)
    }
}
