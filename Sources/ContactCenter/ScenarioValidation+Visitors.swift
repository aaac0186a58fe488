import Routing

extension Scenario {
    /// Checks returning visitors and visitor attributes: a share between 0 and 1, an IPv4 address
    /// range with addresses the blocking rules leave free, and non-empty mixes of non-empty values
    /// with weights > 0.
    func checkVisitorAttributes(_ problems: inout ProblemList) {
        if !(0...1 ~= visitors.returningShare) {
            problems.report("visitors.returning", "expected a share between 0 and 1, found \(visitors.returningShare)")
        }
        let attributes = visitors.attributes
        let addresses = attributes.addresses
        if !(addresses.lowerBound.isIPv4 && addresses.upperBound.isIPv4) {
            problems.report("visitors.attributes.addresses",
                            "expected a range of IPv4 addresses, found \(addresses.lowerBound) - \(addresses.upperBound)")
        } else if VisitorAddresses(addresses, excluding: BlockingRules(blocking)).count == 0 {
            problems.report("visitors.attributes.addresses",
                            "every address of \(addresses.lowerBound) - \(addresses.upperBound) is blocked by the rules under blocking")
        }
        for attribute in VisitorAttribute.allCases {
            let path = "visitors.attributes.\(attribute.rawValue)"
            let mix = attributes[attribute]
            if mix.isEmpty { problems.report(path, "expected at least one value with its weight") }
            if mix.count > Int(UInt16.max) { problems.report(path, "expected at most \(UInt16.max) values") }
            for weighted in mix {
                if weighted.value.isEmpty { problems.report(path, "expected non-empty values") }
                if !(weighted.weight.isFinite && weighted.weight > 0) {
                    problems.report("\(path).\(weighted.value)", "expected a weight > 0, found \(weighted.weight)")
                }
            }
        }
    }
}
