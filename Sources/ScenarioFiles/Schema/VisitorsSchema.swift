import ContactCenter

/// The `visitors` mapping: `patience` (default `none`) and `blockedShare` (default 0).
enum VisitorsSchema {
    /// Visitor behaviour.
    static var visitors: FieldDecoder<Scenario.Visitors> {
        .mapping("a mapping with the keys patience and blockedShare") { map in
            var visitors = ScenarioSchema.defaults.visitors
            map.read("patience", into: &visitors.patience, .distributionOrNone(like: "exponential(mean: 1m)"))
            map.read("blockedShare", into: &visitors.blockedShare, .probability)
            return visitors
        }
    }
}
