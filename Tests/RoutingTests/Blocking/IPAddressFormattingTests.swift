import Routing
import Stochastics
import Testing

@Suite struct IPAddressFormattingTests {
    /// Inputs and canonical forms, mostly from RFC 5952 §4 and its examples.
    @Test(arguments: [
        ("2001:db8:0:0:0:0:2:1", "2001:db8::2:1"),
        ("2001:0db8::0001", "2001:db8::1"),
        ("2001:db8::0:1", "2001:db8::1"),
        ("2001:db8:0:0:0:0:0:1", "2001:db8::1"),
        ("2001:DB8::1", "2001:db8::1"),
        ("2001:db8::aaaa:0:0:1", "2001:db8::aaaa:0:0:1"),
        ("2001:db8:0:0:aaaa::1", "2001:db8::aaaa:0:0:1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("0:0:0:0:0:0:0:0", "::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("1:0:0:0:0:0:0:0", "1::"),
        ("fe80:0000::", "fe80::"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),
        ("::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7"),
        ("1:0:2:0:3:0:4:0", "1:0:2:0:3:0:4:0"),
        ("0:0:1:0:0:1:0:0", "::1:0:0:1:0:0"),
        ("1:0:0:2:0:0:0:0", "1:0:0:2::"),
        ("FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
        ("::1.2.3.4", "::102:304"),
        ("::fffe:ffff:ffff", "::fffe:ffff:ffff"),
        ("::1:ffff:0:0", "::1:ffff:0:0"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("::ffff:0:0", "0.0.0.0"),
        ("0:0:0:0:0:FFFF:FFFF:FFFF", "255.255.255.255"),
        ("203.0.113.7", "203.0.113.7"),
        ("10.0.0.0", "10.0.0.0"),
    ] as [(String, String)])
    func printsTheCanonicalForm(text: String, canonical: String) throws {
        let address = try #require(IPAddress(text))
        #expect(address.description == canonical)
        #expect(IPAddress(canonical) == address)
    }

    @Test func printedAddressesReadBackToThemselves() {
        var generator = SplitMix64(seed: 5952)
        for _ in 0..<5_000 {
            // Zero out random groups so that runs of zeros of every length and position occur.
            let zeros = generator.next() & generator.next()
            var halves = (generator.next(), generator.next())
            for group in 0..<8 where zeros >> group & 1 == 1 {
                let mask = ~(UInt64(0xffff) << (16 * (group % 4)))
                if group < 4 { halves.0 &= mask } else { halves.1 &= mask }
            }
            let address = IPAddress(high: halves.0, low: halves.1)
            #expect(IPAddress(address.description) == address, "\(address)")
            let ipv4 = IPAddress(ipv4: UInt32(truncatingIfNeeded: halves.1))
            #expect(IPAddress(ipv4.description) == ipv4, "\(ipv4)")
        }
    }

    @Test func addressesOrderAsNumbersWithIPv4InsideTheMappedBlock() throws {
        let ascending = try [
            "::", "::1", "::1.2.3.4", "::fffe:ffff:ffff", "0.0.0.0", "0.0.0.1", "2.0.0.0", "9.255.255.255",
            "10.0.0.0", "192.0.2.1", "255.255.255.255", "::1:0:0:0", "64:ff9b::", "2001:db8::", "2001:db8::1",
            "2001:db8:0:0:1::", "fe80::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ].map { try #require(IPAddress($0)) }
        for (lower, higher) in zip(ascending, ascending.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
        }
        var generator = SplitMix64(seed: 1)
        #expect(ascending.shuffled(using: &generator).sorted() == ascending)
    }
}
