import Foundation

/// How numbers appear in reports: fixed rules, so identical runs give identical bytes.
enum NumberFormatting {
    /// JSON numbers: 15 significant digits (all a Double reliably carries, without binary
    /// artefacts like 252.00000000000003), integers without a fractional part.
    static func json(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }

    /// CSV numbers: at most six decimals, trailing zeros removed; empty for undefined values.
    static func csv(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A time of day as `H:MM:SS` from the start of the simulated day.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let rest = total % 60
        return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    }
}
