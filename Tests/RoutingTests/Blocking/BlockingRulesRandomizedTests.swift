import Routing
import Stochastics
import Testing

/// Compares ``BlockingRules`` with a linear scan over the original rules, for random rules packed into
/// two small windows of addresses (one IPv4, one IPv6 straddling a carry between the 64-bit halves),
/// so that rules overlap, nest and touch often, and every address of both windows is probed.
@Suite struct BlockingRulesRandomizedTests {
    private static let windowSize: UInt64 = 2_048

    /// The address at `offset` in a window: `10.0.0.0` onwards, or `2001:db8::ffff:ffff:ffff:fc00` onwards.
    private static func address(ipv6: Bool, offset: UInt64) -> IPAddress {
        guard ipv6 else { return IPAddress(ipv4: 0x0a00_0000 + UInt32(offset)) }
        let start = UInt64.max - 1_023
        let low = start &+ offset
        return IPAddress(high: 0x2001_0db8_0000_0000 + (low < start ? 1 : 0), low: low)
    }

    /// A random rule in one of the windows, built from addresses or read from text (range or CIDR).
    private static func randomRule(_ generator: inout SplitMix64, number: Int) throws -> BlockingRule {
        let ipv6 = Bool.random(using: &generator)
        let length: UInt64 = switch UInt64.random(in: 0..<100, using: &generator) {
        case 0..<70: 0
        case 70..<95: UInt64.random(in: 1..<16, using: &generator)
        default: UInt64.random(in: 16..<200, using: &generator)
        }
        let first = UInt64.random(in: 0..<(windowSize - length), using: &generator)
        let from = address(ipv6: ipv6, offset: first), to = address(ipv6: ipv6, offset: first + length)
        switch number % 3 {
        case 0:
            return try BlockingRule(from: from, to: to, description: "rule \(number)")
        case 1:
            return try BlockingRule("\(from) - \(to)", description: "rule \(number)")
        default:
            let hostBits = Int.random(in: 0...8, using: &generator)
            let block = address(ipv6: ipv6, offset: (first >> hostBits) << hostBits)
            return try BlockingRule("\(block)/\((ipv6 ? 128 : 32) - hostBits)", description: "rule \(number)")
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func lookupsAgreeWithALinearScan(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let list = try (0..<300).map { try Self.randomRule(&generator, number: $0) }
        var incremental = BlockingRules(Array(list.prefix(150)))
        for rule in list.dropFirst(150) { incremental.add(rule) }
        let bulk = BlockingRules(list)

        #expect(bulk.count == list.count)
        #expect(bulk.rules == incremental.rules && bulk.ranges == incremental.ranges)
        #expect(bulk.rules.sorted { $0.description < $1.description } == list.sorted { $0.description < $1.description })
        for (lower, higher) in zip(bulk.ranges, bulk.ranges.dropFirst()) {
            #expect(lower.upperBound < higher.lowerBound, "sorted and disjoint")
            let end = lower.upperBound
            let next = IPAddress(high: end.high &+ (end.low == .max ? 1 : 0), low: end.low &+ 1)
            #expect(next < higher.lowerBound, "not adjacent")
        }

        var probes = (0..<Self.windowSize).flatMap { offset in
            [Self.address(ipv6: false, offset: offset), Self.address(ipv6: true, offset: offset)]
        }
        probes += (0..<500).map { _ in IPAddress(high: generator.next(), low: generator.next()) }
        probes += (0..<500).map { _ in IPAddress(ipv4: .random(in: .min ... .max, using: &generator)) }
        var blockedCount = 0
        for probe in probes {
            let covering = list.filter { $0.contains(probe) }
            #expect(bulk.blocks(probe) == !covering.isEmpty, "\(probe)")
            #expect(incremental.blocks(probe) == !covering.isEmpty, "\(probe)")
            let reported = bulk.rule(blocking: probe)
            #expect(reported == incremental.rule(blocking: probe))
            #expect(reported.map(covering.contains) ?? covering.isEmpty, "\(probe)")
            #expect(reported?.to == covering.map(\.to).max(), "\(probe)")
            if !covering.isEmpty { blockedCount += 1 }
        }
        #expect((probes.count / 5...probes.count * 4 / 5).contains(blockedCount), "a fair mix of blocked and free")
    }
}
