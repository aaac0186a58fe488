/// Turns one node of the document into a typed value, or reports to the session why it cannot.
struct FieldDecoder<Value> {
    /// How accepted values are described in messages: "a duration like 90s, 5m or 1h30m".
    let expected: String
    /// The value of the field, or `nil` after reporting why there is none.
    let decode: (Field) -> Value?
}

extension FieldDecoder {
    /// A scalar whose text `parse` turns into a value, `nil` meaning "expected …, found "text"".
    static func scalar(_ expected: String, _ parse: @escaping (String) -> Value?) -> FieldDecoder {
        FieldDecoder(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            guard let value = parse(text) else {
                field.report("expected \(expected), found \(field.found)")
                return nil
            }
            return value
        }
    }

    /// A scalar read by an expression parser, whose errors say themselves what was expected.
    static func expression(
        _ expected: String, _ parse: @escaping (String) throws(ExpressionError) -> Value
    ) -> FieldDecoder {
        FieldDecoder(expected: expected) { field in
            guard let text = field.scalarText(expected: expected) else { return nil }
            do throws(ExpressionError) {
                return try parse(text)
            } catch {
                field.report(error.message, offset: error.offset)
                return nil
            }
        }
    }

    /// `none` (read as `nil`) or an expression read by `parse`. Text that `isAttempt` says is not
    /// even an attempt at such an expression (a word such as `never`) is reported as
    /// "expected <expected>, found …", so that the message offers `none` too.
    static func noneOrExpression<Wrapped>(
        _ expected: String, isAttempt: @escaping (String) -> Bool,
        _ parse: @escaping (String) throws(ExpressionError) -> Wrapped
    ) -> FieldDecoder where Value == Wrapped? {
        .expression(expected) { text throws(ExpressionError) in
            if text == "none" { return nil }
            guard isAttempt(text) else { throw ExpressionError(expected: expected, found: text) }
            return try parse(text)
        }
    }

    /// A value written either as a mapping, read by `mapping`, or as a scalar, read by `scalar`;
    /// anything else (a list) is reported as "expected <expected>, found …".
    static func either(_ expected: String, scalar: FieldDecoder, mapping: FieldDecoder) -> FieldDecoder {
        FieldDecoder(expected: expected) { field in
            if field.node.mapping != nil { return mapping.decode(field) }
            if field.node.scalar != nil { return scalar.decode(field) }
            field.report("expected \(expected), found \(field.found)")
            return nil
        }
    }

    /// A list whose items are decoded by `item`; `nil` when the node is not a list or an item is bad.
    static func list<Item>(_ expected: String, of item: FieldDecoder<Item>) -> FieldDecoder where Value == [Item] {
        FieldDecoder(expected: expected) { field in
            guard let sequence = field.node.sequence else {
                field.report("expected \(expected), found \(field.found)")
                return nil
            }
            let items = sequence.enumerated().map { index, node in item.decode(field.child(node, index: index)) }
            return items.contains { $0 == nil } ? nil : items.compactMap { $0 }
        }
    }

    /// A mapping read key by key by `read`; keys `read` never asks for are reported as unknown.
    static func mapping(_ expected: String, _ read: @escaping (MappingReader) -> Value?) -> FieldDecoder {
        FieldDecoder(expected: expected) { field in
            guard let mapping = field.node.mapping else {
                field.report("expected \(expected), found \(field.found)")
                return nil
            }
            let reader = MappingReader(field, mapping)
            let value = read(reader)
            reader.reportUnknownKeys()
            return value
        }
    }
}

extension FieldDecoder {
    /// This decoder with its values turned into others by `transform`.
    func map<Other>(_ transform: @escaping (Value) -> Other) -> FieldDecoder<Other> {
        FieldDecoder<Other>(expected: expected) { field in decode(field).map(transform) }
    }

    /// This decoder, also reading the text `none` as `noneValue`. Its ``expected`` should offer
    /// `none` too, as in "none or a whole number ≥ 1".
    func orNone(meaning noneValue: Value) -> FieldDecoder {
        FieldDecoder(expected: expected) { field in field.isNone ? noneValue : decode(field) }
    }

    /// This decoder with optional values, also reading the text `none` as `nil`. Its ``expected``
    /// should offer `none` too.
    var orNone: FieldDecoder<Value?> {
        map { Optional($0) }.orNone(meaning: nil)
    }

    /// This decoder with optional values, also reading the text `all` as `nil`: no restriction, for
    /// a list of the only names allowed. Its ``expected`` should offer `all` too.
    var orAll: FieldDecoder<Value?> {
        let optional = map { Optional($0) }
        return FieldDecoder<Value?>(expected: expected) { field in field.isAll ? .some(nil) : optional.decode(field) }
    }
}
