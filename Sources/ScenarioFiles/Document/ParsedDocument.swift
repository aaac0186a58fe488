internal import Yams

/// A scenario file parsed into Yams nodes, with what is needed to say where each node is in the
/// text the author wrote.
struct ParsedDocument {
    /// The root node; `nil` when the file holds no document (it is empty or only comments).
    let root: Yams.Node?
    /// Maps positions in the text given to the parser back to the author's text.
    let columns: ColumnMap
    /// Keys given again later in the same mapping, by their position in the parsed text, with their
    /// real names: the parser saw them renamed (see ``DocumentParser``).
    let shadowedKeys: [SourcePosition: String]

    /// Where `node` starts in the author's text.
    func position(of node: Yams.Node) -> SourcePosition? {
        parsedPosition(of: node).map { columns.locate($0).original }
    }

    /// Whether the text of `node` is a scalar that stands unchanged at its position in the author's
    /// text: plain, or put in quotes by ``CallExpressionQuoting``. Offsets into its text are then
    /// offsets into the line.
    func isVerbatim(_ node: Yams.Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        switch scalar.style {
        case .plain: return true
        case .singleQuoted: return parsedPosition(of: node).map { columns.locate($0).isInserted } ?? false
        default: return false
        }
    }

    /// The name of mapping key `key`, or `nil` when the key is not a scalar.
    func keyName(_ key: Yams.Node) -> String? {
        guard let scalar = key.scalar else { return nil }
        return parsedPosition(of: key).flatMap { shadowedKeys[$0] } ?? scalar.string
    }

    private func parsedPosition(of node: Yams.Node) -> SourcePosition? {
        node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }
}
