internal import Yams

/// One node of the document being decoded, with its field path.
struct Field {
    let node: Yams.Node
    let path: FieldPath
    let session: DecodingSession

    /// Where the node starts in the author's text.
    var position: SourcePosition? { session.document.position(of: node) }

    /// The field for `node`, the value of entry `key` of this mapping.
    func child(_ node: Yams.Node, key: String) -> Field {
        remembered(Field(node: node, path: path.appending(key: key), session: session))
    }

    /// The field for `node`, item `index` of this list.
    func child(_ node: Yams.Node, index: Int) -> Field {
        remembered(Field(node: node, path: path.appending(index: index), session: session))
    }

    /// Reports `message` about this field. `offset` (in Unicode scalars into the scalar's text)
    /// moves the column when the text stands unchanged in the file.
    func report(_ message: String, offset: Int = 0) {
        var position = self.position
        if offset > 0, session.document.isVerbatim(node) { position?.column += offset }
        session.report(message, path: path, at: position)
    }

    /// How the node is described after "found" in messages.
    var found: String {
        switch node {
        case .scalar(let scalar): Self.isNull(scalar) ? "nothing" : "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Whether the node is the text `none`, quoted or not: "no value" for optional settings.
    var isNone: Bool { node.scalar?.string == "none" }

    /// Whether the node is the text `all`, quoted or not: "no restriction" for optional lists.
    var isAll: Bool { node.scalar?.string == "all" }

    /// The text of the node when it is a scalar other than null; otherwise reports
    /// "expected <expected>, found …" and returns `nil`.
    func scalarText(expected: String) -> String? {
        guard let scalar = node.scalar, !Self.isNull(scalar) else {
            report("expected \(expected), found \(found)")
            return nil
        }
        return scalar.string
    }

    private func remembered(_ field: Field) -> Field {
        session.remember(field.path, at: field.position)
        return field
    }

    /// Whether `scalar` is YAML's null: empty, `~` or `null` unquoted.
    private static func isNull(_ scalar: Yams.Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
