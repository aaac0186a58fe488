import ContactCenter
import Stochastics

/// The `visitors` mapping: `patience` (default `none`).
enum VisitorsSchema {
    /// Visitor behaviour.
    static var visitors: FieldDecoder<Scenario.Visitors> {
        .mapping("a mapping with the key patience") { map in
            var visitors = ScenarioSchema.defaults.visitors
            map.read("patience", into: &visitors.patience, patience)
            return visitors
        }
    }

    /// `none` for infinite patience, or the distribution of the time a visitor waits before leaving.
    private static var patience: FieldDecoder<Distribution?> {
        let expected = "none or a distribution like exponential(mean: 1m)"
        return .expression(expected) { text throws(ExpressionError) in
            if text == "none" { return nil }
            guard text.contains("(") else { throw ExpressionError(expected: expected, found: text) }
            return try DistributionExpression.parse(text)
        }
    }
}
