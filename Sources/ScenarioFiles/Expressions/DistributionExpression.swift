import Stochastics

/// Reads distributions as written in scenario files and on the command line:
///
///     exponential(mean: 2m)                     lognormal(mean: 90s, sd: 60s)
///     gamma(shape: 2, mean: 3m)                 weibull(shape: 1.5, scale: 2m)
///     erlang(k: 3, mean: 6m)                    uniform(min: 10s, max: 30s)
///     triangular(min: 10s, mode: 20s, max: 1m)  constant(45s)
///     empirical([30s, 1m, 2m])
///
/// Grammar (blanks are allowed between all tokens except between the name and `(`):
///
///     expression = name "(" [ argument { "," argument } ] ")"
///     argument   = [ label ":" ] value
///     value      = item | "[" [ item { "," item } ] "]"
///
/// `constant` and `empirical` take one unlabeled value; every other family takes all its
/// parameters labeled, in any order. `mean`, `sd`, `scale`, `min`, `mode`, `max` and the values of
/// `constant` and `empirical` are durations (``DurationExpression``); `shape` is a plain number and
/// `k` a whole number. The parameters must also make sense (``Distribution/parameterProblem``).
public enum DistributionExpression {
    /// The distribution written in `text`.
    public static func parse(_ text: String) throws(ExpressionError) -> Distribution {
        try parse(text, measuring: .duration)
    }

    /// The distribution of a count written in `text`: the values that are durations elsewhere
    /// are plain numbers (`lognormal(mean: 5, sd: 3)`, `empirical([1, 2, 5])`).
    public static func parseCount(_ text: String) throws(ExpressionError) -> Distribution {
        try parse(text, measuring: .count)
    }

    /// The distribution of a file size written in `text`, in megabytes: the values that are
    /// durations elsewhere are sizes (`lognormal(mean: 2MB, sd: 3MB)`, ``SizeExpression``).
    public static func parseFileSize(_ text: String) throws(ExpressionError) -> Distribution {
        try parse(text, measuring: .fileSize)
    }

    /// What a distribution's values measure, and so how the values that are durations in the
    /// default form are written instead.
    enum Quantity {
        case duration, count, fileSize
    }

    static func parse(_ text: String, measuring quantity: Quantity) throws(ExpressionError) -> Distribution {
        var scanner = ExpressionScanner(text)
        scanner.skipSpaces()
        let nameOffset = scanner.position
        guard let name = scanner.scanIdentifier(), scanner.current == "(" else {
            let isDuration = (try? DurationExpression.parse(text)) != nil
            throw ExpressionError(
                expected: "a distribution like exponential(mean: 2m)", found: text,
                hint: isDuration ? "for a fixed time, write constant(\(text))" : nil, offset: nameOffset)
        }
        guard let family = DistributionFamily.named(name) else {
            let names = DistributionFamily.all.map(\.name)
            throw ExpressionError(
                expected: "a distribution name (\(names.joined(separator: ", ")))", found: name,
                hint: Suggestion.closest(to: name, among: names).map { "did you mean \"\($0)\"?" },
                offset: nameOffset)
        }
        let (arguments, end) = try scanner.scanArgumentList()
        let distribution = family.make(try family.values(of: arguments, text: text, end: end, measuring: quantity))
        if let problem = distribution.parameterProblem {
            throw ExpressionError(message: "\(name): \(problem)", offset: nameOffset)
        }
        return distribution
    }
}
