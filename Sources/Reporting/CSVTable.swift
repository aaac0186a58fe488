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
        var bytes: [UInt8] = []
        for row in [header] + rows {
            CSVTable.appendLine(row, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One row as a CSV line ending in `\n`.
    public static func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendLine(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one row, as a CSV line ending in `\n`, to `output` in UTF-8: for files written row
    /// by row. Fields are quoted (inner quotes doubled) only when they hold a comma, a quote or a
    /// line break.
    public static func appendLine(_ fields: [String], to output: inout [UInt8]) {
        for index in fields.indices {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            var field = fields[index]
            field.withUTF8 { appendField($0, to: &output) }
        }
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends one field's UTF-8 bytes, quoted when needed, copying runs of bytes at once.
    private static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard bytes.contains(where: needsQuoting) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        for position in bytes.indices where bytes[position] == UInt8(ascii: "\"") {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...position]))
            output.append(UInt8(ascii: "\""))
            runStart = position + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        output.append(UInt8(ascii: "\""))
    }

    /// Comma, quote, line feed, carriage return.
    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
