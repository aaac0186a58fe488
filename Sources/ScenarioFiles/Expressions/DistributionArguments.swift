/// One argument of a distribution expression as written, before its meaning is checked:
/// `mean: 2m`, `45s` or `[30s, 1m, 2m]`.
struct DistributionArgument {
    /// A value as written: one item, or a bracketed list of items.
    enum Value {
        case item(Item)
        case list([Item], offset: Int)
    }

    /// The text of one value item (`2m`), without surrounding blanks, and where it starts.
    struct Item {
        let text: String
        let offset: Int
    }

    /// The label before the colon, if any.
    let label: String?
    /// Where the argument (its label, or its value when unlabeled) starts.
    let offset: Int
    /// The value after the label.
    let value: Value
}

extension ExpressionScanner {
    /// Reads `( argument, … )` and checks that nothing but blanks follows. Returns the arguments
    /// and the offset of the closing parenthesis.
    mutating func scanArgumentList() throws(ExpressionError) -> (arguments: [DistributionArgument], end: Int) {
        guard take("(") else { throw unexpected("\"(\"") }
        var arguments: [DistributionArgument] = []
        skipSpaces()
        var end = position
        if !take(")") {
            while true {
                skipSpaces()
                arguments.append(try scanArgument())
                skipSpaces()
                if take(",") { continue }
                end = position
                guard take(")") else { throw unexpected("\",\" or \")\"") }
                break
            }
        }
        skipSpaces()
        guard isAtEnd else { throw ExpressionError(expected: "nothing after \")\"", found: rest, offset: position) }
        return (arguments, end)
    }

    private mutating func scanArgument() throws(ExpressionError) -> DistributionArgument {
        let start = position
        var label: String?
        if let identifier = scanIdentifier() {
            skipSpaces()
            if take(":") { label = identifier } else { position = start }
        }
        skipSpaces()
        return DistributionArgument(label: label, offset: start, value: try scanValue())
    }

    private mutating func scanValue() throws(ExpressionError) -> DistributionArgument.Value {
        let start = position
        guard take("[") else { return .item(try scanItem()) }
        var items: [DistributionArgument.Item] = []
        skipSpaces()
        if take("]") { return .list(items, offset: start) }
        repeat {
            skipSpaces()
            items.append(try scanItem())
            skipSpaces()
        } while take(",")
        guard take("]") else { throw unexpected("\",\" or \"]\"") }
        return .list(items, offset: start)
    }

    /// Reads up to the next delimiter (`,` `(` `)` `[` `]` `:`); the item must not be empty.
    private mutating func scanItem() throws(ExpressionError) -> DistributionArgument.Item {
        let start = position
        while let scalar = current, !",()[]:".unicodeScalars.contains(scalar) { position += 1 }
        var end = position
        while end > start, scalars[end - 1].isBlank { end -= 1 }
        guard end > start else { throw unexpected("a value") }
        return DistributionArgument.Item(text: text(start..<end), offset: start)
    }

    /// The error "expected <expected>, found <the next scalar>".
    private func unexpected(_ expected: String) -> ExpressionError {
        ExpressionError(expected: expected, found: current.map { String($0) } ?? "", offset: position)
    }
}
