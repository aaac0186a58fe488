import ContactCenter
import Routing

/// The entries of `blocking`: a rule as text (an address `203.0.113.7`, a range
/// `198.51.100.0 - 198.51.100.255` or a CIDR block `192.0.2.0/24`), or
/// `{rule: 192.0.2.0/24, description: "spam network"}`.
enum BlockingSchema {
    /// One blocking rule.
    static var rule: FieldDecoder<BlockingRule> {
        let described = FieldDecoder.mapping("a rule like {rule: 192.0.2.0/24, description: \"spam network\"}") { map in
            let description = map.value("description", .text("a description")) ?? ""
            return map.required("rule", rule(description: description))
        }
        return .either(
            "an address, a range or a CIDR block, or {rule: …, description: …}", scalar: rule(description: ""),
            mapping: described)
    }

    /// The rule written as text, with `description`; errors are ``BlockingRuleError``'s messages.
    private static func rule(description: String) -> FieldDecoder<BlockingRule> {
        let expected =
            "an address, a range or a CIDR block, like 203.0.113.7, 198.51.100.0 - 198.51.100.255 or 192.0.2.0/24"
        return FieldDecoder(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            do throws(BlockingRuleError) {
                return try BlockingRule(text, description: description)
            } catch {
                field.report(error.description)
                return nil
            }
        }
    }
}
