/// An HTML table built row by row. Cell texts are escaped when the table is rendered, so any text
/// may be put in a cell.
struct HTMLTable {
    /// One cell: its text and the CSS classes that style it.
    struct Cell {
        /// Plain text (escaped on rendering).
        var text: String
        /// CSS classes of the cell; none when empty.
        var classes: [String]

        /// A cell with `text` and, optionally, CSS classes.
        init(_ text: String, classes: [String] = []) {
            self.text = text
            self.classes = classes
        }
    }

    /// Column headings.
    let header: [String]
    /// Data rows, each with its CSS classes and as many cells as there are headings.
    private(set) var rows: [(classes: [String], cells: [Cell])] = []

    /// An empty table with these column headings.
    init(header: [String]) {
        self.header = header
    }

    /// Appends a row, which must have one cell per heading, with optional CSS classes on the row.
    mutating func append(_ cells: [Cell], classes: [String] = []) {
        precondition(cells.count == header.count, "HTML row has \(cells.count) cells, header has \(header.count)")
        rows.append((classes, cells))
    }

    /// The table as markup: a `thead` with the headings and a `tbody` with the rows, one row per line.
    func rendered(classes: [String] = []) -> String {
        var lines: [String] = []
        let headings = header.map { HTML.element("th", HTML.escape($0)) }.joined()
        lines.append(HTML.element("thead", HTML.element("tr", headings)))
        lines.append("<tbody>")
        for row in rows {
            let cells = row.cells.map { HTML.element("td", attributes: Self.classAttribute($0.classes), HTML.escape($0.text)) }
            lines.append(HTML.element("tr", attributes: Self.classAttribute(row.classes), cells.joined()))
        }
        lines.append("</tbody>")
        return HTML.element("table", attributes: Self.classAttribute(classes), "\n" + lines.joined(separator: "\n") + "\n")
    }

    private static func classAttribute(_ classes: [String]) -> [(String, String)] {
        classes.isEmpty ? [] : [("class", classes.joined(separator: " "))]
    }
}
