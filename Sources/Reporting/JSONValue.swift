/// A JSON document with object keys kept in the order they were written, serialised the same
/// way every time (so that reports are byte-identical for identical runs).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or `null` when it is NaN or infinite (JSON has no such numbers).
    public static func finite(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// The value as pretty-printed JSON text, two spaces per level, ending with a newline.
    public func serialized() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .number(let value): output.append(NumberFormatting.json(value))
        case .integer(let value): output.append(String(value))
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { return output.append("[]") }
            if values.allSatisfy(\.isScalar) {
                output.append("[")
                for (index, value) in values.enumerated() {
                    if index > 0 { output.append(", ") }
                    value.write(to: &output, indent: indent)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, value) in values.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                value.write(to: &output, indent: indent + 2)
                output.append(index + 1 < values.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { return output.append("{}") }
            output.append("{\n")
            for (index, (key, value)) in members.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                JSONValue.writeString(key, to: &output)
                output.append(": ")
                value.write(to: &output, indent: indent + 2)
                output.append(index + 1 < members.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
