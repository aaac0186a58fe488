import Stochastics

extension FieldDecoder where Value == String {
    /// Any scalar text.
    static func text(_ expected: String) -> FieldDecoder {
        .scalar(expected) { $0 }
    }
}

extension FieldDecoder where Value == [String] {
    /// A list of record types, like `[Case, Contact]`; whether the names are sound is checked on the
    /// decoded scenario (``Scenario/problems()``).
    static var recordTypes: FieldDecoder {
        .list("a list of record types like [Case, Contact]", of: .text("a record type"))
    }
}

extension FieldDecoder where Value == [String]? {
    /// `all` (read as `nil`: every record type), or a list of record types like `[Case, Contact]`.
    static var allOrRecordTypes: FieldDecoder {
        FieldDecoder<[String]>.list("all or a list of record types like [Case, Contact]", of: .text("a record type"))
            .orAll
    }
}

extension FieldDecoder where Value == Int {
    /// A whole number within `range`. By default any, even negative: the ranges of some fields are
    /// checked on the decoded scenario instead (``Scenario/problems()``).
    static func wholeNumber(_ expected: String, in range: ClosedRange<Int> = .min ... .max) -> FieldDecoder {
        .scalar(expected) { text in Int(text).flatMap { range.contains($0) ? $0 : nil } }
    }
}

extension FieldDecoder where Value == Bool {
    /// `true` or `false`; nothing else (`yes`, `on`, `1`) is taken for a boolean.
    static var boolean: FieldDecoder {
        .scalar("true or false") { ["true": true, "false": false][$0] }
    }
}

extension FieldDecoder where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of the cases, by name: "expected <what> (<names>), found …", with a suggestion when the
    /// text is close to a name.
    static func oneOf(_ what: String) -> FieldDecoder {
        let names = Value.allCases.map(\.rawValue)
        return named("\(what) (\(names.joined(separator: ", ")))", suggesting: names) { Value(rawValue: $0) }
    }
}

extension FieldDecoder {
    /// A name that `parse` turns into a value: "expected <expected>, found …", with a suggestion
    /// when the text is close to one of `names`.
    static func named(_ expected: String, suggesting names: [String], _ parse: @escaping (String) -> Value?)
        -> FieldDecoder {
        FieldDecoder(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            if let value = parse(text) { return value }
            let hint = Suggestion.closest(to: text, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
            field.report("expected \(expected), found \(field.found)\(hint)")
            return nil
        }
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

    /// A probability, written as a number from 0 to 1 (`0.05`) or a percentage from 0% to 100% (`5%`).
    static var probability: FieldDecoder {
        .scalar("a probability from 0 to 1 or a percentage from 0% to 100%") { text in
            var scanner = ExpressionScanner(text)
            guard let number = scanner.scanDecimal(), let value = Double(number) else { return nil }
            let probability = scanner.take("%") ? value / 100 : value
            return scanner.isAtEnd && probability <= 1 ? probability : nil
        }
    }
}

extension FieldDecoder where Value == Double {
    /// A number > 0, written in decimals: `2`, `0.5`.
    static var weight: FieldDecoder {
        .scalar("a weight > 0, like 2 or 0.5") { text in
            var scanner = ExpressionScanner(text)
            guard let number = scanner.scanDecimal(), scanner.isAtEnd, let value = Double(number), value > 0
            else { return nil }
            return value
        }
    }
}

extension FieldDecoder where Value == Double? {
    /// `none`, or a duration (``DurationExpression``) in seconds.
    static var durationOrNone: FieldDecoder {
        .noneOrExpression(
            "none or \(DurationExpression.expectation)", isAttempt: startsWithDigit, DurationExpression.parse)
    }

    private static func startsWithDigit(_ text: String) -> Bool {
        text.unicodeScalars.first { !$0.isBlank }?.isASCIIDigit == true
    }
}

extension FieldDecoder where Value == Distribution {
    /// A distribution (``DistributionExpression``).
    static var distribution: FieldDecoder {
        .expression("a distribution like exponential(mean: 2m)", DistributionExpression.parse)
    }

    /// A distribution of a count, its values plain numbers (``DistributionExpression/parseCount(_:)``).
    static var countDistribution: FieldDecoder {
        .expression("a distribution of a number like lognormal(mean: 5, sd: 3)", DistributionExpression.parseCount)
    }
}

extension FieldDecoder where Value == Distribution? {
    /// `none`, or a distribution (``DistributionExpression``); messages show `example`. A bare
    /// duration is read as an attempt, so that its message suggests `constant(…)`.
    static func distributionOrNone(like example: String) -> FieldDecoder {
        .noneOrExpression("none or a distribution like \(example)", isAttempt: isAttempt, DistributionExpression.parse)
    }

    private static func isAttempt(_ text: String) -> Bool {
        text.contains("(") || (try? DurationExpression.parse(text)) != nil
    }
}
