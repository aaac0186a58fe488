/// Matching the arguments of an expression to the parameters of its family.
extension DistributionFamily {
    /// The parameter values given by `arguments`, in declaration order (list items flattened).
    /// `text` is the whole expression and `end` the offset of its closing parenthesis. The
    /// parameters that are durations are read as `quantity` says (plain numbers for a count,
    /// sizes for a file size).
    func values(of arguments: [DistributionArgument], text: String, end: Int,
                measuring quantity: DistributionExpression.Quantity = .duration) throws(ExpressionError) -> [Double] {
        if isPositional {
            guard arguments.count == 1, arguments[0].label == nil else {
                throw ExpressionError(
                    expected: "a single unlabeled value, like \(example)", found: text,
                    offset: arguments.first?.offset ?? end)
            }
            return try parameters[0].kind.measuring(quantity).values(of: arguments[0].value, context: name)
        }
        var byLabel: [String: DistributionArgument] = [:]
        let labels = parameters.compactMap(\.label)
        for argument in arguments {
            guard let label = argument.label else {
                throw ExpressionError(
                    expected: "labeled parameters, like \(example)", found: text, offset: argument.offset)
            }
            guard labels.contains(label) else {
                throw ExpressionError(
                    expected: "a parameter of \(name) (\(labels.joined(separator: ", ")))", found: label,
                    hint: Suggestion.closest(to: label, among: labels).map { "did you mean \"\($0)\"?" },
                    offset: argument.offset)
            }
            guard byLabel[label] == nil else {
                throw ExpressionError(
                    message: "expected each parameter once, found \"\(label)\" twice", offset: argument.offset)
            }
            byLabel[label] = argument
        }
        var values: [Double] = []
        for parameter in parameters {
            let label = parameter.label ?? name
            guard let argument = byLabel[label] else {
                throw ExpressionError(expected: "a value for \(label), like \(example)", found: text, offset: end)
            }
            values += try parameter.kind.measuring(quantity).values(of: argument.value, context: label)
        }
        return values
    }
}

extension DistributionFamily.Kind {
    /// This kind as `quantity` writes it: durations become plain numbers for a count, sizes for a
    /// file size.
    func measuring(_ quantity: DistributionExpression.Quantity) -> Self {
        switch (self, quantity) {
        case (.duration, .count): .number
        case (.durations, .count): .numbers
        case (.duration, .fileSize): .size
        case (.durations, .fileSize): .sizes
        default: self
        }
    }

    /// The numbers `value` stands for; errors name `context` (the parameter or family).
    func values(of value: DistributionArgument.Value, context: String) throws(ExpressionError) -> [Double] {
        switch (self, value) {
        case (.durations, .list(let items, _)):
            var values: [Double] = []
            for item in items { values.append(try Self.duration(item, context: context)) }
            return values
        case (.sizes, .list(let items, _)):
            var values: [Double] = []
            for item in items { values.append(try Self.size(item, context: context)) }
            return values
        case (.durations, .item(let item)), (.numbers, .item(let item)), (.sizes, .item(let item)):
            throw mismatch(item, context: context)
        case (.numbers, .list(let items, _)):
            var values: [Double] = []
            for item in items { values += try Self.number.values(of: .item(item), context: context) }
            return values
        case (_, .list(_, let offset)):
            throw ExpressionError(message: "\(context): expected \(expectation), found a list", offset: offset)
        case (.duration, .item(let item)):
            return [try Self.duration(item, context: context)]
        case (.size, .item(let item)):
            return [try Self.size(item, context: context)]
        case (.number, .item(let item)):
            var scanner = ExpressionScanner(item.text)
            _ = scanner.take("-")
            guard scanner.scanDecimal() != nil, scanner.isAtEnd, let number = Double(item.text) else {
                throw mismatch(item, context: context)
            }
            return [number]
        case (.wholeNumber, .item(let item)):
            guard item.text.unicodeScalars.allSatisfy(\.isASCIIDigit), let number = Int32(item.text) else {
                throw mismatch(item, context: context)
            }
            return [Double(number)]
        }
    }

    /// How values of this kind are described in error messages.
    private var expectation: String {
        switch self {
        case .duration: DurationExpression.expectation
        case .number: "a plain number like 1.5"
        case .wholeNumber: "a whole number like 3"
        case .durations: "a list of durations like [30s, 1m, 2m]"
        case .numbers: "a list of numbers like [1, 2, 5]"
        case .size: SizeExpression.expectation
        case .sizes: "a list of file sizes like [500KB, 2MB]"
        }
    }

    /// The error "<context>: expected <this kind>, found "<item>"".
    private func mismatch(_ item: DistributionArgument.Item, context: String) -> ExpressionError {
        ExpressionError(message: "\(context): expected \(expectation), found \(Quoted(item.text))", offset: item.offset)
    }

    private static func size(_ item: DistributionArgument.Item, context: String) throws(ExpressionError) -> Double {
        do {
            return try SizeExpression.parse(item.text)
        } catch {
            throw error.embedded(at: item.offset, context: context)
        }
    }

    private static func duration(_ item: DistributionArgument.Item, context: String) throws(ExpressionError) -> Double {
        do {
            return try DurationExpression.parse(item.text)
        } catch {
            throw error.embedded(at: item.offset, context: context)
        }
    }
}
