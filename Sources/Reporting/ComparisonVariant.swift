import ContactCenter

/// One of the configurations a comparison runs: a scenario, where it came from and its name in the
/// report. The first variant of a comparison is the baseline the others are compared with.
public struct ComparisonVariant: Sendable, Equatable {
    /// Name in the report's tables, unique within the comparison (`mmc-12`, `capacity=3`).
    public let name: String
    /// The scenario file, as given on the command line.
    public let source: String
    /// The setting that makes this variant (`agents[0].capacity=3`), or `nil` for a file as written.
    public let override: String?
    /// The scenario as simulated, with the comparison's seed and number of replications.
    public let scenario: Scenario

    /// Describes a variant.
    public init(name: String, source: String, override: String? = nil, scenario: Scenario) {
        self.name = name
        self.source = source
        self.override = override
        self.scenario = scenario
    }
}
