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
