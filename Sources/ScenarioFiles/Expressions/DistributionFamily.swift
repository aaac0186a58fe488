import Stochastics

/// One distribution family as written in expressions: its name, its parameters and how the
/// parameter values become a ``Distribution``.
struct DistributionFamily: Sendable {
    /// What a parameter value is written as.
    enum Kind: Sendable {
        /// A duration with a unit (`2m`), in seconds.
        case duration
        /// A plain number without unit (`1.5`).
        case number
        /// A whole number without unit (`3`).
        case wholeNumber
        /// A list of durations (`[30s, 1m, 2m]`).
        case durations
        /// A list of plain numbers (`[1, 2, 5]`), for distributions of counts.
        case numbers
        /// A file size with a unit (`2MB`), in megabytes, for distributions of file sizes.
        case size
        /// A list of file sizes (`[500KB, 2MB]`).
        case sizes
    }

    /// One parameter: its label (`nil` for the single unlabeled value of `constant` and `empirical`)
    /// and its kind.
    struct Parameter: Sendable {
        let label: String?
        let kind: Kind
    }

    /// Name written before the parentheses.
    let name: String
    /// Parameters in the order of ``example``.
    let parameters: [Parameter]
    /// A complete, valid expression of this family, shown in error messages.
    let example: String
    /// Builds the distribution from the parameter values in declaration order; a list parameter
    /// contributes all its items.
    let make: @Sendable ([Double]) -> Distribution

    /// Whether the family takes a single unlabeled value instead of labeled parameters.
    var isPositional: Bool { parameters.count == 1 && parameters[0].label == nil }

    /// The family called `name`, if there is one.
    static func named(_ name: String) -> DistributionFamily? {
        all.first { $0.name == name }
    }

    /// Every family, in the order they are listed in error messages.
    static let all: [DistributionFamily] = [
        DistributionFamily(
            name: "exponential", parameters: [.init(label: "mean", kind: .duration)],
            example: "exponential(mean: 2m)"
        ) { .exponential(mean: $0[0]) },
        DistributionFamily(
            name: "lognormal",
            parameters: [.init(label: "mean", kind: .duration), .init(label: "sd", kind: .duration)],
            example: "lognormal(mean: 90s, sd: 60s)"
        ) { .lognormal(mean: $0[0], sd: $0[1]) },
        DistributionFamily(
            name: "gamma", parameters: [.init(label: "shape", kind: .number), .init(label: "mean", kind: .duration)],
            example: "gamma(shape: 2, mean: 3m)"
        ) { .gamma(shape: $0[0], mean: $0[1]) },
        DistributionFamily(
            name: "weibull",
            parameters: [.init(label: "shape", kind: .number), .init(label: "scale", kind: .duration)],
            example: "weibull(shape: 1.5, scale: 2m)"
        ) { .weibull(shape: $0[0], scale: $0[1]) },
        DistributionFamily(
            name: "erlang", parameters: [.init(label: "k", kind: .wholeNumber), .init(label: "mean", kind: .duration)],
            example: "erlang(k: 3, mean: 6m)"
        ) { .erlang(k: Int($0[0]), mean: $0[1]) },
        DistributionFamily(
            name: "uniform", parameters: [.init(label: "min", kind: .duration), .init(label: "max", kind: .duration)],
            example: "uniform(min: 10s, max: 30s)"
        ) { .uniform(min: $0[0], max: $0[1]) },
        DistributionFamily(
            name: "triangular",
            parameters: [
                .init(label: "min", kind: .duration), .init(label: "mode", kind: .duration),
                .init(label: "max", kind: .duration),
            ],
            example: "triangular(min: 10s, mode: 20s, max: 1m)"
        ) { .triangular(min: $0[0], mode: $0[1], max: $0[2]) },
        DistributionFamily(
            name: "constant", parameters: [.init(label: nil, kind: .duration)], example: "constant(45s)"
        ) { .constant($0[0]) },
        DistributionFamily(
            name: "empirical", parameters: [.init(label: nil, kind: .durations)], example: "empirical([30s, 1m, 2m])"
        ) { .empirical($0) },
    ]
}
