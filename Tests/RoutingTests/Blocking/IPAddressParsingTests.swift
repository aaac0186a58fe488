import Routing
import Testing

@Suite struct IPAddressParsingTests {
    @Test(arguments: [
        ("0.0.0.0", 0x0000_0000), ("255.255.255.255", 0xffff_ffff), ("192.0.2.1", 0xc000_0201),
        ("1.2.3.4", 0x0102_0304), ("10.0.0.0", 0x0a00_0000), ("100.64.0.10", 0x6440_000a),
    ] as [(String, UInt32)])
    func readsDottedQuadsAsIPv4(text: String, value: UInt32) {
        let address = IPAddress(text)
        #expect(address == IPAddress(ipv4: value))
        #expect(address?.isIPv4 == true)
        #expect(address == IPAddress(high: 0, low: 0xffff_0000_0000 | UInt64(value)), "stored as ::ffff:a.b.c.d")
    }

    @Test(arguments: [
        "", ".", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.256", "1.2.3.999", "1234.1.1.1",
        "01.2.3.4", "1.2.3.04", "00.0.0.0", "1.2.3.00", "+1.2.3.4", "-1.2.3.4", "1.-2.3.4",
        "1..2.3", ".1.2.3", "1.2.3.4.", "1.2.3.a", "0x1.2.3.4", "1.2.3.4/32", "1.2.3.4%eth0",
        " 1.2.3.4", "1.2.3.4 ", "1.2.3 .4", "\u{661}.2.3.4", "4294967295",
    ])
    func rejectsMalformedIPv4(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test(arguments: [
        ("::", 0, 0),
        ("::1", 0, 1),
        ("1::", 0x0001_0000_0000_0000, 0),
        ("fe80::", 0xfe80_0000_0000_0000, 0),
        ("2001:db8::1", 0x2001_0db8_0000_0000, 1),
        ("2001:DB8::1", 0x2001_0db8_0000_0000, 1),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", 0x2001_0db8_0000_0000, 1),
        ("1:2:3:4:5:6:7:8", 0x0001_0002_0003_0004, 0x0005_0006_0007_0008),
        ("1:2:3:4:5:6:7::", 0x0001_0002_0003_0004, 0x0005_0006_0007_0000),
        ("::1:2:3:4:5:6:7", 0x0000_0001_0002_0003, 0x0004_0005_0006_0007),
        ("1:2:3::6:7:8", 0x0001_0002_0003_0000, 0x0000_0006_0007_0008),
        ("aBcD:Ef01::", 0xabcd_ef01_0000_0000, 0),
        ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", .max, .max),
        ("::ffff:1.2.3.4", 0, 0x0000_ffff_0102_0304),
        ("::FFFF:192.0.2.1", 0, 0x0000_ffff_c000_0201),
        ("64:ff9b::192.0.2.33", 0x0064_ff9b_0000_0000, 0x0000_0000_c000_0221),
        ("::1.2.3.4", 0, 0x0000_0000_0102_0304),
        ("1:2:3:4:5:6:1.2.3.4", 0x0001_0002_0003_0004, 0x0005_0006_0102_0304),
        ("1::255.255.255.255", 0x0001_0000_0000_0000, 0x0000_0000_ffff_ffff),
    ] as [(String, UInt64, UInt64)])
    func readsIPv6(text: String, high: UInt64, low: UInt64) {
        #expect(IPAddress(text) == IPAddress(high: high, low: low))
    }

    @Test(arguments: [
        ":", ":::", "::::", "1::2::3", "1::2::", "::1::", "12345::", "::12345", "00000::",
        "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8",
        "1:2:3:4::5:6:7:8", ":1::", "1::2:", ":1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:", "1:", ":1",
        "1:::2", "g::", "::g", "0x1::", "-1::", "+1::", "fe80::1%eth0", "[::1]", "::1/128",
        " ::1", "::1 ", ":: 1", "1.2.3.4::", "1.2.3.4::1", "::1.2.3.4:5", "::1.2.3.4.5", "::ffff:1.2.3",
        "::ffff:01.2.3.4", "::ffff:256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6:7::1.2.3.4",
        "1.2.3.4:1::", "::1.2.3.4::",
    ])
    func rejectsMalformedIPv6(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test(arguments: [
        ("1.2.3.4", true), ("::ffff:1.2.3.4", true), ("::ffff:0:0", true), ("::ffff:ffff:ffff", true),
        ("::", false), ("::1", false), ("::fffe:ffff:ffff", false), ("::1:0:0:0", false),
        ("::1:ffff:0:0", false), ("::1.2.3.4", false), ("64:ff9b::1.2.3.4", false), ("2001:db8::1", false),
    ] as [(String, Bool)])
    func tellsIPv4FromIPv6(text: String, isIPv4: Bool) throws {
        #expect(try #require(IPAddress(text)).isIPv4 == isIPv4)
    }

    @Test func aDottedQuadAndItsMappedFormsAreOneAddress() {
        let forms = ["192.0.2.1", "::ffff:192.0.2.1", "::FFFF:c000:201", "0:0:0:0:0:ffff:c000:0201"]
        #expect(Set(forms.map(IPAddress.init)) == [IPAddress(ipv4: 0xc000_0201)])
    }
}
