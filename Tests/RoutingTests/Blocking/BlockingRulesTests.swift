import Routing
import Testing

@Suite struct BlockingRulesTests {
    private func address(_ text: String) throws -> IPAddress {
        try #require(IPAddress(text))
    }

    private func rules(_ texts: [String]) throws -> BlockingRules {
        BlockingRules(try texts.map { try BlockingRule($0, description: $0) })
    }

    private func ranges(_ texts: [String]) throws -> [ClosedRange<IPAddress>] {
        try texts.map { text in
            let rule = try BlockingRule(text)
            return rule.from...rule.to
        }
    }

    @Test func noRulesBlockNothing() throws {
        let empty = BlockingRules()
        #expect(empty.count == 0 && empty.rules.isEmpty && empty.ranges.isEmpty)
        #expect(!empty.blocks(try address("203.0.113.7")))
        #expect(empty.rule(blocking: try address("::")) == nil)
    }

    /// Addresses at and just beyond the bounds of the rules, and whether they are blocked.
    @Test(arguments: [
        ("198.51.100.0", true), ("198.51.100.255", true), ("198.51.100.77", true),
        ("198.51.99.255", false), ("198.51.101.0", false),
        ("203.0.113.7", true), ("203.0.113.6", false), ("203.0.113.8", false),
        ("2001:db8::1", true), ("2001:db8::ff", true), ("2001:db8::", false), ("2001:db8::100", false),
        ("2001:db8:1::", true), ("2001:db8:1:0:ffff:ffff:ffff:ffff", true),
        ("2001:db8:0:ffff:ffff:ffff:ffff:ffff", false), ("2001:db8:1:1::", false),
        ("0.0.0.0", false), ("255.255.255.255", false), ("::", false), ("::1", false),
    ] as [(String, Bool)])
    func blocksExactlyTheAddressesInTheRanges(text: String, blocked: Bool) throws {
        let set = try rules([
            "198.51.100.0 - 198.51.100.255", "203.0.113.7", "2001:db8::1-2001:db8::ff", "2001:db8:1::/64",
        ])
        #expect(set.blocks(try address(text)) == blocked)
        #expect((set.rule(blocking: try address(text)) != nil) == blocked)
    }

    @Test func overlappingContainedAndAdjacentRangesMerge() throws {
        let set = try rules([
            "10.0.0.50 - 10.0.0.70", "10.0.0.0 - 10.0.0.10", "10.0.0.5 - 10.0.0.20",  // overlap
            "10.0.0.21 - 10.0.0.30",  // adjacent to the previous
            "10.0.0.55", "10.0.0.60 - 10.0.0.65",  // contained
            "10.0.0.72 - 10.0.0.80",  // one address apart: stays separate
            "10.0.0.72 - 10.0.0.80",  // duplicate
            "2001:db8::/64", "2001:db8:0:1::-2001:db8:0:1::5",  // adjacent across the 64-bit halves
        ])
        #expect(set.count == 10, "count is the number of rules, duplicates included")
        #expect(set.ranges == (try ranges([
            "10.0.0.0 - 10.0.0.30", "10.0.0.50 - 10.0.0.70", "10.0.0.72 - 10.0.0.80",
            "2001:db8:: - 2001:db8:0:1::5",
        ])))
        #expect(set.rules.map(\.from) == set.rules.map(\.from).sorted())
        #expect(!set.blocks(try address("10.0.0.71")))
        #expect(!set.blocks(try address("10.0.0.31")))
        #expect(set.blocks(try address("2001:db8:0:0:ffff:ffff:ffff:ffff")))
        #expect(set.blocks(try address("2001:db8:0:1::")))
    }

    @Test func rangesReachingTheEndsOfTheAddressSpaceMerge() throws {
        let top = "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
        let set = try rules(["ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe - \(top)", top, "::", "::1-::2"])
        #expect(set.ranges == (try ranges(["::-::2", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe - \(top)"])))
        #expect(set.blocks(try address(top)))
        #expect(set.blocks(try address("::")))
        #expect(!set.blocks(try address("::3")))

        let everything = try rules(["::/0", "10.0.0.0/8", top])
        #expect(everything.ranges == (try ranges(["::/0"])))
        #expect(everything.blocks(try address("203.0.113.7")), "::/0 spans the IPv4-mapped block")
    }

    @Test func ipv4RulesNeverBlockIPv6AddressesNorTheReverse() throws {
        let ipv4 = try rules(["192.0.2.0/24", "0.0.0.0 - 0.0.0.255"])
        for text in ["::c000:201", "64:ff9b::192.0.2.1", "2001:db8::c000:201", "::fffe:c000:201", "::", "::1"] {
            #expect(!ipv4.blocks(try address(text)), "\(text)")
        }
        #expect(ipv4.blocks(try address("::ffff:192.0.2.1")), "the mapped form is the IPv4 address")

        let ipv6 = try rules(["2001:db8::/32", "::1", "64:ff9b::/96"])
        for text in ["0.0.0.1", "192.0.2.1", "255.255.255.255", "0.0.0.0"] {
            #expect(!ipv6.blocks(try address(text)), "\(text)")
        }
        let mapped = try rules(["::ffff:0:0/96"])
        #expect(mapped.blocks(try address("0.0.0.0")))
        #expect(mapped.blocks(try address("255.255.255.255")))
        #expect(!mapped.blocks(try address("::fffe:ffff:ffff")))
        #expect(!mapped.blocks(try address("::1:0:0:0")))
    }

    @Test func agentsAddRulesAtRunTime() throws {
        var set = try rules(["203.0.113.0 - 203.0.113.9", "203.0.113.20 - 203.0.113.29"])
        let visitor = try address("203.0.113.15")
        #expect(!set.blocks(visitor))

        set.add(BlockingRule(blocking: visitor, description: "Abusive visitor"))
        #expect(set.blocks(visitor))
        #expect(set.rule(blocking: visitor)?.description == "Abusive visitor")
        #expect(!set.blocks(try address("203.0.113.14")))
        #expect(!set.blocks(try address("203.0.113.16")))
        #expect(set.count == 3 && set.ranges.count == 3)

        set.add(try BlockingRule("203.0.113.10 - 203.0.113.19", description: "Bridge"))
        #expect(set.count == 4)
        #expect(set.ranges == (try ranges(["203.0.113.0 - 203.0.113.29"])), "the new rule joins the three ranges")
        #expect(set.rules.map(\.description) == [
            "203.0.113.0 - 203.0.113.9", "Bridge", "Abusive visitor", "203.0.113.20 - 203.0.113.29",
        ])

        set.add(try BlockingRule("2001:db8::/48"))
        #expect(set.blocks(try address("2001:db8:0:ffff::1")))
        #expect(set.ranges.count == 2)
    }

    /// Overlapping rules; each address names the description of the rule that `rule(blocking:)` reports.
    @Test(arguments: [
        ("10.0.0.0", "Wide"), ("10.0.0.10", "Wide"), ("10.0.0.25", "Wide"), ("10.0.0.75", "Later"),
        ("10.0.0.100", "Later"), ("10.0.0.200", "Later"), ("10.0.0.201", nil), ("9.255.255.255", nil),
        ("10.0.1.0", "First twin"), ("10.0.1.9", "First twin"), ("10.0.1.10", nil),
    ] as [(String, String?)])
    func reportsTheCoveringRuleReachingFarthest(text: String, expected: String?) throws {
        let definitions = [
            ("10.0.0.50 - 10.0.0.200", "Later"), ("10.0.0.20 - 10.0.0.30", "Nested"),
            ("10.0.0.0 - 10.0.0.100", "Wide"), ("10.0.1.0 - 10.0.1.9", "First twin"),
            ("10.0.1.0 - 10.0.1.9", "Second twin"),
        ]
        let list = try definitions.map { try BlockingRule($0.0, description: $0.1) }
        var incremental = BlockingRules(Array(list.prefix(2)))
        for rule in list.dropFirst(2) { incremental.add(rule) }
        let probe = try address(text)
        for set in [BlockingRules(list), incremental] {
            let rule = set.rule(blocking: probe)
            #expect(rule?.description == expected)
            #expect(rule?.contains(probe) ?? true)
        }
    }
}
