/// A CSV table (RFC 4180): a header row and data rows, fields quoted only when needed.
public struct CSVTable: Sendable {
    /// Column names.
    public let header: [String]
    /// Data rows, each as long as the header.
    public private(set) var rows: [[String]] = []

    /// An empty table with these columns.
    public init(header: [String]) {
        self.header = header
    }

    /// Appends a row; it must have one field per column.
    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
        rows.append(row)
    }

    /// The table as CSV text with `\n` line ends.
    public func serialized() -> String {
        var output = ""
        for row in [header] + rows {
            output.append(row.map(CSVTable.escape).joined(separator: ","))
            output.append("\n")
        }
        return output
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
