import Stochastics

extension FieldDecoder where Value == String {
    /// Any scalar text.
    static func text(_ expected: String) -> FieldDecoder {
        .scalar(expected) { $0 }
    }
}

extension FieldDecoder where Value == Int {
    /// A whole number, possibly negative (ranges are checked on the decoded scenario).
    static func wholeNumber(_ expected: String) -> FieldDecoder {
        .scalar(expected) { Int($0) }
    }
}

extension FieldDecoder where Value == Double {
    /// A duration (``DurationExpression``), in seconds.
    static var duration: FieldDecoder {
        .expression(DurationExpression.expectation, DurationExpression.parse)
    }

    /// A rate (``RateExpression``), per second.
    static var rate: FieldDecoder {
        .expression(RateExpression.expectation, RateExpression.parse)
    }
}

extension FieldDecoder where Value == Distribution {
    /// A distribution (``DistributionExpression``).
    static var distribution: FieldDecoder {
        .expression("a distribution like exponential(mean: 2m)", DistributionExpression.parse)
    }
}
