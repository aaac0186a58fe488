import ContactCenter
import Routing

/// The `visitors` mapping: `patience` (default `none`), `blockedShare` (default 0), `returning`
/// (default 0) and `attributes` (default ``Scenario/VisitorAttributes/standard``).
enum VisitorsSchema {
    /// Visitor behaviour.
    static var visitors: FieldDecoder<Scenario.Visitors> {
        .mapping("a mapping with the keys patience, blockedShare, returning and attributes") { map in
            var visitors = ScenarioSchema.defaults.visitors
            map.read("patience", into: &visitors.patience, .distributionOrNone(like: "exponential(mean: 1m)"))
            map.read("blockedShare", into: &visitors.blockedShare, .probability)
            map.read("returning", into: &visitors.returningShare, .probability)
            map.read("attributes", into: &visitors.attributes, attributes)
            return visitors
        }
    }

    /// `addresses` (a range of IPv4 addresses) and a weighted mix per attribute, each optional.
    private static var attributes: FieldDecoder<Scenario.VisitorAttributes> {
        let keys = (["addresses"] + VisitorAttribute.allCases.map(\.rawValue)).joined(separator: ", ")
        return .mapping("a mapping with the keys \(keys)") { map in
            var attributes = Scenario.VisitorAttributes.standard
            map.read("addresses", into: &attributes.addresses, addresses)
            for attribute in VisitorAttribute.allCases {
                map.read(attribute.rawValue, into: &attributes[attribute], mix)
            }
            return attributes
        }
    }

    /// A weighted mix, `{Chrome: 60, Safari: 25, Firefox: 15}`: each value with its weight > 0.
    private static var mix: FieldDecoder<[Scenario.WeightedValue]> {
        .mapping("a mapping of values to weights, like {Chrome: 60, Safari: 25, Firefox: 15}") { map in
            let entries = map.entries(.weight)
            if entries.isEmpty { map.report("expected at least one value with its weight") }
            let values = entries.compactMap { entry in entry.value.map { Scenario.WeightedValue(entry.key, weight: $0) } }
            return values.count == entries.count && !values.isEmpty ? values : nil
        }
    }

    /// A range of addresses, written like a blocking rule (`198.51.100.0 - 198.51.100.255`,
    /// `198.51.100.0/24` or one address); whether it is IPv4 is checked on the decoded scenario.
    private static var addresses: FieldDecoder<ClosedRange<IPAddress>> {
        let expected = "a range of IPv4 addresses like 198.51.100.0 - 198.51.100.255 or 198.51.100.0/24"
        return FieldDecoder(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            do throws(BlockingRuleError) {
                let range = try BlockingRule(text)
                return range.from...range.to
            } catch {
                field.report(error.description)
                return nil
            }
        }
    }
}
